/**
 * `npm run soak`: the kiosk left running in headless Chromium, sampled every interval for JS heap (after
 * a forced GC), DOM nodes and event listeners. Reports growth from the first to the last sample and exits
 * 1 when any grows by more than 10 %. Not part of `npm test`: it takes as long as you ask (default 30 min).
 */
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../e2e/browser.ts';
import { startStaticServer } from '../e2e/staticServer.ts';
import { flag, helpRequested, parseArgs, ROOT } from './lib/cli.ts';

const USAGE = `
Usage: npm run soak -- [--minutes 30] [--interval 60] [--no-build]

Runs ?kiosk=1 (stories looping, idle reset) in headless Chromium and samples, every --interval seconds,
the JS heap after garbage collection, the DOM node count and the event-listener count (Chrome DevTools
Protocol). Prints each sample and the growth; exit code 1 when a measure grows more than 10 %.
`;

interface Sample {
  at: number;
  heap: number;
  nodes: number;
  listeners: number;
}

const args = parseArgs(process.argv.slice(2));
if (!helpRequested(args, USAGE)) {
  const minutes = Number(flag(args, 'minutes') ?? 30);
  const interval = Number(flag(args, 'interval') ?? 60);
  if (!args.flags.has('no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await startStaticServer(path.join(ROOT, 'dist'));
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A short idle time so the idle reset happens many times during the run, not just the loop.
  await page.goto(`${server.url}?kiosk=1&idle=20&lang=zh`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
  const sample = async (at: number): Promise<Sample> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { at, heap: m.JSHeapUsedSize ?? NaN, nodes: m.Nodes ?? NaN, listeners: m.JSEventListeners ?? NaN };
  };
  const samples: Sample[] = [];
  const started = Date.now();
  // Warm up for one whole loop of the stories and an idle reset, so the baseline holds everything a loop
  // loads once (caches, compiled shaders, fonts) and growth measures only what accumulates.
  await page.waitForTimeout(90_000);
  for (;;) {
    const s = await sample((Date.now() - started) / 60000);
    samples.push(s);
    console.log(
      `${s.at.toFixed(1).padStart(5)} min  heap ${(s.heap / 1e6).toFixed(2)} MB  nodes ${s.nodes}  listeners ${s.listeners}`,
    );
    // Simulated visitors now and then, so the idle reset runs too.
    if (samples.length % 3 === 0) await page.mouse.click(960, 540);
    if (Date.now() - started >= minutes * 60000) break;
    await page.waitForTimeout(interval * 1000);
  }
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const growth = (a: number, b: number) => (b - a) / a;
  const rows = [
    ['JS heap', growth(first.heap, last.heap)],
    ['DOM nodes', growth(first.nodes, last.nodes)],
    ['listeners', growth(first.listeners, last.listeners)],
  ] as const;
  console.log(
    `\nafter ${last.at.toFixed(1)} min (${samples.length} samples, Chromium ${browser.version()}):`,
  );
  for (const [name, g] of rows) console.log(`  ${name.padEnd(10)} ${(g * 100).toFixed(1)} %`);
  await browser.close();
  await server.close();
  if (rows.some(([, g]) => g > 0.1)) {
    console.error('soak: growth above 10 %');
    process.exitCode = 1;
  }
}
