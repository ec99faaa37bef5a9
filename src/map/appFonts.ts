import { loadAppFonts } from './fonts.ts';

let loading: Promise<unknown> | null = null;

/** The app's subset fonts, loaded once; map labels wait for them. Never rejects: text then falls back. */
export function appFontsReady(): Promise<unknown> {
  const promise = loading ?? loadAppFonts(document.baseURI).catch(() => undefined);
  loading = promise;
  return promise;
}
