import type { Lang } from '../data/schema.ts';

/**
 * The language to start in: the URL's, else the browser's first supported one, else Chinese. Its own
 * module: the page's first script (src/early.ts) asks for that language's dictionary with it.
 */
export function initialLang(fromUrl: string | null, browser: readonly string[]): Lang {
  const supported = (code: string | null | undefined): Lang | null => {
    const base = code?.toLowerCase().split('-')[0];
    return base === 'zh' || base === 'en' || base === 'ru' ? base : null;
  };
  return supported(fromUrl) ?? browser.map(supported).find((l): l is Lang => l !== null) ?? 'zh';
}
