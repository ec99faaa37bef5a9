import { loadAppFonts } from './fonts.ts';

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
