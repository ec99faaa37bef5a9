/**
 * The page's first script: 2 kB that ask for the first view's data (src/data/earlyFetch.ts), its
 * language's words and the map's renderer while the app's code, eighty times their size, is still
 * downloading. The early-script plugin in vite.config.ts puts it in index.html as a script of its own,
 * before the app's.
 */
import { startEarlyFetches } from './data/earlyFetch.ts';
import { initialLang } from './i18n/initialLang.ts';
import { warmIntl } from './i18n/locales.ts';
import { webgl2MayWork } from './map/webgl.ts';

const lang = initialLang(new URLSearchParams(location.search).get('lang'), navigator.languages ?? []);
startEarlyFetches(location.search);
preloadDictionary();
preloadRenderer();
// Once the requests above are out: the main thread has nothing else to do until their answers and the
// app's code arrive.
setTimeout(() => warmIntl(lang), 0);

function modulePreload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // As the module scripts are fetched (crossorigin), so the preloaded response is the one they use.
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}

/**
 * The words of the language the page starts in (src/i18n/messages.ts), which the app waits for before it
 * renders; the others load only when the reader switches. The build lists them on `data-dictionaries`.
 */
function preloadDictionary(): void {
  const files = document.querySelector('script[data-dictionaries]')?.getAttribute('data-dictionaries');
  const file = files
    ?.split(' ')
    .find((f) => f.startsWith(`${lang}:`))
    ?.slice(lang.length + 1);
  if (file) modulePreload(file);
}

/**
 * MapLibre's code, the largest download, asked for now rather than once the app's code has run and imported
 * it. The build lists the renderer's files on this script's `data-renderer` (vite.config.ts). Only where
 * WebGL2 may work: elsewhere the SVG renderer draws and MapLibre is never needed.
 */
function preloadRenderer(): void {
  const files = document.querySelector('script[data-renderer]')?.getAttribute('data-renderer');
  if (!files || !webgl2MayWork()) return;
  for (const href of files.split(' ')) modulePreload(href);
}
