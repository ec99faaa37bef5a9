/**
 * Publishes the data contract as JSON Schema (draft 2020-12) for researchers' own tools, generated from
 * the same Zod definitions the app and the validator use.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import {
  CURRENT_DATA_SCHEMA,
  FILE_SCHEMAS,
  Manifest,
  ManifestV1,
  STORY_SCHEMAS,
} from '../src/data/schema.ts';
import { DATA_DIR, flag, helpRequested, parseArgs } from './lib/cli.ts';
import { toJson } from './lib/write-version.ts';

const USAGE = `
Usage: npm run schema -- [--out DIR] [--check]

Writes the JSON Schema of each dataset file (manifest, nodes, flows, sources, figures, events, stories),
in the current dataset schema, to DIR
(default public/data/schema). With --check, writes nothing and exits 1 if the files are out of date.
`;

const TITLES: Record<string, string> = {
  'manifest.json': 'Dataset manifest: the list of versions and the checksum of each file',
  'nodes.json': 'Nodes: the center, the domestic hubs and the international partners',
  'flows.json': 'Flows: projects, talent and agreements between two nodes, dated as precisely as known',
  'sources.json': 'Sources cited by records',
  'figures.json': 'Key figures the sources report, each with its citation',
  'events.json':
    'Events: conferences, competitions, openings and visits at one node (never counted as flows)',
  'stories.json': 'Optional guided tours: steps with a time window, camera, focus, filters and a caption',
};

/**
 * File name → JSON Schema text, in a stable order: the current dataset schema at the top level, and each
 * earlier one under `v<n>/`, so a researcher can check any published version against the schema it was
 * written in (its manifest entry's `dataSchema`).
 */
export function schemaFiles(): Record<string, string> {
  const current: Record<string, z.ZodMiniType> = {
    'manifest.json': Manifest,
    ...FILE_SCHEMAS[CURRENT_DATA_SCHEMA],
    'stories.json': STORY_SCHEMAS[CURRENT_DATA_SCHEMA],
  };
  const v1: Record<string, z.ZodMiniType> = {
    'manifest.json': ManifestV1,
    ...FILE_SCHEMAS[1],
    'stories.json': STORY_SCHEMAS[1],
  };
  // Schema 2's record files are schema 3's; its stories lack step `nodes`, `figures` and `projection`.
  const v2: Record<string, z.ZodMiniType> = { ...FILE_SCHEMAS[2], 'stories.json': STORY_SCHEMAS[2] };
  const render = (prefix: string, schemas: Record<string, z.ZodMiniType>) =>
    Object.entries(schemas).map(([file, schema]) => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
      const id = `${prefix}${file.replace('.json', '.schema.json')}`;
      const named = { $id: id, title: TITLES[file], ...json };
      return [id, toJson(named)] as const;
    });
  return Object.fromEntries([...render('', current), ...render('v1/', v1), ...render('v2/', v2)]);
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
      fs.mkdirSync(path.dirname(file), { recursive: true });
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
