/**
 * `npm run soak`: the kiosk left running in headless Chromium, sampled every interval for JS heap, DOM
 * nodes and event listeners, with heap snapshots at the first and the last sample. Reports the growth from
 * the first sample to the last and the trend per hour, and exits 1 when the page's objects (the heap
 * without V8's code), DOM nodes or listeners grow by more than 10 %. Not part of `npm test`: it takes as long as you ask
 * (default 30 min).
 */
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../e2e/browser.ts';
import { startStaticServer } from '../e2e/staticServer.ts';
import { flag, helpRequested, parseArgs, ROOT } from './lib/cli.ts';
import { takeHeapSplit, type HeapSplit } from './lib/heap-snapshot.ts';
import { soakVerdict, type SoakSample } from './lib/soak-stats.ts';

const USAGE = `
Usage: npm run soak -- [--minutes 30] [--warmup 10] [--interval 60] [--publish-every 4] [--no-updates]
                       [--no-build] [--dist DIR] [--jitless]

Runs ?kiosk=1 (stories looping, idle reset) in headless Chromium and samples, every --interval seconds
or at the loop's next return to its first step after that, the JS heap after a full garbage collection,
the DOM node count and the event-listener count (Chrome DevTools Protocol), and takes a heap snapshot at
the first sample, half way and at the last. Prints each sample, the growth from the first sample to the last and the trend per hour; exit code 1 when the page's objects
(the snapshot without V8's code), the DOM nodes or the listeners grow more than 10 %. The whole JS heap
and V8's code are printed too but not judged: V8 keeps compiling more of the loop into machine code
for the first hour or so, which is not the page accumulating anything (see --jitless).

--warmup (minutes, default 10) passes before the first sample, which is the baseline, and --minutes of
sampling follow it. For its first minutes V8 keeps compiling more of the loop's code into machine code,
and the heap climbs with it (about 0.5 MB over ten minutes here); that is not the page accumulating
anything, so the baseline is taken after it. Run with --warmup 1.5 to see it.

--jitless runs V8 as an interpreter only, without its compilers. The heap then holds the page's objects
and bytecode but no compiled machine code, which separates growth of the app's data from V8 compiling more of the
loop's code as it runs.
--publish-every (minutes, default 4): new data is "published" that often while the kiosk runs: the
manifest it is served names another listed version as the default, then the first again, and the kiosk
(refresh=60) picks each up at its next loop boundary. --no-updates serves the manifest as it is.
--dist DIR serves that build (default dist/), so a long run is not disturbed by other builds.
`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((x) => [x.name, x.value]));
}

const pct = (g: number) => `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)} %`;

const args = parseArgs(process.argv.slice(2));
if (args.positional.length) {
  process.stderr.write(`${USAGE.trim()}\n\nsoak: unexpected ${args.positional.join(' ')}\n`);
  process.exitCode = 1;
} else if (!helpRequested(args, USAGE)) {
  const minutes = Number(flag(args, 'minutes') ?? 30);
  const interval = Number(flag(args, 'interval') ?? 60);
  const warmup = Number(flag(args, 'warmup') ?? 10);
  const dist = path.resolve(ROOT, flag(args, 'dist') ?? 'dist');
  const jitless = args.flags.has('jitless');
  if (!args.flags.has('no-build')) await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist } });
  const server = await startStaticServer(dist);
  const browser = await launchBrowser([`--js-flags=--expose-gc${jitless ? ' --jitless' : ''}`]);
  // No service worker: it would answer the manifest requests the route below rewrites.
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'block',
  });
  const updates = !args.flags.has('no-updates');
  const publishEvery = Number(flag(args, 'publish-every') ?? 4);
  let publications = 0;
  if (updates)
    await context.route(/\/data\/manifest\.json$/, async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { default: string; versions: { id: string }[] };
      const other = manifest.versions
        .map((v) => v.id)
        .filter((id) => id !== manifest.default)
        .at(-1);
      const published = Math.floor((Date.now() - opened) / (publishEvery * 60_000));
      if (other && published % 2 === 1) manifest.default = other;
      publications = Math.max(publications, published);
      await route.fulfill({ response, body: JSON.stringify(manifest) });
    });
  const opened = Date.now();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A short idle time so the idle reset happens many times during the run, not just the loop.
  await page.goto(`${server.url}?kiosk=1&idle=20&lang=zh${updates ? '&refresh=60' : ''}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
  const started = Date.now();
  const sample = async (): Promise<SoakSample> => {
    // Every sample on the same screen, the loop's first step: a later step (the figures band) has more DOM
    // nodes, and a sample that happened to land on it would read as growth. The loop passes it every
    // couple of minutes; a visitor's pause ends with the reset to it.
    await page
      .waitForFunction(() => new URLSearchParams(location.search).get('step') === '1', null, {
        timeout: 240_000,
        polling: 500,
      })
      .catch(() => undefined);
    await page.waitForTimeout(3000);
    // LowMemoryNotification in V8: collects everything unreachable, not just the young generation.
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    return {
      at: (Date.now() - started) / 60000,
      heap: m.JSHeapUsedSize ?? NaN,
      nodes: m.Nodes ?? NaN,
      listeners: m.JSEventListeners ?? NaN,
    };
  };
  const samples: SoakSample[] = [];
  // Warm up for several loops of the stories and idle resets, so the baseline holds everything a loop
  // loads or compiles once (caches, shaders, fonts, V8's optimised code) and growth measures only what
  // accumulates.
  await page.waitForTimeout(warmup * 60_000);
  let firstSplit: HeapSplit | undefined;
  let lastSplit: HeapSplit | undefined;
  let middleSplit: HeapSplit | undefined;
  for (;;) {
    const s = await sample();
    samples.push(s);
    const done = Date.now() - started >= (warmup + minutes) * 60000;
    if (samples.length === 1) firstSplit = await takeHeapSplit(cdp);
    if (done) lastSplit = await takeHeapSplit(cdp);
    // Half way too, so the report shows whether what grew kept growing or levelled off.
    if (!done && !middleSplit && Date.now() - started >= (warmup + minutes / 2) * 60000)
      middleSplit = await takeHeapSplit(cdp);
    console.log(
      `${s.at.toFixed(1).padStart(6)} min  heap ${(s.heap / 1e6).toFixed(2)} MB  nodes ${s.nodes}  ` +
        `listeners ${s.listeners}  ${await page.locator('[data-testid="wall-status"] span').first().textContent()}`,
    );
    // Simulated visitors now and then, so the idle reset runs too.
    if (samples.length % 3 === 0) await page.mouse.click(960, 540);
    if (done) break;
    await page.waitForTimeout(interval * 1000);
  }
  const verdict = soakVerdict(
    samples,
    firstSplit && lastSplit ? { first: firstSplit, last: lastSplit } : undefined,
  );
  const last = samples.at(-1)!;
  console.log(
    `\nafter ${last.at.toFixed(1)} min (${samples.length} samples, Chromium ${browser.version()}` +
      `${jitless ? ', --jitless' : ''}${updates ? `, a new default published ${publications} times` : ''}):`,
  );
  const label = {
    heap: 'JS heap',
    nodes: 'DOM nodes',
    listeners: 'listeners',
    objects: 'page objects (heap snapshot without V8 code)',
    code: 'V8 code (heap snapshot)',
  } as const;
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  for (const r of verdict.rows) {
    const trend = Number.isNaN(r.perHour)
      ? ''
      : `   trend ${r.measure === 'heap' ? mb(r.perHour) : r.perHour.toFixed(1)} per hour`;
    const part = r.measure === 'objects' || r.measure === 'code' ? r.measure : null;
    const sizes =
      part && firstSplit && lastSplit
        ? `   ${[firstSplit, middleSplit, lastSplit]
            .filter((x) => x !== undefined)
            .map((x) => mb(x[part]))
            .join(' → ')}`
        : '';
    console.log(
      `  ${label[r.measure].padEnd(44)} ${pct(r.growth).padStart(8)}${sizes}${trend}${r.judged ? '' : '   (reported, not judged)'}`,
    );
  }
  await browser.close();
  await server.close();
  if (verdict.failed) {
    console.error('soak: page objects, DOM nodes or listeners grew more than 10 %');
    process.exitCode = 1;
  }
}
