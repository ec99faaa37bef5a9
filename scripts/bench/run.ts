/**
 * `npm run bench`: measured figures for the README — the time index at scale (Node) and the map in
 * headless Chromium. Nothing here asserts a timing.
 */
import os from 'node:os';
import { flag, helpRequested, parseArgs } from '../lib/cli.ts';
import { runMapBench } from './map-bench.ts';
import { runWindowBench } from './window-query.ts';

const USAGE = `
Usage: npm run bench -- [--sizes 1000,10000,100000] [--seconds 10] [--records 1000000] [--edges 100000] [--skip-map]

1. Time index: builds the per-edge cumulative index for --records flow records over --edges edges and
   times one window query (median).
2. Map: builds the app, serves it with generated versions of each size, and in headless Chromium measures
   geometry build time, per-frame main-thread time of the animation (every requestAnimationFrame callback,
   summed per frame) and frames per second over --seconds. Needs Debian's chromium.
`;

const args = parseArgs(process.argv.slice(2));
if (!helpRequested(args, USAGE)) {
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)} ms`);
  const w = runWindowBench(
    Number(flag(args, 'records') ?? 1_000_000),
    Number(flag(args, 'edges') ?? 100_000),
  );
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  );
  console.log(
    `\nTime index — ${w.records.toLocaleString('en')} records over ${w.edges.toLocaleString('en')} edges`,
  );
  console.log(`  build: network index ${ms(w.networkMs)} + per-edge cumulative sums ${ms(w.edgeIndexMs)}`);
  console.log(
    `  one window query (median of 50): per-edge totals ${ms(w.totalsMs)}; full aggregate with sorted edge list ${ms(w.aggregateMs)}`,
  );
  if (!args.flags.has('skip-map')) {
    const sizes = (flag(args, 'sizes') ?? '1000,10000,100000').split(',').map(Number);
    const seconds = Number(flag(args, 'seconds') ?? 10);
    const { rows, chromium } = await runMapBench(sizes, seconds);
    console.log(
      `\nMap — headless Chromium ${chromium}, WebGL on SwiftShader (CPU), 1280×800, ${seconds} s per size`,
    );
    console.log('  records  arcs    geometry   ready      frame JS mean  frame JS p95  fps');
    for (const r of rows) {
      console.log(
        `  ${String(r.records).padEnd(8)} ${String(r.arcs).padEnd(7)} ${ms(r.geometryMs).padEnd(10)} ${(r.readyMs === null ? 'not ready' : `${(r.readyMs / 1000).toFixed(1)} s`).padEnd(10)} ${ms(r.frameMeanMs).padEnd(14)} ${ms(r.frameP95Ms).padEnd(13)} ${r.fps === null ? 'n/a' : r.fps.toFixed(1)}`,
      );
    }
    const base = rows[0];
    if (base?.frameMeanMs) {
      console.log('  ratios to the smallest size (frame JS mean / fps):');
      for (const r of rows)
        console.log(
          `    ${r.records}: ${r.frameMeanMs ? (r.frameMeanMs / base.frameMeanMs).toFixed(2) : 'n/a'} / ${r.fps && base.fps ? (r.fps / base.fps).toFixed(2) : 'n/a'}`,
        );
    }
  }
}
