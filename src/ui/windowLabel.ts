import type { Lang } from '../data/schema.ts';
import type { Mode, TimeSelection } from '../data/period.ts';
import { formatPeriodLabel, type Translate } from '../i18n/index.ts';

/** The time window as readers read it: "All time", "Up to Q3 2024", "2019 – 2023", "2024". */
export function windowLabel(t: Translate, lang: Lang, time: TimeSelection | null, mode: Mode): string {
  if (!time) return t('timeline.allTime');
  if (mode === 'cumulative') return t('timeline.upTo', { period: formatPeriodLabel(lang, time.to) });
  const from = formatPeriodLabel(lang, time.from);
  const to = formatPeriodLabel(lang, time.to);
  return from === to ? to : `${from} – ${to}`;
}
