/**
 * `npm run fonts`: the app's fonts, subset at build time to exactly the characters it shows — every
 * string in the shipped datasets and the translations — so Chinese never depends on the viewer's system
 * fonts and nobody downloads a multi-megabyte font. MapLibre draws map labels with these same faces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { sha256Hex } from '../src/data/checksum.ts';
import { LANGUAGE_LABEL } from '../src/i18n/languageLabel.ts';
import { DATA_DIR, flag, helpRequested, parseArgs, ROOT } from './lib/cli.ts';

const USAGE = `
Usage: npm run fonts -- [--out DIR] [--check]

Collects every character of the datasets (public/data, except basemap/schema/fonts) and of the
translations (src/i18n/*.json), and writes subsets of Noto Sans (Latin, Cyrillic) and Noto Sans SC
(Chinese) for weights 400 and 700 into DIR (default public/data/fonts), with fonts.json describing them.
With --check, writes nothing and exits 1 if the committed fonts do not cover the current characters.
`;

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file);

/** Typography the interface uses beyond the data: quotes, dashes, arrows, signs. */
const EXTRA = ' “”‘’–—…·•→←↑↓×°±≥≤№‰₽¥€❚▶↓↑，。、：；！？（）《》「」【】';

export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

function jsonFiles(dir: string, skip: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return skip.includes(e.name) ? [] : jsonFiles(p, skip);
    return e.name.endsWith('.json') ? [p] : [];
  });
}

/** Every character the app can show, sorted by code point. */
export function collectCharacters(dataDir = DATA_DIR, i18nDir = path.join(ROOT, 'src/i18n')): string[] {
  const files = [...jsonFiles(dataDir, ['basemap', 'schema', 'fonts']), ...jsonFiles(i18nDir, [])];
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const c of s) chars.add(c);
  };
  for (const f of files) for (const s of collectStrings(JSON.parse(fs.readFileSync(f, 'utf8')))) add(s);
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCodePoint(c));
  for (let c = 0x400; c <= 0x45f; c++) chars.add(String.fromCodePoint(c));
  add(EXTRA);
  return [...chars]
    .filter((c) => c.codePointAt(0)! >= 0x20)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

const isLatin = (cp: number) =>
  cp < 0x250 ||
  (cp >= 0x2000 && cp <= 0x206f) ||
  (cp >= 0x20a0 && cp <= 0x20cf) ||
  (cp >= 0x2190 && cp <= 0x21ff);
const isCyrillic = (cp: number) => cp >= 0x400 && cp <= 0x52f;

/**
 * Which script a face serves: the app loads, before the map draws labels, only the faces its language's
 * labels need (src/map/fonts.ts); the rest load by themselves if some text on the page needs them.
 * `sc-names` holds the few Chinese characters every page shows whatever its language (the language
 * switcher's "中文"), so an English or Russian page never downloads the whole Chinese subset for them.
 * `sc-original` holds the Chinese that English and Russian pages show untranslated (the sources' original
 * titles, publishers and authors, the nodes' names in their details): about a quarter of the characters,
 * so those pages download that much of it.
 */
export type FaceScript = 'latin' | 'cyrillic' | 'sc' | 'sc-original' | 'sc-names';

export interface FaceSpec {
  family: string;
  weight: number;
  file: string;
  script: FaceScript;
  source: [string, string];
  characters: string[];
}

/** The Chinese characters shown on every page: the languages' own names and the switcher's label. */
export function alwaysShownChinese(i18nDir = path.join(ROOT, 'src/i18n')): string[] {
  const en = JSON.parse(fs.readFileSync(path.join(i18nDir, 'en.json'), 'utf8')) as Record<string, string>;
  return [...new Set([...(en['lang.zh'] ?? ''), ...LANGUAGE_LABEL])].filter((c) => /\p{Script=Han}/u.test(c));
}

/** A translated text of the datasets, `{ zh, en, ru }`: only its `zh` is Chinese-only. */
const isTranslated = (value: object): boolean =>
  typeof (value as { zh?: unknown }).zh === 'string' && typeof (value as { en?: unknown }).en === 'string';

/** The strings of `value` that pages show in every language: all but the `zh` of translated texts. */
export function untranslatedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) untranslatedStrings(v, out);
  else if (value && typeof value === 'object') {
    const translated = isTranslated(value);
    for (const [key, v] of Object.entries(value))
      if (!(translated && key === 'zh')) untranslatedStrings(v, out);
  }
  return out;
}

/**
 * The Chinese of the nodes' names in a version's nodes.json: a node's details list its name in the other
 * two languages (src/ui/details/NodeDetails.tsx), so English and Russian pages show it too.
 */
export function nodeNamesInChinese(nodes: unknown): string[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n) => {
    const zh = (n as { name?: { zh?: unknown } } | null)?.name?.zh;
    return typeof zh === 'string' ? [zh] : [];
  });
}

/**
 * The characters English and Russian pages show: the datasets' untranslated strings (the sources' titles,
 * publishers, authors) and their translations, the nodes' Chinese names (their details list them), with
 * the English and Russian interface and its signs.
 */
export function untranslatedCharacters(dataDir = DATA_DIR, i18nDir = path.join(ROOT, 'src/i18n')): string[] {
  const files = [
    ...jsonFiles(dataDir, ['basemap', 'schema', 'fonts']),
    path.join(i18nDir, 'en.json'),
    path.join(i18nDir, 'ru.json'),
  ];
  // The interface's signs (▶, ≤, №…) too: whatever is not Latin or Cyrillic among them is drawn from the
  // Chinese font, in every language.
  const chars = new Set<string>(EXTRA);
  for (const f of files) {
    const json = JSON.parse(fs.readFileSync(f, 'utf8')) as unknown;
    const names = path.basename(f) === 'nodes.json' ? nodeNamesInChinese(json) : [];
    for (const s of [...untranslatedStrings(json), ...names]) for (const c of s) chars.add(c);
  }
  return [...chars];
}

export function faceSpecs(
  chars: string[],
  names = alwaysShownChinese(),
  originals = untranslatedCharacters(),
): FaceSpec[] {
  const cp = (c: string) => c.codePointAt(0)!;
  const latin = chars.filter((c) => isLatin(cp(c)));
  const cyrillic = chars.filter((c) => isCyrillic(cp(c)));
  const cjkAll = chars.filter((c) => !isLatin(cp(c)) && !isCyrillic(cp(c)));
  // Three disjoint subsets of the same font; a page downloads those its text has characters of.
  const cjkNames = cjkAll.filter((c) => names.includes(c));
  const cjkOriginal = cjkAll.filter((c) => !names.includes(c) && originals.includes(c));
  const cjk = cjkAll.filter((c) => !names.includes(c) && !originals.includes(c));
  return [400, 700]
    .flatMap((weight) => [
      {
        family: 'Noto Sans',
        weight,
        file: `noto-sans-latin-${weight}.woff2`,
        script: 'latin' as const,
        source: ['@fontsource/noto-sans', `noto-sans-latin-${weight}-normal.woff2`],
        characters: latin,
      },
      {
        family: 'Noto Sans',
        weight,
        file: `noto-sans-cyrillic-${weight}.woff2`,
        script: 'cyrillic' as const,
        source: ['@fontsource/noto-sans', `noto-sans-cyrillic-${weight}-normal.woff2`],
        characters: cyrillic,
      },
      {
        family: 'Noto Sans SC',
        weight,
        file: `noto-sans-sc-${weight}.woff2`,
        script: 'sc' as const,
        source: ['@fontsource/noto-sans-sc', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`],
        characters: cjk,
      },
      {
        family: 'Noto Sans SC',
        weight,
        file: `noto-sans-sc-original-${weight}.woff2`,
        script: 'sc-original' as const,
        source: ['@fontsource/noto-sans-sc', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`],
        characters: cjkOriginal,
      },
      {
        family: 'Noto Sans SC',
        weight,
        file: `noto-sans-sc-names-${weight}.woff2`,
        script: 'sc-names' as const,
        source: ['@fontsource/noto-sans-sc', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`],
        characters: cjkNames,
      },
    ])
    .filter((f) => f.characters.length > 0) as FaceSpec[];
}

/** `U+4E2D,U+56FD-56FE`: the ranges a face covers, so the browser only asks it for those characters. */
export function unicodeRange(chars: string[]): string {
  const cps = [...new Set(chars.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

export interface FontsManifest {
  license: string;
  /** Hash of the characters covered, so `--check` can tell whether the subsets are still complete. */
  charactersSha256: string;
  characters: number;
  faces: Array<{ family: string; weight: number; file: string; script: FaceScript; unicodeRange: string }>;
}

/** What the subsets were built from, and how they were split, so `--check` sees either change. */
function charactersHash(chars: string[], names: string[], originals: string[]): string {
  const untranslated = [...new Set(originals)].filter((c) => chars.includes(c)).sort();
  return sha256Hex(`${chars.join('')}|${names.join('')}|${untranslated.join('')}`);
}

export async function buildFonts(
  outDir: string,
  chars = collectCharacters(),
  names = alwaysShownChinese(),
  originals = untranslatedCharacters(),
): Promise<FontsManifest> {
  fs.mkdirSync(outDir, { recursive: true });
  const faces: FontsManifest['faces'] = [];
  for (const spec of faceSpecs(chars, names, originals)) {
    const input = fs.readFileSync(fontFile(...spec.source));
    const output = await subsetFont(input, spec.characters.join(''), { targetFormat: 'woff2' });
    fs.writeFileSync(path.join(outDir, spec.file), output);
    faces.push({
      family: spec.family,
      weight: spec.weight,
      file: spec.file,
      script: spec.script,
      unicodeRange: unicodeRange(spec.characters),
    });
  }
  const license = path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'LICENSE');
  fs.copyFileSync(license, path.join(outDir, 'OFL.txt'));
  const manifest: FontsManifest = {
    license: 'SIL Open Font License 1.1 (Noto Sans, Noto Sans SC); see OFL.txt',
    charactersSha256: charactersHash(chars, names, originals),
    characters: chars.length,
    faces,
  };
  fs.writeFileSync(path.join(outDir, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  if (!helpRequested(args, USAGE)) {
    const out = flag(args, 'out') ?? path.join(DATA_DIR, 'fonts');
    const chars = collectCharacters();
    if (args.flags.has('check')) {
      const file = path.join(out, 'fonts.json');
      const current = fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FontsManifest)
        : null;
      const hash = charactersHash(chars, alwaysShownChinese(), untranslatedCharacters());
      if (current?.charactersSha256 !== hash) {
        console.error(
          'The font subsets do not cover the current datasets and translations: run npm run fonts.',
        );
        process.exitCode = 1;
      } else console.log(`fonts cover all ${chars.length} characters`);
    } else {
      const m = await buildFonts(out, chars);
      const size = m.faces.reduce((s, f) => s + fs.statSync(path.join(out, f.file)).size, 0);
      console.log(
        `wrote ${m.faces.length} faces for ${m.characters} characters to ${out}: ${(size / 1024).toFixed(1)} KiB`,
      );
    }
  }
}
