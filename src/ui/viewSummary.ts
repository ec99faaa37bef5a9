/**
 * The current view in words, for screen readers, journalists and search engines: written from the domain's
 * facts (src/domain/viewFacts.ts) in the reader's language, numbers by Intl. The same text goes under the
 * map, into the printed page and into the CSV files' `#` lines.
 */
import type { Lang } from '../data/schema.ts';
import type { ViewFacts } from '../domain/viewFacts.ts';
import { formatList, type Translate } from '../i18n/index.ts';
import { formatShare } from './provenanceText.ts';

export function viewSummary(
  t: Translate,
  lang: Lang,
  view: { window: string; facts: ViewFacts; name: (id: string) => string },
): string {
  const { facts, window } = view;
  const sentences: string[] = [];
  if (facts.value === 0) sentences.push(t('summary.nothing', { window }));
  else {
    sentences.push(t('summary.total', { window, count: facts.records, value: facts.value }));
    const types = facts.byType.map(({ type, value }) => t(`summary.type.${type}`, { value }));
    sentences.push(t('summary.types', { list: formatList(lang, types) }));
    if (facts.topPartners.length) {
      const partners = facts.topPartners.map((p) =>
        t('summary.partner', { name: view.name(p.id), value: p.value }),
      );
      sentences.push(
        t('summary.partners', { list: formatList(lang, partners), count: facts.topPartners.length }),
      );
    }
  }
  if (facts.events > 0) sentences.push(t('summary.events', { count: facts.events }));
  if (facts.change) sentences.push(t('summary.change', { ...facts.change }));
  if (facts.value > 0)
    sentences.push(
      `${
        facts.illustrativeShare === 0
          ? t('provenance.allReported')
          : t('provenance.share', { percent: formatShare(lang, facts.illustrativeShare) })
      }${lang === 'zh' ? '。' : '.'}`,
    );
  // Chinese runs its sentences together; the others put a space between them.
  return sentences.join(lang === 'zh' ? '' : ' ');
}
