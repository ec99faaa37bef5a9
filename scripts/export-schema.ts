/**
 * Publishes the data contract as JSON Schema (draft 2020-12) for researchers' own tools, generated from
 * the same Zod definitions the app and the validator use.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { FILE_SCHEMAS, Manifest, StoriesFile } from '../src/data/schema.ts';
import { DATA_DIR, flag, helpRequested, parseArgs } from './lib/cli.ts';
import { toJson } from './lib/write-version.ts';

const USAGE = `
Usage: npm run schema -- [--out DIR] [--check]

Writes the JSON Schema of each dataset file (manifest, nodes, flows, sources, figures) to DIR
(default public/data/schema). With --check, writes nothing and exits 1 if the files are out of date.
`;

const TITLES: Record<string, string> = {
  'manifest.json': 'Dataset manifest: the list of versions and the checksum of each file',
  'nodes.json': 'Nodes: the center, the domestic hubs and the international partners',
  'flows.json': 'Flows: projects, talent and agreements between two nodes, dated as precisely as known',
  'sources.json': 'Sources cited by records',
  'figures.json': 'Key figures the source reports, each with its citation',
  'stories.json': 'Optional guided tours: steps with a time window, camera, focus, filters and a caption',
};

/** File name → JSON Schema text, in a stable order. */
export function schemaFiles(): Record<string, string> {
  const schemas: Record<string, z.ZodMiniType> = {
    'manifest.json': Manifest,
    ...FILE_SCHEMAS,
    'stories.json': StoriesFile,
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, schema]) => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
      const named = { $id: `${file.replace('.json', '')}.schema.json`, title: TITLES[file], ...json };
      return [file.replace('.json', '.schema.json'), toJson(named)];
    }),
  );
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  if (!helpRequested(args, USAGE)) {
    const out = flag(args, 'out') ?? path.join(DATA_DIR, 'schema');
    const stale: string[] = [];
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(schemaFiles())) {
      const file = path.join(out, name);
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current === text) continue;
      if (args.flags.has('check')) stale.push(name);
      else fs.writeFileSync(file, text);
    }
    if (stale.length) {
      console.error(`JSON Schema out of date: ${stale.join(', ')}. Run npm run schema.`);
      process.exitCode = 1;
    } else console.log(`JSON Schema in ${out} is up to date`);
  }
}
