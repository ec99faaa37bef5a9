import type { Lang } from '../data/schema.ts';

/** The BCP 47 locale each language's numbers, dates and lists are formatted in. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

/**
 * Starts the browser's Intl machinery (ICU) for `lang`, while the page waits for the network. The first
 * Intl formatter a page makes costs 25–40 ms on this project's 2-core benchmark machine (ICU's start-up,
 * paid once by whichever comes first; the next ones cost under 1 ms), and the app's first one is made while
 * rendering the first view, on the way to its first picture. The page's first script calls this once its
 * requests are out (src/early.ts); the formatters made here are thrown away.
 */
export function warmIntl(lang: Lang): void {
  new Intl.NumberFormat(LOCALES[lang]).format(1234.5);
  new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(0);
}
