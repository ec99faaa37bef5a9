/**
 * Keeps the store and the address bar in step. Deliberate steps (language, version, selection, view,
 * filters) push a history entry so Back works; continuous ones (camera, scrubbing time) replace it.
 */
import { initialLang } from '../i18n/index.ts';
import { useAppStore, urlChoicesOf, type AppState } from './store.ts';
import { parseUrl, serializeUrl } from './url.ts';

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

function readLocation(win: Window) {
  const choices = parseUrl(win.location.search);
  const lang = initialLang(
    new URLSearchParams(win.location.search).get('lang'),
    win.navigator.languages ?? [],
  );
  useAppStore.getState().applyUrl(choices, lang);
}

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  readLocation(win);
  let applying = false;
  const onPop = () => {
    applying = true;
    readLocation(win);
    applying = false;
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
