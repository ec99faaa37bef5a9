import type { FlowType, Lang, ManifestVersion, NodeKind } from '../../data/schema.ts';
import type { Mode, TimeSelection } from '../../data/period.ts';
import { formatPartialDate, formatPeriodLabel, type Translate } from '../../i18n/index.ts';
import { formatShare } from '../provenanceText.ts';

export interface CiteInput {
  lang: Lang;
  version: ManifestVersion;
  time: TimeSelection | null;
  mode: Mode;
  types: FlowType[];
  kinds: NodeKind[];
  countries: string[];
  minValue: number;
  compare: TimeSelection | null;
  vs: string | null;
  url: string;
  today: string;
  /** The part of the view's flow value that is illustrative, 0..1. */
  illustrativeShare: number;
}

/** "Cite this view": everything needed to see exactly this again — version, window, filters, the link. */
export function citeView(t: Translate, c: CiteInput): string {
  const window = c.time
    ? c.time.from === c.time.to || JSON.stringify(c.time.from) === JSON.stringify(c.time.to)
      ? formatPeriodLabel(c.lang, c.time.to)
      : `${formatPeriodLabel(c.lang, c.time.from)} – ${formatPeriodLabel(c.lang, c.time.to)}`
    : t('timeline.allTime');
  const extra = [
    c.countries.length ? t('cite.countries', { countries: c.countries.join(', ') }) : '',
    c.minValue > 0 ? t('cite.min', { min: c.minValue }) : '',
    c.compare ? t('cite.compare', { period: formatPeriodLabel(c.lang, c.compare.to) }) : '',
    c.vs ? t('cite.vs', { version: c.vs }) : '',
  ].join('');
  const sums = Object.entries(c.version.files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sum]) => `${name} ${sum}`)
    .join('; ');
  const citation = t('cite.text', {
    title: t('app.title'),
    version: c.version.id,
    semver: c.version.version,
    published: formatPartialDate(c.lang, c.version.published),
    window,
    mode: t(`mode.${c.mode}`),
    types: c.types.map((x) => t(`type.${x}`)).join(', ') || '—',
    kinds: c.kinds.map((k) => t(`kind.${k}.plural`)).join(', ') || '—',
    extra,
    url: c.url,
    today: formatPartialDate(c.lang, c.today),
  });
  return [
    citation,
    t('cite.share', { percent: formatShare(c.lang, c.illustrativeShare) }),
    t('cite.checksums', { sums }),
  ].join(' ');
}
