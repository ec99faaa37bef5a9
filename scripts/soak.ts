/**
 * `npm run soak`: the kiosk left running in headless Chromium, sampled every interval for JS heap, DOM
 * nodes and event listeners. Reports the growth from the first sample to the last and the trend per hour,
 * and exits 1 when any grows by more than 10 %. Not part of `npm test`: it takes as long as you ask
 * (default 30 min).
 */
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../e2e/browser.ts';
import { startStaticServer } from '../e2e/staticServer.ts';
import { flag, helpRequested, parseArgs, ROOT } from './lib/cli.ts';
import { growth, slopePerHour, soakVerdict, type SoakSample } from './lib/soak-stats.ts';

const USAGE = `
Usage: npm run soak -- [--minutes 30] [--interval 60] [--no-build] [--dist DIR]

Runs ?kiosk=1 (stories looping, idle reset) in headless Chromium and samples, every --interval seconds,
the DOM node count, the event-listener count and the JS heap (Chrome DevTools Protocol). The heap is read
twice: after a garbage collection, and after Chromium's critical memory-pressure signal and another
collection. The second is what the page holds on to and cannot give back; it is the one judged (V8 keeps
compiled code and type feedback until memory runs short, which the first includes). Prints each sample,
the growth from the first sample to the last and the trend per hour; exit code 1 when the retained heap,
the nodes or the listeners grow more than 10 %.
`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((x) => [x.name, x.value]));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const pct = (g: number) => `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)} %`;

const args = parseArgs(process.argv.slice(2));
if (args.positional.length) {
  process.stderr.write(`${USAGE.trim()}\n\nsoak: unexpected ${args.positional.join(' ')}\n`);
  process.exitCode = 1;
} else if (!helpRequested(args, USAGE)) {
  const minutes = Number(flag(args, 'minutes') ?? 30);
  const interval = Number(flag(args, 'interval') ?? 60);
  const dist = path.resolve(ROOT, flag(args, 'dist') ?? 'dist');
  if (!args.flags.has('no-build')) await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist } });
  const server = await startStaticServer(dist);
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A short idle time so the idle reset happens many times during the run, not just the loop.
  await page.goto(`${server.url}?kiosk=1&idle=20&lang=zh`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
  const started = Date.now();
  const sample = async (): Promise<SoakSample & { heapAfterGc: number }> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    return {
      at: (Date.now() - started) / 60000,
      heap: m.JSHeapUsedSize ?? NaN,
      heapAfterGc: afterGc.JSHeapUsedSize ?? NaN,
      nodes: m.Nodes ?? NaN,
      listeners: m.JSEventListeners ?? NaN,
    };
  };
  const samples: Array<SoakSample & { heapAfterGc: number }> = [];
  // Warm up for one whole loop of the stories and an idle reset, so the baseline holds everything a loop
  // loads once (caches, compiled shaders, fonts) and growth measures only what accumulates.
  await page.waitForTimeout(90_000);
  for (;;) {
    const s = await sample();
    samples.push(s);
    console.log(
      `${s.at.toFixed(1).padStart(6)} min  heap retained ${mb(s.heap)}  after GC ${mb(s.heapAfterGc)}  ` +
        `nodes ${s.nodes}  listeners ${s.listeners}`,
    );
    // Simulated visitors now and then, so the idle reset runs too.
    if (samples.length % 3 === 0) await page.mouse.click(960, 540);
    if (Date.now() - started >= minutes * 60000) break;
    await page.waitForTimeout(interval * 1000);
  }
  const verdict = soakVerdict(samples);
  const last = samples.at(-1)!;
  console.log(
    `\nafter ${last.at.toFixed(1)} min (${samples.length} samples, Chromium ${browser.version()}):`,
  );
  const label = { heap: 'JS heap retained', nodes: 'DOM nodes', listeners: 'listeners' } as const;
  for (const r of verdict.rows) {
    const unit = r.measure === 'heap' ? `${(r.perHour / 1e6).toFixed(2)} MB` : r.perHour.toFixed(1);
    console.log(`  ${label[r.measure].padEnd(18)} ${pct(r.growth).padStart(8)}   trend ${unit} per hour`);
  }
  const afterGc = samples.map((s) => ({ ...s, heap: s.heapAfterGc }));
  console.log(
    `  ${'JS heap after GC'.padEnd(18)} ${pct(growth(afterGc, 'heap')).padStart(8)}   trend ` +
      `${(slopePerHour(afterGc, 'heap') / 1e6).toFixed(2)} MB per hour (not judged: includes what V8 gives back under memory pressure)`,
  );
  await browser.close();
  await server.close();
  if (verdict.failed) {
    console.error('soak: growth above 10 %');
    process.exitCode = 1;
  }
}
