/**
 * Translations: one JSON file per language with the same keys (a test enforces it), loaded one language at
 * a time (./messages.ts), a `t` that fills `{name}` placeholders, and Intl formatters for the active
 * language.
 */
import type { Lang } from '../data/schema.ts';
import { LOCALES } from './locales.ts';
import { messagesOf, type MessageKey } from './messages.ts';

export { isMessageKey, type MessageKey } from './messages.ts';
export { initialLang } from './initialLang.ts';
export type Params = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Intl formatters, made once per language and options: making one costs about as much as formatting a
 * hundred values, and the first view formats hundreds (dates, counts, figures) before its first picture.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  lang: Lang,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

const numberFormat = (lang: Lang) => cached('number', lang, {}, () => new Intl.NumberFormat(LOCALES[lang]));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat(LOCALES[lang], options));

const translators = new Map<Lang, Translate>();

/**
 * The translator for `lang`: one per language, so its identity changes only when the language does. Only
 * for a language whose words are loaded (loadMessages).
 */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(lang)));
  return t;
}

function makeTranslator(lang: Lang): Translate {
  const messages: Record<MessageKey, string> = messagesOf(lang);
  const number = numberFormat(lang);
  const messagesByName = messages as Record<string, string>;
  return (key, params) =>
    // A count of exactly one takes the key's `.one` form where the language has one ("1 record").
    ((params?.count === 1 ? messagesByName[`${key}.one`] : undefined) ?? messages[key] ?? key).replace(
      /\{(\w+)\}/g,
      (_, name: string) => {
        const value = params?.[name];
        if (value === undefined) return `{${name}}`;
        return typeof value === 'number' ? number.format(value) : value;
      },
    );
}

export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}

/** A share as a whole percentage, e.g. "96%" / "96 %". */
export function formatPercent(lang: Lang, share: number): string {
  const options = { style: 'percent', maximumFractionDigits: 0 } as const;
  return cached('number', lang, options, () => new Intl.NumberFormat(LOCALES[lang], options)).format(share);
}

/** A figure as its source says it: "143", "50+", or "dozens" where the source gives no number. */
export function formatFigure(
  t: Translate,
  lang: Lang,
  figure: { value?: number; qualifier: 'exact' | 'atLeast' | 'dozens' },
): string {
  if (figure.qualifier === 'dozens' || figure.value === undefined) return t('figure.dozens');
  return `${formatNumber(lang, figure.value)}${figure.qualifier === 'atLeast' ? '+' : ''}`;
}

/** Formats a partial date at its own precision: `2021` stays a year, `2021-05` a month. */
/** "a, b and c" in the reader's language. */
export function formatList(lang: Lang, items: readonly string[]): string {
  const options = { style: 'long', type: 'conjunction' } as const;
  return cached('list', lang, options, () => new Intl.ListFormat(LOCALES[lang], options)).format(items);
}

/** A time of day in the reader's language and the screen's own time zone, e.g. 15:42. */
export function formatClock(lang: Lang, at: number): string {
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
}

export function formatPartialDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m !== undefined) options.month = 'long';
  if (d !== undefined) options.day = 'numeric';
  return dateFormat(lang, options).format(at);
}

/** An event's date or span at its own precision: "4 September 2025", "14–18 July 2025" (via Intl). */
export function formatEventDate(lang: Lang, e: { date?: string; start?: string; end?: string }): string {
  if (e.date) return formatPartialDate(lang, e.date);
  if (!e.start || !e.end) return '';
  const parts = (d: string) => d.split('-').map(Number) as [number, number?, number?];
  const [a, b] = [parts(e.start), parts(e.end)];
  // Intl writes a range as readers do, when both ends have days.
  if (a.length === 3 && b.length === 3) {
    const f = dateFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
    return f.formatRange(
      new Date(Date.UTC(a[0], a[1]! - 1, a[2])),
      new Date(Date.UTC(b[0], b[1]! - 1, b[2])),
    );
  }
  return `${formatPartialDate(lang, e.start)} – ${formatPartialDate(lang, e.end)}`;
}

/** A period as readers write it: `2024`, `Q3 2024` / `2024年第3季度` / `3 кв. 2024`, `July 2024`. */
export function formatPeriodLabel(
  lang: Lang,
  p: { granularity: 'year' | 'quarter' | 'month'; year: number; index?: number },
): string {
  if (p.granularity === 'year') return String(p.year);
  if (p.granularity === 'quarter') {
    if (lang === 'zh') return `${p.year}年第${p.index}季度`;
    if (lang === 'ru') return `${p.index} кв. ${p.year}`;
    return `Q${p.index} ${p.year}`;
  }
  return dateFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(p.year, p.index! - 1, 1)),
  );
}
