/** `npm run diff`: what a new dataset version adds, removes and changes, record by record. */
import { issueToEnglish, type DataIssue } from '../src/data/issues.ts';
import type { Dataset } from '../src/data/schema.ts';
import { diffDatasets } from '../src/domain/diff.ts';
import { DATA_DIR, flag, helpRequested, parseArgs, runScript } from './lib/cli.ts';
import { diffCounts, diffToText } from './lib/diff-text.ts';
import { loadManifest, loadVersion } from './lib/load-local.ts';

const USAGE = `
Usage: npm run diff -- <versionA> <versionB> [--data DIR] [--format text|json]

Compares two dataset versions listed in DIR/manifest.json (default public/data), matching records by id.
Both versions are validated first. Text output has one line per record:
  + flows.json i2-talent-003 (2026-02, talent, moscow → qingdao)     added in versionB
  - nodes.json old-node (partner, RU, Old node)                      removed in versionB
  ~ flows.json i-tech-001: date "2019" → "2019-06"                   changed fields
and ends with a summary line of counts per file. --format json prints the whole structure instead.
Exit code 1 when a version is unknown or invalid.
`;

function fail(message: string, issues: DataIssue[] = []): void {
  for (const issue of issues) process.stderr.write(`${issueToEnglish(issue)}\n`);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

function run(): void {
  const args = parseArgs(process.argv.slice(2));
  if (helpRequested(args, USAGE)) return;
  const [from, to, ...extra] = args.positional;
  const format = flag(args, 'format') ?? 'text';
  if (!from || !to || extra.length || (format !== 'text' && format !== 'json')) {
    process.stderr.write(`${USAGE.trim()}\n`);
    process.exitCode = 1;
    return;
  }
  const dir = flag(args, 'data') ?? DATA_DIR;
  const manifest = loadManifest(dir);
  if (!manifest.ok) return fail(`The manifest in ${dir} is invalid; run npm run validate.`, manifest.issues);

  const known = manifest.value.versions.map((v) => v.id);
  const datasets: Dataset[] = [];
  for (const id of [from, to]) {
    const result = loadVersion(dir, manifest.value, id);
    if (!result.ok) {
      const why = known.includes(id) ? 'is invalid' : `is unknown (known: ${known.join(', ')})`;
      return fail(`Version ${id} ${why}.`, result.issues);
    }
    datasets.push(result.value);
  }

  const diff = diffDatasets(datasets[0]!, datasets[1]!);
  if (format === 'json') {
    const out = { from, to, counts: diffCounts(diff), ...diff };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${diffToText(from, to, diff).join('\n')}\n`);
  }
}

runScript('diff', run);
