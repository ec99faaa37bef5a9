/**
 * Which files a dataset version folder holds, per dataset schema. In a module of its own, without the
 * validators, so the page's earliest script (src/early.ts) can ask for them before the app has loaded.
 */

/** The dataset schemas a version's files can follow (see src/data/schema.ts). */
export const DATA_SCHEMAS = [1, 2, 3] as const;
export type DataSchema = (typeof DATA_SCHEMAS)[number];

/** Files a dataset version folder holds, per dataset schema; `stories.json` is optional in all. */
export const FILES_OF_SCHEMA = {
  1: ['nodes.json', 'flows.json', 'sources.json', 'figures.json'],
  2: ['nodes.json', 'flows.json', 'sources.json', 'figures.json', 'events.json'],
  3: ['nodes.json', 'flows.json', 'sources.json', 'figures.json', 'events.json'],
} as const satisfies Record<DataSchema, readonly string[]>;
