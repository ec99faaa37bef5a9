import type { Dataset } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/**
 * Said whenever a superseded version is open: which version replaces it and why, with a way there. A
 * citation keeps pointing at the old bytes; the reader is not left unaware that they were replaced.
 */
export function SupersededNote({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setVersion = useAppStore((s) => s.setVersion);
  const superseded = dataset.version.superseded;
  if (!superseded) return null;
  return (
    <aside
      className={compact ? 'superseded superseded-compact' : 'superseded'}
      role="note"
      data-testid="superseded"
    >
      <strong>{t('superseded.title')}</strong>{' '}
      <span>{t('superseded.by', { version: superseded.by, reason: superseded.reason[lang] })}</span>{' '}
      {!compact && (
        <button type="button" onClick={() => setVersion(superseded.by)}>
          {t('superseded.open', { version: superseded.by })}
        </button>
      )}
    </aside>
  );
}
