/**
 * `npm run bench` (part 2): the map in headless Chromium on generated datasets of 1,000 / 10,000 / 100,000
 * flow records — geometry build time, per-frame main-thread time of the animation, frames per second over
 * 10 s. Prints measured figures; asserts nothing. WebGL runs on SwiftShader (the CPU) here, so compare
 * figures as ratios within one run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { FLOW_TYPES, type Dataset, type Flow, type Node } from '../../src/data/schema.ts';
import { aggregate } from '../../src/domain/aggregate.ts';
import { arcGeometry } from '../../src/domain/arcs.ts';
import { networkIndex } from '../../src/domain/networkIndex.ts';
import { nodePoints } from '../../src/domain/nodePoints.ts';
import { randomInt, seededRandom } from '../../src/domain/random.ts';
import { ALL_TIME } from '../../src/domain/timeWindow.ts';
import { launchBrowser } from '../../e2e/browser.ts';
import { startStaticServer } from '../../e2e/staticServer.ts';
import { ROOT } from '../lib/cli.ts';
import { benchVersion } from './synthetic.ts';
import { upsertManifestVersion, writeVersionFiles } from '../lib/write-version.ts';

const L = { zh: '节点', en: 'node', ru: 'узел' };

/** A seeded synthetic version: nodes spread over Eurasia, flows between random pairs 2018–2026. */
export function benchDataset(records: number, seed = 11): Dataset {
  const rng = seededRandom(seed);
  const nodeCount = Math.max(20, Math.round(Math.sqrt(records) * 1.5));
  const nodes: Node[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: i === 0 ? 'center' : i < 7 ? 'hub' : 'partner',
    name: L,
    country: 'CN',
    lon: i === 0 ? 120.38 : 10 + rng() * 130,
    lat: i === 0 ? 36.07 : 20 + rng() * 40,
    since: '2018',
    status: 'active',
    provenance: 'illustrative',
    sources: [],
  }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const flows: Flow[] = Array.from({ length: records }, (_, i) => {
    const s = randomInt(rng, 0, nodeCount - 1);
    let t = rng() < 0.5 ? 0 : randomInt(rng, 0, nodeCount - 1);
    if (t === s) t = (s + 1) % nodeCount;
    return {
      id: `f${i}`,
      type: FLOW_TYPES[randomInt(rng, 0, 2)]!,
      source: `n${s}`,
      target: `n${t}`,
      date: `${randomInt(rng, 2018, 2026)}-${pad(randomInt(rng, 1, 12))}`,
      value: randomInt(rng, 1, 9),
      title: L,
      provenance: 'illustrative',
      sources: [],
    };
  });
  return benchVersion(nodes, flows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/** Geometry for the whole version: index, aggregate, arcs and node points; median of 5 after a warm-up. */
function geometryMs(dataset: Dataset): { ms: number; arcs: number } {
  let arcs = 0;
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const fresh = { ...dataset }; // a new object: the per-version caches start empty
    const t = performance.now();
    const index = networkIndex(fresh);
    const agg = aggregate(index, {
      window: ALL_TIME,
      types: FLOW_TYPES,
      kinds: ['center', 'hub', 'partner'],
    });
    arcs = arcGeometry(index, agg).count;
    nodePoints(index, agg, (n) => n.name.en);
    if (run > 0) times.push(performance.now() - t);
  }
  return { ms: median(times), arcs };
}

/**
 * Times every requestAnimationFrame callback and sums them per frame, before the app's own scripts run.
 * A string, not a function: the TypeScript loader would add helpers the page does not have.
 */
const FRAME_PROBE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__work = 0;
  window.__frames = [];
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const t0 = performance.now();
    try { cb(ts); } finally { window.__work += performance.now() - t0; }
  });
  const record = () => { window.__frames.push(window.__work); window.__work = 0; raf(record); };
  raf(record);
})();`;

export async function runMapBench(sizes: number[], seconds: number) {
  await build({ root: ROOT, logLevel: 'warn' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-bench-'));
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  const data = path.join(dir, 'data');
  fs.rmSync(path.join(data, 'manifest.json'));
  const geometry = new Map<number, { ms: number; arcs: number }>();
  for (const n of sizes) {
    const d = benchDataset(n);
    geometry.set(n, geometryMs(d));
    const id = `9999.01.${n}`;
    const files = writeVersionFiles(
      data,
      id,
      {
        'nodes.json': d.nodes,
        'flows.json': d.flows,
        'sources.json': [],
        'figures.json': [],
        'events.json': [],
      },
      { compact: true },
    );
    upsertManifestVersion(
      data,
      {
        id,
        version: '0.0.0',
        published: '2026-12-31',
        title: L,
        changelog: L,
        folder: id,
        files,
        dataSchema: 2,
      },
      true,
    );
  }
  const server = await startStaticServer(dir);
  const browser = await launchBrowser();
  const rows = [];
  for (const n of sizes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: FRAME_PROBE });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${server.url}?v=9999.01.${n}&lang=en`);
    let ready = true;
    try {
      await page.waitForSelector('html[data-ready="true"]', { timeout: 180_000 });
    } catch {
      ready = false;
    }
    const readyMs = performance.now() - started;
    let frames: number[] = [];
    if (ready) {
      await page.evaluate(() => ((window as unknown as { __frames: number[] }).__frames = []));
      await page.waitForTimeout(seconds * 1000);
      frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
    }
    rows.push({
      records: n,
      arcs: geometry.get(n)!.arcs,
      geometryMs: geometry.get(n)!.ms,
      readyMs: ready ? readyMs : null,
      frameMeanMs: frames.length ? frames.reduce((s, x) => s + x, 0) / frames.length : null,
      frameP95Ms: frames.length ? percentile(frames, 0.95) : null,
      fps: frames.length ? frames.length / seconds : null,
    });
    await context.close();
  }
  const chromium = browser.version();
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { rows, chromium };
}
