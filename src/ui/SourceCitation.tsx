import type { Source } from '../data/schema.ts';
import { formatPartialDate } from '../i18n/index.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** Only http(s) links become anchors; the validator already refuses others, this is the second lock. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function SourceCitation({ source }: { source: Source }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const href = safeHref(source.url);
  return (
    <cite className="source">
      <span lang={source.language}>{source.title}</span>
      {' — '}
      {t('source.published', {
        publisher: source.publisher,
        date: source.date ? formatPartialDate(lang, source.date) : t('source.undated'),
      })}
      {href && (
        <>
          {' · '}
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {t('source.link')}
          </a>
        </>
      )}
    </cite>
  );
}
