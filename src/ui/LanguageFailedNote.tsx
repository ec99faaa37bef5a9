import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** One line when the words of a language the reader chose could not be fetched; the page stays as it was. */
export function LanguageFailedNote() {
  const t = useT();
  const failed = useAppStore((s) => s.langFailed);
  if (!failed) return null;
  return (
    <p className="superseded superseded-compact" role="alert" data-testid="language-failed">
      {t('lang.loadFailed', { language: t(`lang.${failed}`) })}
    </p>
  );
}
