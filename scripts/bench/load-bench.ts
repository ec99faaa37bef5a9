/**
 * The load benchmark (`npm run bench:load`): the app's build, a bare MapLibre page and an Apache ECharts
 * "migration map" page (geo + lines with the moving effect, the default of Chinese big-screen dashboards),
 * all three reading the same default dataset files from the same gzip-compressing local server, loaded in
 * turn in fresh browser contexts. It measures, by each page's own clock:
 *   first picture  the first frame with flows (the app: its first picture; MapLibre: the first render
 *                  with the lines source loaded; ECharts: its first `rendered` event)
 *   full map       the app's `data-ready`; MapLibre's first `idle`; ECharts: the same as its first picture
 *   bytes          transferred before the first picture, and in all by the full map (resource timing)
 * Nothing here asserts a timing: it prints medians and ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser.ts';
import { startStaticServer } from '../../e2e/staticServer.ts';
import { ROOT } from '../lib/cli.ts';

export type PageKind = 'app' | 'maplibre' | 'echarts';

export interface LoadSample {
  firstPictureMs: number;
  fullMapMs: number;
  bytesBeforeFirstPicture: number;
  bytesTotal: number;
}

const NETWORK_SCRIPT = `
  async function loadData() {
    const base = '../app/data/';
    const manifest = await (await fetch(base + 'manifest.json')).json();
    const v = manifest.versions.find((x) => x.id === manifest.default);
    const get = (f) => fetch(base + v.folder + '/' + f).then((r) => r.json());
    const [nodes, flows] = await Promise.all([get('nodes.json'), get('flows.json')]);
    const meta = await (await fetch(base + 'basemap/basemap.json')).json();
    const landUrl = base + 'basemap/' + meta.files.land;
    const at = new Map(nodes.map((n) => [n.id, [n.lon, n.lat]]));
    const edges = new Map();
    for (const f of flows) {
      const key = f.source + '>' + f.target + '>' + f.type;
      edges.set(key, { from: at.get(f.source), to: at.get(f.target), type: f.type, value: (edges.get(key)?.value ?? 0) + f.value });
    }
    return { nodes, edges: [...edges.values()], landUrl };
  }
  const COLORS = { project: '#009e73', talent: '#e69f00', agreement: '#cc79a7' };
`;

/** A MapLibre page drawing land, curved flow lines and nodes from the same files, nothing else. */
const MAPLIBRE_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
${NETWORK_SCRIPT}
const { nodes, edges, landUrl } = await loadData();
const curve = (a, b) => {
  const mid = [(a[0] + b[0]) / 2 + (b[1] - a[1]) * 0.2, (a[1] + b[1]) / 2 - (b[0] - a[0]) * 0.2];
  return Array.from({ length: 25 }, (_, i) => { const t = i / 24, u = 1 - t;
    return [u*u*a[0] + 2*u*t*mid[0] + t*t*b[0], u*u*a[1] + 2*u*t*mid[1] + t*t*b[1]]; });
};
const lines = { type: 'FeatureCollection', features: edges.map((e) => ({ type: 'Feature',
  properties: { color: COLORS[e.type], width: 1 + Math.sqrt(e.value) }, geometry: { type: 'LineString', coordinates: curve(e.from, e.to) } })) };
const points = { type: 'FeatureCollection', features: nodes.map((n) => ({ type: 'Feature', properties: {},
  geometry: { type: 'Point', coordinates: [n.lon, n.lat] } })) };
const map = new maplibregl.Map({ container: 'map', bounds: [[20, 0], [125, 62]], style: { version: 8,
  sources: { land: { type: 'geojson', data: landUrl }, lines: { type: 'geojson', data: lines }, nodes: { type: 'geojson', data: points } },
  layers: [ { id: 'bg', type: 'background', paint: { 'background-color': '#0a1526' } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#16263d' } },
    { id: 'lines', type: 'line', source: 'lines', paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'] } },
    { id: 'nodes', type: 'circle', source: 'nodes', paint: { 'circle-radius': 5, 'circle-color': '#dde5ee' } } ] } });
map.on('render', () => { if (map.isSourceLoaded('lines') && !performance.getEntriesByName('first-picture').length) performance.mark('first-picture'); });
map.once('idle', () => performance.mark('full-map'));
</script></body></html>`;

/** An ECharts geo + lines page ("migration map") with the moving effect, from the same files. */
const ECHARTS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#c{margin:0;height:100%;background:#0a1526}</style>
</head><body><div id="c"></div><script src="echarts.min.js"></script><script type="module">
${NETWORK_SCRIPT}
const { nodes, edges, landUrl } = await loadData();
echarts.registerMap('land', await (await fetch(landUrl)).json());
const chart = echarts.init(document.getElementById('c'));
// 'rendered', not 'finished': the moving effect never finishes animating.
chart.on('rendered', () => { if (!performance.getEntriesByName('first-picture').length) { performance.mark('first-picture'); performance.mark('full-map'); } });
chart.setOption({ backgroundColor: '#0a1526',
  geo: { map: 'land', roam: true, boundingCoords: [[20, 62], [125, 0]], itemStyle: { areaColor: '#16263d', borderColor: '#33507a' }, silent: true },
  series: [
    { type: 'lines', coordinateSystem: 'geo', effect: { show: true, symbolSize: 4 },
      lineStyle: { curveness: 0.2, opacity: 0.8 },
      data: edges.map((e) => ({ coords: [e.from, e.to], lineStyle: { color: COLORS[e.type], width: 1 + Math.sqrt(e.value) } })) },
    { type: 'scatter', coordinateSystem: 'geo', symbolSize: 8, itemStyle: { color: '#dde5ee' },
      data: nodes.map((n) => [n.lon, n.lat]) } ] });
</script></body></html>`;

/** Builds the served root: the app's build under /app/, the two comparison pages beside it. */
export function prepareRoot(dist: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  fs.cpSync(dist, path.join(root, 'app'), { recursive: true });
  const maplibre = path.join(root, 'maplibre');
  fs.mkdirSync(maplibre);
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    fs.copyFileSync(path.join(ROOT, 'node_modules/maplibre-gl/dist', f), path.join(maplibre, f));
  fs.writeFileSync(path.join(maplibre, 'index.html'), MAPLIBRE_PAGE);
  const echarts = path.join(root, 'echarts');
  fs.mkdirSync(echarts);
  fs.copyFileSync(
    path.join(ROOT, 'node_modules/echarts/dist/echarts.min.js'),
    path.join(echarts, 'echarts.min.js'),
  );
  fs.writeFileSync(path.join(echarts, 'index.html'), ECHARTS_PAGE);
  return root;
}

const MARKS: Record<PageKind, [string, string]> = {
  app: ['sco-map:first-picture', 'sco-map:ready'],
  maplibre: ['first-picture', 'full-map'],
  echarts: ['first-picture', 'full-map'],
};

export interface Throttle {
  /** Bits per second down. */
  bandwidth: number;
  latencyMs: number;
  cpuSlowdown: number;
}

async function loadOnce(
  browser: Browser,
  url: string,
  kind: PageKind,
  throttle?: Throttle,
): Promise<LoadSample> {
  // bypassCSP: the probes below are strings (tsx would wrap functions in a `__name` helper the page
  // lacks), and the app's CSP rightly refuses string evaluation.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.latencyMs,
      downloadThroughput: throttle.bandwidth / 8,
      uploadThroughput: throttle.bandwidth / 16,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
  }
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(url);
  const [first, full] = MARKS[kind];
  await page
    .waitForFunction(`performance.getEntriesByName(${JSON.stringify(full)}).length > 0`, undefined, {
      timeout: 180_000,
    })
    .catch(() => {
      throw new Error(`${kind}: no "${full}" mark within 3 minutes at ${url}\n${problems.join('\n')}`);
    });
  const sample = (await page.evaluate(`(() => {
    const at = (n) => performance.getEntriesByName(n)[0].startTime;
    const firstPictureMs = at(${JSON.stringify(first)});
    const fullMapMs = at(${JSON.stringify(full)});
    const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const bytes = (list) => list.reduce((s, r) => s + (r.transferSize || 0), 0);
    return {
      firstPictureMs,
      fullMapMs,
      bytesBeforeFirstPicture: bytes(all.filter((r) => r.responseEnd <= firstPictureMs)),
      bytesTotal: bytes(all.filter((r) => r.responseEnd <= fullMapMs)),
    };
  })()`)) as LoadSample;
  await context.close();
  return sample;
}

export async function runLoadBench(dist: string, rounds: number, throttles: Array<Throttle | undefined>) {
  const root = prepareRoot(dist);
  const server = await startStaticServer(root, { 'cache-control': 'no-store' }, { gzip: true });
  const browser = await launchBrowser();
  const kinds: PageKind[] = ['app', 'maplibre', 'echarts'];
  const paths: Record<PageKind, string> = { app: 'app/', maplibre: 'maplibre/', echarts: 'echarts/' };
  const results: Array<{ throttle?: Throttle; samples: Record<PageKind, LoadSample[]> }> = [];
  try {
    for (const throttle of throttles) {
      const samples: Record<PageKind, LoadSample[]> = { app: [], maplibre: [], echarts: [] };
      for (let round = 0; round < rounds; round++) {
        // Interleaved, in a rotating order, so a slow moment of the machine does not fall on one page only.
        const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]!);
        for (const kind of order)
          samples[kind].push(await loadOnce(browser, `${server.url}${paths[kind]}`, kind, throttle));
      }
      results.push({ throttle, samples });
    }
    return { results, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
