import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import {
  noticesText,
  packagesInBuild,
  readPackageNotice,
  workboxModules,
} from './scripts/lib/third-party-notices.ts';

/**
 * The production build's Content-Security-Policy, as a meta tag (README: the same as headers, plus
 * frame-ancestors). Only in the build: the development server injects inline styles and scripts for hot
 * reloading, which this policy rightly refuses.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // MapLibre starts its worker from a data: URL in an opaque origin (sandboxed embeds), else blob:.
  "worker-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The files of the map's renderer (src/map/NetworkMap.ts and the chunks it imports: MapLibre, 280 kB), less
 * those the app's entry loads anyway. The early script preloads them where WebGL2 may work, so MapLibre
 * downloads beside the app's code instead of after it has run.
 */
function rendererFiles(bundle: Record<string, { type: string }>): string[] {
  type Chunk = { type: 'chunk'; fileName: string; imports: string[]; isEntry: boolean; name: string };
  const chunks = new Map(
    Object.values(bundle)
      .filter((c): c is Chunk => c.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
  const closure = (file: string, into = new Set<string>()) => {
    if (!into.has(file) && chunks.has(file)) {
      into.add(file);
      for (const f of chunks.get(file)!.imports) closure(f, into);
    }
    return into;
  };
  const find = (test: (c: Chunk & { facadeModuleId?: string | null }) => boolean) =>
    [...chunks.values()].find(test)?.fileName;
  const entry = find((c) => c.isEntry && c.name === 'index');
  const map = find((c) => c.facadeModuleId === path.resolve('src/map/NetworkMap.ts'));
  if (!entry || !map) throw new Error('early-script: no chunk built for the app or for its map renderer');
  const loaded = closure(entry);
  return [...closure(map)].filter((f) => !loaded.has(f)).map((f) => `./${f}`);
}

/** The interface's dictionaries (src/i18n/messages.ts), one chunk per language, as `lang:file` pairs. */
function dictionaryFiles(bundle: Record<string, { type: string }>): string[] {
  const files = Object.values(bundle).flatMap((c) => {
    const chunk = c as { type: string; fileName: string; facadeModuleId?: string | null };
    const lang = chunk.type === 'chunk' && chunk.facadeModuleId?.match(/src\/i18n\/(\w+)\.json$/)?.[1];
    return lang ? [`${lang}:./${chunk.fileName}`] : [];
  });
  if (files.length === 0) throw new Error('early-script: no chunk built for the dictionaries');
  return files;
}

/**
 * The page's first script, src/early.ts (it asks for the first view's data, its language's dictionary and
 * MapLibre's code while the app's code downloads), as an entry of its own: Vite would fold a second script of index.html into the
 * app's entry, which runs only once all of the app's code has arrived. The modules it shares with the app
 * (the early requests' map) land in a chunk both import (first-requests), so the app takes the very
 * responses it started.
 */
function earlyScript(): Plugin {
  const source = 'src/early.ts';
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'early-script',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command === 'build') this.emitFile({ type: 'chunk', id: path.resolve(source), name: 'early' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (command !== 'build') {
          const attrs = { type: 'module', async: true, src: `/${source}` };
          return [{ tag: 'script', attrs, injectTo: 'head' }];
        }
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'early',
        );
        if (!chunk || chunk.type !== 'chunk') throw new Error(`early-script: no chunk built for ${source}`);
        const renderer = rendererFiles(ctx.bundle ?? {});
        // Before the app's scripts, so it is asked for (with the chunk it shares with the app) and run first,
        // and after the Content-Security-Policy, which must come first in the head to cover it. async: it
        // runs as soon as its own two small files are in, not after the app's code.
        const first = html.indexOf('<script');
        if (first < 0) throw new Error('early-script: index.html has no script to go before');
        const tags = [
          `<script type="module" async crossorigin src="./${chunk.fileName}" data-renderer="${renderer.join(' ')}" data-dictionaries="${dictionaryFiles(ctx.bundle ?? {}).join(' ')}"></script>`,
          // Vite lists the shared chunk again among the entry's preloads; the browser fetches it once.
          ...chunk.imports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
        ];
        return `${html.slice(0, first)}${tags.join('\n    ')}\n    ${html.slice(first)}`;
      },
    },
  };
}

/**
 * Folders an interrupted import leaves in public/data (scripts/lib/publish.ts) are never published: they are
 * removed from the build's copy of the data.
 */
function dropStagingFolders(): Plugin {
  return {
    name: 'drop-staging-folders',
    apply: 'build',
    closeBundle() {
      const data = path.resolve('dist/data');
      if (!fs.existsSync(data)) return;
      for (const name of fs.readdirSync(data))
        if (name.startsWith('.staging-') || name.startsWith('.replaced-'))
          fs.rmSync(path.join(data, name), { recursive: true, force: true });
    },
  };
}

/**
 * `licenses/third-party.txt`: the notice and licence text of every package whose code the build ships
 * (scripts/lib/third-party-notices.ts). After the service worker is written, since its workbox runtime is
 * shipped code too; that file names its modules, the app's chunks list theirs.
 */
function thirdPartyNotices(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let shipped = new Map<string, string[]>();
  return {
    name: 'third-party-notices',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).map((item) =>
        item.type === 'chunk'
          ? { fileName: item.fileName, moduleIds: item.moduleIds }
          : // Files copied as they are, such as MapLibre's worker (imported with ?url).
            // Their names are relative to the project.
            { fileName: item.fileName, moduleIds: item.originalFileNames.map((f) => path.resolve(root, f)) },
      );
      shipped = packagesInBuild(files);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const notices = [...shipped].map(([folder, files]) => readPackageNotice(folder, files));
        const runtime = fs.readdirSync(outDir).find((f) => /^workbox-[\w-]+\.js$/.test(f));
        if (runtime)
          for (const name of workboxModules(fs.readFileSync(path.join(outDir, runtime), 'utf8')))
            notices.push(readPackageNotice(path.resolve(root, 'node_modules', name), [runtime, 'sw.js']));
        fs.mkdirSync(path.join(outDir, 'licenses'), { recursive: true });
        fs.writeFileSync(path.join(outDir, 'licenses/third-party.txt'), noticesText(notices));
      },
    },
  };
}

/**
 * The service worker (src/ui/offlineCache.ts registers it): the app's code, styles and page precached; the
 * data (manifest, versions, basemap, fonts) network first, from the cache only when the server cannot be
 * reached, since data can be published without rebuilding the app and must never be served stale.
 */
const serviceWorker = VitePWA({
  injectRegister: null,
  registerType: 'autoUpdate',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html}'],
    // The film's muxer is for a presenter online, not for a lobby screen to carry around.
    globIgnores: ['data/**', 'licenses/**', 'assets/mediabunny-*'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/data/'),
        handler: 'NetworkFirst',
        // DATA_CACHE in src/ui/offlineCache.ts.
        options: { cacheName: 'sco-data', networkTimeoutSeconds: 8, expiration: { maxEntries: 300 } },
      },
    ],
  },
});

// Relative base so the build can be served from any path (a deployer's sub-folder, an embed host).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    earlyScript(),
    dropStagingFolders(),
    serviceWorker,
    thirdPartyNotices(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The import graph, read by scripts/budget.ts to tell the first load from chunks loaded on demand.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Vendor code in chunks of its own, so the app's own size can be measured (scripts/budget.ts)
        // and cached apart from ours.
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          // The film's muxer: loaded only when a presenter exports a film.
          if (id.includes('node_modules/mediabunny')) return 'mediabunny';
          // What the page's first script shares with the app (src/early.ts), named for what it is.
          if (
            /src\/(data\/(earlyFetch|request|dataFiles)|map\/webgl|i18n\/(initialLang|locales))\.ts$/.test(id)
          )
            return 'first-requests';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    pool: 'threads',
  },
});
