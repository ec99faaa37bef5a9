import { loadAppFonts, loadBoldFaces } from './fonts.ts';

import type { Lang } from '../data/schema.ts';

const loading = new Map<Lang, Promise<unknown>>();

/**
 * The font faces the map's labels need in `lang`, loaded once; map labels wait for them. Never rejects:
 * text then falls back. (Switching language later loads that language's faces before the labels change.)
 */
export function appFontsReady(lang: Lang): Promise<unknown> {
  let promise = loading.get(lang);
  if (!promise) loading.set(lang, (promise = loadAppFonts(document.baseURI, lang).catch(() => undefined)));
  return promise;
}

const bold = new Map<Lang, Promise<unknown>>();

/**
 * The bold faces, registered and those of `lang` loaded; never rejects. Called once the first view is
 * drawn (src/main.tsx), and awaited before a picture with bold text is drawn on a canvas (PNG, film).
 */
export function boldFacesReady(lang: Lang): Promise<unknown> {
  let promise = bold.get(lang);
  if (!promise) bold.set(lang, (promise = loadBoldFaces(document.baseURI, lang).catch(() => undefined)));
  return promise;
}
