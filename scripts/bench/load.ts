/**
 * `npm run bench:load`: how soon a viewer sees flows, against a bare MapLibre page and an ECharts
 * migration map reading the same files (see load-bench.ts for what each figure means). Builds the app
 * first. Prints medians, ratios and the ratios per round (their spread); asserts nothing.
 */
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { flag, helpRequested, parseArgs, ROOT } from '../lib/cli.ts';
import { median, runLoadBench, type LoadSample, type PageKind, type Throttle } from './load-bench.ts';

const USAGE = `
Usage: npm run bench:load -- [--rounds 5] [--skip-throttled | --skip-local]

Loads the app's production build, a bare MapLibre page and an ECharts geo+lines page in fresh headless
Chromium contexts, --rounds times each, interleaved, first on the local network and then throttled
(1.6 Mbit/s down, 150 ms latency, CPU 4× slower). Prints the median time to the first picture with
flows, to the full map, and the bytes transferred before each.
`;

const SLOW: Throttle = { bandwidth: 1.6e6, latencyMs: 150, cpuSlowdown: 4 };

const args = parseArgs(process.argv.slice(2));
if (!helpRequested(args, USAGE)) {
  const rounds = Number(flag(args, 'rounds') ?? 5);
  await build({ root: ROOT, logLevel: 'warn' });
  const throttles = args.flags.has('skip-throttled')
    ? [undefined]
    : args.flags.has('skip-local')
      ? [SLOW]
      : [undefined, SLOW];
  const { results, chromium } = await runLoadBench(path.join(ROOT, 'dist'), rounds, throttles);
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, headless Chromium ${chromium}, WebGL on SwiftShader, 1280×720, gzip, ${rounds} rounds (medians)`,
  );
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (const { throttle, samples } of results) {
    console.log(
      throttle
        ? `\nThrottled: ${throttle.bandwidth / 1e6} Mbit/s, ${throttle.latencyMs} ms latency, CPU ×${throttle.cpuSlowdown}`
        : '\nLocal network, no throttling',
    );
    const m = (kind: PageKind, key: keyof LoadSample) => median(samples[kind].map((x) => x[key]));
    console.log('  page      first picture  full map   bytes before first picture  bytes by full map');
    for (const kind of ['app', 'maplibre', 'echarts'] as const)
      console.log(
        `  ${kind.padEnd(9)} ${s(m(kind, 'firstPictureMs')).padEnd(14)} ${s(m(kind, 'fullMapMs')).padEnd(10)} ${kb(m(kind, 'bytesBeforeFirstPicture')).padEnd(27)} ${kb(m(kind, 'bytesTotal'))}`,
      );
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `  ratios: app first picture / ECharts ${ratio(m('app', 'firstPictureMs'), m('echarts', 'firstPictureMs'))}; app full map / MapLibre ${ratio(m('app', 'fullMapMs'), m('maplibre', 'fullMapMs'))}; app bytes by full map / MapLibre ${ratio(m('app', 'bytesTotal'), m('maplibre', 'bytesTotal'))}`,
    );
    // The same ratios within each round (its three loads ran one after another), to show the spread.
    const perRound = (key: keyof LoadSample, other: PageKind) => {
      const rs = samples.app.map((a, i) => a[key] / samples[other][i]![key]);
      return `${median(rs).toFixed(2)} (${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)})`;
    };
    console.log(
      `  per round, median (min–max): first picture / ECharts ${perRound('firstPictureMs', 'echarts')}; full map / MapLibre ${perRound('fullMapMs', 'maplibre')}`,
    );
  }
}
