/**
 * Loads the app's own font subsets (built by scripts/build-fonts.ts) with the FontFace API. MapLibre draws
 * labels locally in the families named by the style's `text-font`, so the regular faces must be loaded
 * before labels draw; bold faces are registered and load only if some text needs them.
 */

interface FontsManifest {
  faces: Array<{ family: string; weight: number; file: string; unicodeRange: string }>;
}

export interface FontLoadResult {
  ok: boolean;
  failed: string[];
}

export async function loadAppFonts(baseUrl: string): Promise<FontLoadResult> {
  if (typeof FontFace === 'undefined' || !document.fonts) return { ok: false, failed: ['FontFace API'] };
  const url = (file: string) => new URL(`data/fonts/${file}`, baseUrl).href;
  let manifest: FontsManifest;
  try {
    const response = await fetch(url('fonts.json'));
    if (!response.ok) return { ok: false, failed: ['fonts.json'] };
    manifest = (await response.json()) as FontsManifest;
  } catch {
    return { ok: false, failed: ['fonts.json'] };
  }
  const failed: string[] = [];
  const waits: Array<Promise<unknown>> = [];
  for (const face of manifest.faces ?? []) {
    // Only our own files, by name: the manifest cannot point the page anywhere else.
    if (!/^[a-z0-9-]+\.woff2$/.test(face.file)) continue;
    const font = new FontFace(face.family, `url("${url(face.file)}") format("woff2")`, {
      weight: String(face.weight),
      unicodeRange: face.unicodeRange,
      display: 'swap',
    });
    document.fonts.add(font);
    if (face.weight === 400) waits.push(font.load().catch(() => failed.push(face.file)));
  }
  await Promise.all(waits);
  return { ok: failed.length === 0, failed };
}
