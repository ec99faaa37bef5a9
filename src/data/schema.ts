/**
 * The data contract: the single source of truth for the dataset's shape.
 *
 * TypeScript types (`z.infer`), the runtime validator the app runs at its boundary, the validator the
 * scripts run, and the published JSON Schema (scripts/export-schema.ts) all come from these definitions.
 * Error messages are keys (e.g. `format.date`) so the UI can say them in the reader's language.
 */
// zod/mini: the same schemas at a fraction of the bytes every viewer downloads (functional checks).
import * as z from 'zod/mini';
import { isValidPartialDate } from '../domain/dates.ts';
import { HIDDEN_CHARACTERS } from './text.ts';

export const LANGS = ['zh', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const NODE_KINDS = ['center', 'hub', 'partner'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const FLOW_TYPES = ['project', 'talent', 'agreement'] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

export const PROVENANCES = ['reported', 'illustrative'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Files a dataset version folder holds; `stories.json` is optional. */
export const DATA_FILES = ['nodes.json', 'flows.json', 'sources.json', 'figures.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** Attaches JSON Schema metadata (description, a pattern for refinements JSON Schema cannot express). */
function describe<T extends z.ZodMiniType>(schema: T, meta: { description?: string; pattern?: string }): T {
  z.globalRegistry.add(schema, meta);
  return schema;
}

const text = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'text.empty' }),
  z.maxLength(2000, { error: 'text.tooLong' }),
  z.refine((s: string) => !HIDDEN_CHARACTERS.test(s), { error: 'text.hiddenCharacters' }),
);

const idString = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'format.id' }));
export const Id = describe(idString(), {
  description: 'Lower-case letters, digits and hyphens; at most 64 characters.',
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision is part of the data and is never made finer. */
const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const partialDate = (description: string) =>
  describe(z.string().check(z.refine(isValidPartialDate, { error: 'format.date' })), {
    description,
    pattern: DATE_PATTERN,
  });
export const PartialDate = partialDate('A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD.');

export const Localized = describe(z.strictObject({ zh: text, en: text, ru: text }), {
  description: 'The same text in Chinese, English and Russian.',
});
export type Localized = z.infer<typeof Localized>;

const SourceRefs = z.array(Id).check(z.maxLength(50));

export const Node = z.strictObject({
  id: Id,
  kind: z.enum(NODE_KINDS),
  name: Localized,
  /** A shorter label for the map when the full name is long (the center's is). */
  shortName: z.optional(Localized),
  country: describe(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'format.country' })), {
    description: 'ISO 3166-1 alpha-2',
  }),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  since: partialDate('When the node joined the network (for the center: its inauguration).'),
  /**
   * What this node was before `since`, when flows reach it earlier: the center was inaugurated in 2025,
   * but Qingdao's SCO technology-transfer network it grew from carries flows from 2018.
   */
  predecessor: z.optional(
    describe(z.strictObject({ since: PartialDate, name: Localized }), {
      description: 'What the node was before `since`; flows may start at `predecessor.since`.',
    }),
  ),
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
  description: z.optional(Localized),
});
export type Node = z.infer<typeof Node>;

export const Flow = z.strictObject({
  id: Id,
  type: z.enum(FLOW_TYPES),
  source: Id,
  target: Id,
  date: PartialDate,
  value: z.int({ error: 'format.integer' }).check(z.minimum(1), z.maximum(1_000_000)),
  title: Localized,
  category: z.optional(
    describe(idString(), {
      description: 'Optional finer kind, e.g. high-level-talent, conference, competition, tech-transfer.',
    }),
  ),
  partners: z.optional(z.array(text).check(z.maxLength(50))),
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
});
export type Flow = z.infer<typeof Flow>;

/** Only http(s) links: a `javascript:` or `data:` URL in a dataset must never become a link. */
export const HttpUrl = z.string().check(
  z.maxLength(2000),
  z.refine((s: string) => /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s), { error: 'format.url' }),
);

export const Source = z.strictObject({
  id: Id,
  title: text,
  publisher: text,
  date: PartialDate,
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'format.language' })),
  url: z.optional(HttpUrl),
  authors: z.optional(z.array(text).check(z.maxLength(50))),
});
export type Source = z.infer<typeof Source>;

/** A headline figure the report gives, shown with its citation ("143 bases", "50+ countries"). */
export const Figure = z.strictObject({
  id: Id,
  label: Localized,
  value: z.number().check(z.minimum(0)),
  /** `atLeast` renders as "50+": the report gives a lower bound, not an exact count. */
  qualifier: z.enum(['exact', 'atLeast']),
  asOf: PartialDate,
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
  note: z.optional(Localized),
});
export type Figure = z.infer<typeof Figure>;

export const NodesFile = z.array(Node).check(z.maxLength(100_000));
export const FlowsFile = z.array(Flow).check(z.maxLength(2_000_000));
export const SourcesFile = z.array(Source).check(z.maxLength(10_000));
export const FiguresFile = z.array(Figure).check(z.maxLength(1_000));

/** One record of each file, for checking the records of a file that failed as a whole one by one. */
export const RECORD_SCHEMAS = {
  'nodes.json': Node,
  'flows.json': Flow,
  'sources.json': Source,
  'figures.json': Figure,
} as const satisfies Record<DataFile, z.ZodMiniType>;

export const FILE_SCHEMAS = {
  'nodes.json': NodesFile,
  'flows.json': FlowsFile,
  'sources.json': SourcesFile,
  'figures.json': FiguresFile,
} as const satisfies Record<DataFile, z.ZodMiniType>;

const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'format.sha256' }));

export const ManifestVersion = z.strictObject({
  id: z.string().check(z.regex(/^\d{4}\.\d{2}(\.\d+)?$/, { error: 'format.versionId' })),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'format.semver' })),
  published: PartialDate,
  title: Localized,
  changelog: Localized,
  folder: z.string().check(z.regex(/^[A-Za-z0-9._-]+$/, { error: 'format.folder' })),
  files: z.record(z.string().check(z.regex(/^[a-z]+\.json$/, { error: 'format.fileName' })), Sha256),
});
export type ManifestVersion = z.infer<typeof ManifestVersion>;

export const Manifest = z.strictObject({
  schema: z.literal(1),
  default: z.string(),
  versions: z.array(ManifestVersion).check(z.minLength(1), z.maxLength(500)),
});
export type Manifest = z.infer<typeof Manifest>;

/** A version after validation: everything the app shows comes from one of these. */
export interface Dataset {
  version: ManifestVersion;
  nodes: Node[];
  flows: Flow[];
  sources: Source[];
  figures: Figure[];
}

/**
 * The basemap's description (public/data/basemap/basemap.json). A deployer in China replaces the
 * boundary files with an approved map and puts its review number (审图号) in `approvalNumber`.
 */
export const BasemapMeta = z.strictObject({
  source: text,
  license: text,
  attribution: Localized,
  approvalNumber: z.nullable(text),
  files: z.strictObject({
    land: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.geojson$/, { error: 'format.fileName' })),
    borders: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.geojson$/, { error: 'format.fileName' })),
  }),
});
export type BasemapMeta = z.infer<typeof BasemapMeta>;

/** A step of a guided tour: the window, camera, focus and filters to show, and what to say. */
export const StoryStep = z.strictObject({
  /** A period or range as the URL writes it (`2018`, `2025-Q3`, `2019..2024`). */
  time: z.string().check(
    z.regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?(\.\.\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?)?$/, {
      error: 'format.period',
    }),
  ),
  mode: z.optional(z.enum(['period', 'cumulative'])),
  camera: z.optional(
    z.strictObject({
      lon: z.number().check(z.minimum(-180), z.maximum(180)),
      lat: z.number().check(z.minimum(-85), z.maximum(85)),
      zoom: z.number().check(z.minimum(0), z.maximum(22)),
    }),
  ),
  node: z.optional(Id),
  types: z.optional(z.array(z.enum(FLOW_TYPES))),
  kinds: z.optional(z.array(z.enum(NODE_KINDS))),
  caption: Localized,
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
});
export type StoryStep = z.infer<typeof StoryStep>;

export const Story = z.strictObject({
  id: Id,
  title: Localized,
  steps: z.array(StoryStep).check(z.minLength(1), z.maxLength(100)),
});
export type Story = z.infer<typeof Story>;

/** `stories.json`, optional in a version: guided tours for presentations and kiosks. */
export const StoriesFile = z.array(Story).check(z.maxLength(100));
