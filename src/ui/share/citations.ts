/**
 * "Cite this view" in the styles researchers are asked for: GB/T 7714-2015, ГОСТ Р 7.0.100-2018, APA 7,
 * BibTeX, and a plain sentence. Every style carries the dataset version, the view (window and filters),
 * the link that reopens exactly it (pinned to the version, see src/state/viewLink.ts), the date it was
 * seen, the illustrative share and the sha256 of the version's files, so a reader can check that the
 * files they fetch are the ones cited.
 *
 * No person is named as author: the datasets are the project's, so each style's no-author form is used
 * (the title takes the author's place). The words a style itself prescribes ("дата обращения", "[Data
 * set]", "[DS/OL]") stay in that style's language; the title and the view are in the reader's.
 */
import type { FlowType, Lang, ManifestVersion, NodeKind } from '../../data/schema.ts';
import type { Mode, TimeSelection } from '../../data/period.ts';
import { formatPartialDate, formatPeriodLabel, type Translate } from '../../i18n/index.ts';
import { formatShare } from '../provenanceText.ts';

export const CITATION_STYLES = ['gbt7714', 'gost', 'apa', 'bibtex', 'text'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The style a reader of each language most likely has to follow. */
export const DEFAULT_STYLE: Record<Lang, CitationStyle> = { zh: 'gbt7714', ru: 'gost', en: 'apa' };

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
  /** The pinned link of this view. */
  url: string;
  /** The day the view was seen, YYYY-MM-DD. */
  today: string;
  /** The part of the view's flow value that is illustrative, 0..1. */
  illustrativeShare: number;
}

function windowText(t: Translate, c: CiteInput): string {
  if (!c.time) return t('timeline.allTime');
  const from = formatPeriodLabel(c.lang, c.time.from);
  const to = formatPeriodLabel(c.lang, c.time.to);
  return from === to ? to : `${from} – ${to}`;
}

/** The view in words: window, mode, flow types, node kinds and any narrowing filter or comparison. */
export function describeView(t: Translate, c: CiteInput): string {
  const extra = [
    c.countries.length ? t('cite.countries', { countries: c.countries.join(', ') }) : '',
    c.minValue > 0 ? t('cite.min', { min: c.minValue }) : '',
    c.compare ? t('cite.compare', { period: formatPeriodLabel(c.lang, c.compare.to) }) : '',
    c.vs ? t('cite.vs', { version: c.vs }) : '',
  ].join('');
  return t('cite.view', {
    window: windowText(t, c),
    mode: t(`mode.${c.mode}`),
    types: c.types.map((x) => t(`type.${x}`)).join(', ') || '—',
    kinds: c.kinds.map((k) => t(`kind.${k}.plural`)).join(', ') || '—',
    extra,
  });
}

function checksums(c: CiteInput): string {
  return Object.entries(c.version.files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sum]) => `${name} ${sum}`)
    .join('; ');
}

/** What every style appends: the illustrative share and the files' checksums, in the reader's language. */
function notes(t: Translate, c: CiteInput): string {
  return `${t('cite.share', { percent: formatShare(c.lang, c.illustrativeShare) })} ${t('cite.checksums', { sums: checksums(c) })}`;
}

const year = (date: string) => date.slice(0, 4);

/** GB/T 7714-2015 §4.8 electronic resource, type code DS (dataset), carrier OL (online). */
function gbt7714(t: Translate, c: CiteInput): string {
  return `${t('app.title')}: ${c.version.id} (v${c.version.version}); ${describeView(t, c)}[DS/OL]. (${c.version.published})[${c.today}]. ${c.url}.`;
}

/** ГОСТ Р 7.0.100-2018: title : other title information. – date. – URL (дата обращения). – content type. */
function gost(t: Translate, c: CiteInput): string {
  const [y, m, d] = c.today.split('-');
  return `${t('app.title')} : ${c.version.id} (v${c.version.version}) ; ${describeView(t, c)}. – ${year(c.version.published)}. – URL: ${c.url} (дата обращения: ${d}.${m}.${y}). – Текст. Изображение : электронные.`;
}

/** APA 7, data set without an author: Title (Version) [Data set]. (Year). URL */
function apa(t: Translate, c: CiteInput): string {
  return `${t('app.title')}: ${describeView(t, c)} (Version ${c.version.id}, v${c.version.version}) [Data set]. (${year(c.version.published)}). ${c.url}`;
}

/** Braces, backslashes and TeX's special characters written so BibTeX reads them as text. */
function bibText(s: string): string {
  return s.replace(/[\\{}%&#_$^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`,
  );
}

/** BibTeX @misc with biblatex's version/urldate fields (plain BibTeX ignores what it does not know). */
function bibtex(t: Translate, c: CiteInput): string {
  const fields: Array<[string, string]> = [
    ['title', `{${bibText(t('app.title'))}}: ${bibText(describeView(t, c))}`],
    ['version', `${c.version.id} (v${c.version.version})`],
    ['year', year(c.version.published)],
    ['date', c.version.published],
    ['howpublished', 'Dataset'],
    ['url', c.url],
    ['urldate', c.today],
    ['note', bibText(notes(t, c))],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@misc{sco-network-${c.version.id}-${c.today},\n${body}\n}`;
}

/** The plain sentence of earlier releases, for readers who follow no style. */
function text(t: Translate, c: CiteInput): string {
  return t('cite.text', {
    title: t('app.title'),
    version: c.version.id,
    semver: c.version.version,
    published: formatPartialDate(c.lang, c.version.published),
    view: describeView(t, c),
    url: c.url,
    today: formatPartialDate(c.lang, c.today),
  });
}

const STYLES: Record<CitationStyle, (t: Translate, c: CiteInput) => string> = {
  gbt7714,
  gost,
  apa,
  bibtex,
  text,
};

/** The citation in one style; every style but BibTeX (which holds them in `note`) ends with the notes. */
export function citeView(style: CitationStyle, t: Translate, c: CiteInput): string {
  const cited = STYLES[style](t, c);
  return style === 'bibtex' ? cited : `${cited} ${notes(t, c)}`;
}
