/** `npm run import-csv`: a new dataset version from researchers' spreadsheets. */
import type { Localized } from '../src/data/schema.ts';
import { DATA_DIR, flag, helpRequested, parseArgs, runScript } from './lib/cli.ts';
import { importCsvVersion } from './lib/import-version.ts';

const USAGE = `
Usage: npm run import-csv -- --nodes nodes.csv --flows flows.csv --id 2026.12 --version 1.2.0
         --published 2026-12-01 --title-zh … --title-en … --title-ru …
         --changelog-zh … --changelog-en … --changelog-ru …
         [--from 2026.11] [--data DIR] [--default] [--replace]

Creates version --id in DIR (default public/data): nodes.json and flows.json from the CSVs, sources.json,
figures.json and events.json copied from version --from (default: the manifest's default version). The version is
validated before the manifest is touched; on any problem nothing is written and every problem is listed
with its CSV row and column. --default makes the new version the default; --replace overwrites an
existing version with the same id.

CSV files: UTF-8 (in Excel: Save As → "CSV UTF-8"), comma-separated, header row first. Format the id and
date columns as Text, or Excel rewrites 2026-02 as a date. Lists (sources, partners) are separated by ";".
  nodes.csv  id,kind,name_zh,name_en,name_ru,short_zh,short_en,short_ru,country,lon,lat,since,status,
             provenance,sources,description_zh,description_en,description_ru
             (status is planned or active; short_*, description_* and predecessor_since,
             predecessor_name_zh/en/ru are optional)
  flows.csv  id,type,source,target,date,value,title_zh,title_en,title_ru,category,partners,
             provenance,sources
             (category and partners are optional)
Examples: scripts/examples/nodes.csv and scripts/examples/flows.csv.
`;

const REQUIRED = [
  'nodes',
  'flows',
  'id',
  'version',
  'published',
  ...['title', 'changelog'].flatMap((p) => [`${p}-zh`, `${p}-en`, `${p}-ru`]),
];

function run(): void {
  const args = parseArgs(process.argv.slice(2));
  if (helpRequested(args, USAGE)) return;
  const missing = REQUIRED.filter((name) => flag(args, name) === undefined);
  if (missing.length || args.positional.length) {
    const why = missing.length
      ? `missing ${missing.map((m) => `--${m}`).join(', ')}`
      : `unexpected ${args.positional.join(' ')}`;
    process.stderr.write(`${USAGE.trim()}\n\nimport-csv: ${why}\n`);
    process.exitCode = 1;
    return;
  }
  const text = (prefix: string): Localized => ({
    zh: flag(args, `${prefix}-zh`)!,
    en: flag(args, `${prefix}-en`)!,
    ru: flag(args, `${prefix}-ru`)!,
  });
  const dataDir = flag(args, 'data') ?? DATA_DIR;
  const result = importCsvVersion({
    dataDir,
    nodesCsv: flag(args, 'nodes')!,
    flowsCsv: flag(args, 'flows')!,
    id: flag(args, 'id')!,
    version: flag(args, 'version')!,
    published: flag(args, 'published')!,
    title: text('title'),
    changelog: text('changelog'),
    from: flag(args, 'from'),
    makeDefault: args.flags.has('default'),
    replace: args.flags.has('replace'),
  });
  if (!result.ok) {
    for (const m of result.messages) process.stderr.write(`${m}\n`);
    process.stderr.write(`\n${result.messages.length} problem(s); nothing was written.\n`);
    process.exitCode = 1;
    return;
  }
  const c = result.counts;
  process.stdout.write(
    `ok: version ${result.entry.id} written to ${dataDir}/${result.entry.folder}: ${c['nodes.json']} nodes, ` +
      `${c['flows.json']} flows; ${c['sources.json']} sources and ${c['figures.json']} figures from ` +
      `${result.from}.${args.flags.has('default') ? ' It is now the default version.' : ''}\n` +
      `Review it with: npm run diff -- ${result.from} ${result.entry.id}\n`,
  );
}

runScript('import-csv', run);
