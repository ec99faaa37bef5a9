/**
 * Writes the shipped dataset versions into public/data from the reported facts (scripts/data/reported.ts)
 * and the seeded illustrative detail (scripts/data/generate.ts), then their manifest entries.
 */
import { buildVersions, SEED } from './data/generate.ts';
import { DATA_DIR, flag, helpRequested, parseArgs } from './lib/cli.ts';
import { upsertManifestVersion, writeVersionFiles } from './lib/write-version.ts';

const USAGE = `
Usage: npm run data -- [--out DIR] [--seed N]

Regenerates the shipped dataset versions (2025.09 and 2026.11) and their manifest entries.
The output is deterministic: the same seed writes the same bytes.
  --out DIR   data folder (default public/data)
  --seed N    seed for the illustrative detail (default ${SEED})
`;

const args = parseArgs(process.argv.slice(2));
if (!helpRequested(args, USAGE)) {
  const out = flag(args, 'out') ?? DATA_DIR;
  const seed = Number(flag(args, 'seed') ?? SEED);
  const versions = buildVersions(seed);
  versions.forEach((v, i) => {
    const files = writeVersionFiles(out, v.id, {
      'nodes.json': v.nodes,
      'flows.json': v.flows,
      'sources.json': v.sources,
      'figures.json': v.figures,
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
      },
      i === versions.length - 1,
    );
    console.log(`wrote ${out}/${v.id}: ${v.nodes.length} nodes, ${v.flows.length} flows`);
  });
}
