import type { Dataset } from '../../data/schema.ts';
import type { Translate } from '../../i18n/index.ts';

/** Sources as a wall cites them, publisher and date (or n.d.), in the order given: "Xinhua, 2025-09-01; …". */
export function shortCitation(t: Translate, dataset: Dataset, ids: readonly string[]): string {
  return ids
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => `${s.publisher}, ${s.date ?? t('source.undated')}`)
    .join('; ');
}
