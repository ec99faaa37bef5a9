/**
 * `npm run budget`: fails when the app's own JavaScript (everything but MapLibre and React) or the whole
 * first load grows past its gzip budget. Budgets sit a little above today's size: raising one is a
 * decision to write down in the README, not an accident.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { flag, helpRequested, parseArgs, ROOT } from './lib/cli.ts';

const USAGE = `
Usage: npm run budget -- [--dist DIR] [--json]

Measures the production build (default dist/) gzip-compressed and compares it with the budgets.
`;

/** Bytes, gzip. */
export const BUDGETS = {
  ownJs: 139_000,
  firstLoad: 767_000,
};

// Third-party chunks; mediabunny (the film's muxer) loads only when a presenter exports a film.
const VENDOR = /^(maplibre|react|maplibre-gl-worker|mediabunny)[-.]/;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * Files every viewer downloads: the entry and its static imports, plus the WebGL map chunk (loaded as soon
 * as the page starts) and its imports, and the page's language's dictionary. Chunks loaded on demand (SVG renderer, export, presentation, embed)
 * are not first load. Read from Vite's manifest of the build.
 */
export function firstLoadFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const [key, chunk] of Object.entries(manifest))
    if (
      chunk.isEntry ||
      key.endsWith('NetworkMap.ts') ||
      key.includes('maplibre-gl-worker') ||
      // The page measured is the Chinese one: its dictionary, not the other two (src/i18n/messages.ts).
      key === 'src/i18n/zh.json'
    )
      visit(key);
  return files;
}

const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).byteLength;

export function measure(dist: string) {
  const assets = path.join(dist, 'assets');
  const files = fs.readdirSync(assets);
  const js = files.filter((f) => /\.(m?js)$/.test(f));
  const own = js.filter((f) => !VENDOR.test(f));
  const ownJs = own.reduce((s, f) => s + gz(path.join(assets, f)), 0);
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  const first = firstLoadFiles(
    JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>,
  );
  const firstLoadJs = js
    .filter((f) => first.has(`assets/${f}`))
    .reduce((s, f) => s + gz(path.join(assets, f)), 0);
  const css = files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(path.join(assets, f)), 0);
  const ownFirstLoad = own
    .filter((f) => first.has(`assets/${f}`))
    .reduce((s, f) => s + gz(path.join(assets, f)), 0);
  const data = path.join(dist, 'data');
  const manifest = JSON.parse(fs.readFileSync(path.join(data, 'manifest.json'), 'utf8')) as {
    default: string;
    versions: Array<{ id: string; folder: string }>;
  };
  const folder = manifest.versions.find((v) => v.id === manifest.default)!.folder;
  const inFolder = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .map((f) => path.join(dir, f))
          .filter((f) => fs.statSync(f).isFile())
      : [];
  // The version's dataset files (stories load only in presentation mode).
  const dataFiles = [
    path.join(data, 'manifest.json'),
    ...inFolder(path.join(data, folder)).filter((f) => !f.endsWith('stories.json')),
  ];
  // The basemap's description and its land; the borders layer is off, so its file is not fetched.
  const basemapMeta = JSON.parse(fs.readFileSync(path.join(data, 'basemap', 'basemap.json'), 'utf8')) as {
    files: { land: string };
  };
  const basemap = [
    path.join(data, 'basemap', 'basemap.json'),
    path.join(data, 'basemap', basemapMeta.files.land),
  ];
  // Only the regular faces of the labels' scripts load before the map draws; the heaviest language is
  // Chinese (src/map/fonts.ts). Bold faces, and other scripts' faces, load only if some text needs them.
  const fontsJson = JSON.parse(fs.readFileSync(path.join(data, 'fonts', 'fonts.json'), 'utf8')) as {
    faces: Array<{ file: string; weight: number; script?: string }>;
  };
  const fonts = [
    path.join(data, 'fonts', 'fonts.json'),
    ...fontsJson.faces
      .filter(
        (f) => f.weight === 400 && ['latin', 'sc', 'sc-original', 'sc-names'].includes(f.script ?? 'latin'),
      )
      .map((f) => path.join(data, 'fonts', f.file)),
  ];
  const sum = (list: string[]) => list.reduce((s, f) => s + gz(f), 0);
  const parts = { js: firstLoadJs, css, data: sum(dataFiles), basemap: sum(basemap), fonts: sum(fonts) };
  const firstLoad = Object.values(parts).reduce((s, v) => s + v, 0);
  return { ownJs, ownFirstLoad, ownFiles: own, firstLoad, parts };
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  if (!helpRequested(args, USAGE)) {
    const dist = flag(args, 'dist') ?? path.join(ROOT, 'dist');
    const m = measure(dist);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    if (args.flags.has('json')) console.log(JSON.stringify({ ...m, budgets: BUDGETS }, null, 2));
    else {
      console.log(
        `own JavaScript (gzip): ${kb(m.ownJs)} of ${kb(BUDGETS.ownJs)}  [${m.ownFiles.join(', ')}]`,
      );
      console.log(`first load (gzip):     ${kb(m.firstLoad)} of ${kb(BUDGETS.firstLoad)}`);
      for (const [k, v] of Object.entries(m.parts)) console.log(`  ${k.padEnd(8)} ${kb(v)}`);
    }
    const over = [
      m.ownJs > BUDGETS.ownJs && 'own JavaScript',
      m.firstLoad > BUDGETS.firstLoad && 'first load',
    ].filter(Boolean);
    if (over.length) {
      console.error(`over budget: ${over.join(', ')}`);
      process.exitCode = 1;
    }
  }
}
