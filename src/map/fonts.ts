/**
 * Loads the app's own font subsets (built by scripts/build-fonts.ts) with the FontFace API. MapLibre draws
 * labels locally in the families named by the style's `text-font`, so the regular faces its language's
 * labels use must be loaded before labels draw; the other regular faces are registered and load only if
 * some text needs them. The bold faces are registered only once the first view is drawn (loadBoldFaces):
 * the interface's headings asked for them at once, and on a Chinese page that was 106 kB sharing a slow line
 * with MapLibre's code. Until then the browser emboldens the regular face.
 */
import { takeEarly } from '../data/earlyFetch.ts';
import { dataUrl } from '../data/request.ts';
import type { Lang } from '../data/schema.ts';

interface Face {
  family: string;
  weight: number;
  file: string;
  script?: string;
  unicodeRange: string;
}

interface FontsManifest {
  faces: Face[];
}

/** The scripts of the map's labels in each language: only their regular faces load before the map draws. */
const LABEL_SCRIPTS: Record<Lang, readonly string[]> = {
  zh: ['latin', 'sc', 'sc-original', 'sc-names'],
  en: ['latin'],
  ru: ['latin', 'cyrillic'],
};

export interface FontLoadResult {
  ok: boolean;
  failed: string[];
}

/** One fetch of the fonts' manifest per page, and each face registered once (switching language offline works). */
let manifestRequest: { url: string; promise: Promise<FontsManifest | null> } | undefined;
const registered = new Map<string, FontFace>();

function fontsManifest(url: string): Promise<FontsManifest | null> {
  if (manifestRequest?.url !== url) {
    // The page's first script may have asked for it already (src/data/earlyFetch.ts).
    const asked = url === dataUrl('fonts/fonts.json') ? takeEarly('fonts/fonts.json') : undefined;
    const promise = (asked ?? fetch(url))
      .then((response) => (response.ok ? (response.json() as Promise<FontsManifest>) : null))
      .catch(() => null);
    manifestRequest = { url, promise };
    // A failed fetch is asked again next time (the network may be back).
    void promise.then((m) => {
      if (!m && manifestRequest?.promise === promise) manifestRequest = undefined;
    });
  }
  return manifestRequest.promise;
}

const isRegular = (face: Face) => face.weight === 400;

/** Registers `face` once (the browser loads it when some text needs it); null for a name not our own. */
function register(face: Face, url: (file: string) => string): FontFace | null {
  // Only our own files, by name: the manifest cannot point the page anywhere else.
  if (!/^[a-z0-9-]+\.woff2$/.test(face.file)) return null;
  let font = registered.get(url(face.file));
  if (!font) {
    font = new FontFace(face.family, `url("${url(face.file)}") format("woff2")`, {
      weight: String(face.weight),
      unicodeRange: face.unicodeRange,
      display: 'swap',
    });
    document.fonts.add(font);
    registered.set(url(face.file), font);
  }
  return font;
}

/**
 * Registers the faces `which` picks and loads, and waits for, those of `lang`'s label scripts. A face
 * without a script (an older fonts.json) is loaded, to be safe.
 */
async function loadFaces(
  baseUrl: string,
  lang: Lang,
  which: (face: Face) => boolean,
): Promise<FontLoadResult> {
  if (typeof FontFace === 'undefined' || !document.fonts) return { ok: false, failed: ['FontFace API'] };
  const url = (file: string) => new URL(`data/fonts/${file}`, baseUrl).href;
  const manifest = await fontsManifest(url('fonts.json'));
  if (!manifest) return { ok: false, failed: ['fonts.json'] };
  const failed: string[] = [];
  const waits: Array<Promise<unknown>> = [];
  for (const face of (manifest.faces ?? []).filter(which)) {
    const font = register(face, url);
    const needed = face.script === undefined || LABEL_SCRIPTS[lang].includes(face.script);
    if (font && needed) waits.push(font.load().catch(() => failed.push(face.file)));
  }
  await Promise.all(waits);
  return { ok: failed.length === 0, failed };
}

/** The regular faces: all registered, those of `lang`'s labels loaded. */
export function loadAppFonts(baseUrl: string, lang: Lang): Promise<FontLoadResult> {
  return loadFaces(baseUrl, lang, isRegular);
}

/**
 * The bold faces: all registered (from now on the headings use them), those of `lang`'s scripts loaded, for
 * a picture drawn on a canvas (which does not wait for a face) to have them.
 */
export function loadBoldFaces(baseUrl: string, lang: Lang): Promise<FontLoadResult> {
  return loadFaces(baseUrl, lang, (face) => !isRegular(face));
}
