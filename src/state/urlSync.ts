/**
 * Keeps the store and the address bar in step. Deliberate steps (language, version, selection, view,
 * filters) push a history entry so Back works; continuous ones (camera, scrubbing time) replace it.
 */
import type { Lang } from '../data/schema.ts';
import { initialLang } from '../i18n/initialLang.ts';
import { hasMessages, loadMessages } from '../i18n/messages.ts';
import { useAppStore, urlChoicesOf, type AppState } from './store.ts';
import { parseUrl, serializeUrl, type UrlChoices } from './url.ts';

// Story steps replace too: a kiosk advances for days, and history must not grow with it.
export const CONTINUOUS: Array<keyof AppState> = ['at', 'time', 'minValue', 'story', 'step'];
export const DELIBERATE: Array<keyof AppState> = [
  'lang',
  'version',
  'node',
  'view',
  'mode',
  'types',
  'kinds',
  'theme',
  'countries',
  'compare',
  'vs',
  'edge',
  'present',
  'kiosk',
  'embed',
  'provenance',
  'scale',
  'projection',
];

/** The URL's choices and the language it starts in. */
function readLocation(win: Window) {
  const choices = parseUrl(win.location.search);
  const lang = initialLang(
    new URLSearchParams(win.location.search).get('lang'),
    win.navigator.languages ?? [],
  );
  return { choices, lang };
}

/**
 * Starts syncing; returns the function that stops it. The start applies the URL at once (the app renders
 * once that language's words are in, src/main.tsx); Back and Forward apply it once the words of the
 * language it names are in, all choices together, so no view mixes two states.
 */
export function startUrlSync(win: Window = window): () => void {
  const first = readLocation(win);
  useAppStore.getState().applyUrl(first.choices, first.lang);
  let applying = false;
  let pops = 0;
  const apply = (choices: UrlChoices, lang: Lang) => {
    applying = true;
    useAppStore.getState().applyUrl(choices, lang);
    applying = false;
  };
  const onPop = () => {
    const { choices, lang } = readLocation(win);
    const pop = ++pops;
    if (hasMessages(lang)) return apply(choices, lang);
    loadMessages(lang).then(
      () => pop === pops && apply(choices, lang),
      () => {
        if (pop !== pops) return;
        // The rest of the view still follows the address; the language stays, and the page says why.
        apply({ ...choices, lang: null }, useAppStore.getState().lang);
        useAppStore.setState({ langFailed: lang });
      },
    );
  };
  win.addEventListener('popstate', onPop);
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (applying) return;
    const changed = (keys: Array<keyof AppState>) => keys.some((k) => state[k] !== prev[k]);
    if (!changed(CONTINUOUS) && !changed(DELIBERATE)) return;
    // The language goes into the URL once the reader picks one, so a shared link shows what they saw.
    const langInUrl = new URLSearchParams(win.location.search).has('lang') || state.lang !== prev.lang;
    const search = serializeUrl(urlChoicesOf(state, langInUrl), win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // In a kiosk every step replaces the entry: history must not grow over days of looping.
    if (changed(DELIBERATE) && !state.kiosk) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
