/**
 * Writes the shipped public-record version into public/data from the reported facts (scripts/data/reported.ts)
 * and the seeded illustrative detail (scripts/data/illustrative.ts), then its manifest entry. Versions
 * published earlier are never rewritten: their bytes are what citations point at.
 */
import { buildPublicRecord, SEED, SUPERSEDED_REASON } from './data/generate.ts';
import { DATA_DIR, flag, helpRequested, parseArgs } from './lib/cli.ts';
import { upsertManifestVersion, writeVersionFiles } from './lib/write-version.ts';

const USAGE = `
Usage: npm run data -- [--out DIR] [--seed N]

Regenerates the public-record version (2026.12.1) and its manifest entry, makes it the default, and keeps
2025.09 and 2026.11 marked as superseded by 2026.12. Earlier versions' files are left untouched.
The output is deterministic: the same seed writes the same bytes.
  --out DIR   data folder (default public/data)
  --seed N    seed for the illustrative detail (default ${SEED})
`;

const args = parseArgs(process.argv.slice(2));
if (!helpRequested(args, USAGE)) {
  const out = flag(args, 'out') ?? DATA_DIR;
  const v = buildPublicRecord(Number(flag(args, 'seed') ?? SEED));
  const files = writeVersionFiles(out, v.id, {
    'nodes.json': v.nodes,
    'flows.json': v.flows,
    'sources.json': v.sources,
    'figures.json': v.figures,
    'events.json': v.events,
    'stories.json': v.stories,
  });
  upsertManifestVersion(
    out,
    {
      id: v.id,
      version: v.version,
      published: v.published,
      title: v.title,
      changelog: v.changelog,
      folder: v.id,
      files,
      dataSchema: 3,
    },
    true,
    // 2026.12 replaced these; what it was replaced by is still what they point to.
    { ids: ['2025.09', '2026.11'], by: '2026.12', reason: SUPERSEDED_REASON },
  );
  console.log(
    `wrote ${out}/${v.id}: ${v.nodes.length} nodes, ${v.flows.length} flows, ${v.events.length} events`,
  );
}
