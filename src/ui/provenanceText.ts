/** What share of a view is illustrative, in words: the same sentence on the map, in exports and citations. */
import type { Aggregate } from '../domain/aggregate.ts';
import { illustrativeShare } from '../domain/provenance.ts';
import type { Lang } from '../data/schema.ts';
import { formatPercent, type Translate } from '../i18n/index.ts';

export function formatShare(lang: Lang, share: number): string {
  // A sliver of illustrative detail is never rounded away to "0 %".
  return share > 0 && share < 0.01 ? `<${formatPercent(lang, 0.01)}` : formatPercent(lang, share);
}

export function provenanceText(t: Translate, lang: Lang, agg: Aggregate): string {
  if (agg.totalValue === 0) return t('provenance.nothing');
  const share = illustrativeShare(agg);
  return share === 0
    ? t('provenance.allReported')
    : t('provenance.share', { percent: formatShare(lang, share) });
}
