/**
 * The data contract: the single source of truth for the dataset's shape.
 *
 * TypeScript types (`z.infer`), the runtime validator the app runs at its boundary, the validator the
 * scripts run, and the published JSON Schema (scripts/export-schema.ts) all come from these definitions.
 * Error messages are keys (e.g. `format.date`) so the UI can say them in the reader's language.
 */
// zod/mini: the same schemas at a fraction of the bytes every viewer downloads (functional checks).
import * as z from 'zod/mini';
import { isValidPartialDate } from './dates.ts';
import { hasNoVisibleCharacter, HIDDEN_CHARACTERS } from './text.ts';
import { DATA_SCHEMAS, FILES_OF_SCHEMA, type DataSchema } from './dataFiles.ts';

export const LANGS = ['zh', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const NODE_KINDS = ['center', 'hub', 'partner'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const FLOW_TYPES = ['project', 'talent', 'agreement'] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

export const PROVENANCES = ['reported', 'illustrative'] as const;

/** A node of the network is either built (active) or announced and not yet built (planned). */
export const NODE_STATUSES = ['planned', 'active'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

/** What happened at a place: an event is drawn at its node and never counts as a flow. */
export const EVENT_KINDS = [
  'summit',
  'conference',
  'competition',
  'inauguration',
  'opening',
  'signing',
  'visit',
  'meeting',
] as const;

/**
 * The dataset schemas a version's files can follow. Each manifest entry says which one (`dataSchema`);
 * src/data/migrations.ts lifts an older one to the current shape right after validation, so the app and
 * the scripts read every version ever published. Schema 2 (2026-12) added events.json, node `status`,
 * the figure qualifier `dozens`, and optional source `date` and `note`. Schema 3 (2026-12) changed stories
 * only: a step may name the nodes it is about (`nodes`), the headline figures it shows (`figures`) and the
 * projection it is drawn in (`projection`).
 */
export { DATA_SCHEMAS, FILES_OF_SCHEMA, type DataSchema };
export const CURRENT_DATA_SCHEMA: DataSchema = 3;

export const DATA_FILES = FILES_OF_SCHEMA[CURRENT_DATA_SCHEMA];
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
  z.refine((s: string) => s.length === 0 || !hasNoVisibleCharacter(s), { error: 'text.invisible' }),
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
const Count = (max: number) => z.int({ error: 'format.integer' }).check(z.minimum(1), z.maximum(max));

const nodeFields = {
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
   * What this node was before `since`, when flows reach it earlier: the center was inaugurated in 2025 and
   * grew out of the China–SCO Technology Transfer Center, unveiled in 2020, whose flows reach it from then.
   */
  predecessor: z.optional(
    describe(z.strictObject({ since: PartialDate, name: Localized }), {
      description: 'What the node was before `since`; flows may start at `predecessor.since`.',
    }),
  ),
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
  description: z.optional(Localized),
};

export const NodeV1 = z.strictObject(nodeFields);
export const Node = z.strictObject({
  ...nodeFields,
  /** `planned`: announced, not yet built (drawn distinctly and labelled so); `active`: built. */
  status: describe(z.enum(NODE_STATUSES), {
    description: 'planned (announced, not built) or active (built), as the node’s sources say.',
  }),
});
export type Node = z.infer<typeof Node>;

export const Flow = z.strictObject({
  id: Id,
  type: z.enum(FLOW_TYPES),
  source: Id,
  target: Id,
  date: PartialDate,
  value: Count(1_000_000),
  title: Localized,
  category: z.optional(
    describe(idString(), {
      description: 'Optional finer kind, e.g. high-level-talent, tech-transfer, institution-cooperation.',
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

const sourceFields = {
  id: Id,
  title: text,
  publisher: text,
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'format.language' })),
  url: z.optional(HttpUrl),
  authors: z.optional(z.array(text).check(z.maxLength(50))),
};
export const SourceV1 = z.strictObject({ ...sourceFields, date: PartialDate });
export const Source = z.strictObject({
  ...sourceFields,
  /** Absent when the page shows no publication date: a citation then says "n.d." rather than guess. */
  date: z.optional(PartialDate),
  /** How the source was read, e.g. "read in a repost at …; the original was not found". */
  note: z.optional(text),
});
export type Source = z.infer<typeof Source>;

const figureFields = {
  id: Id,
  label: Localized,
  asOf: PartialDate,
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
  note: z.optional(Localized),
};
export const FigureV1 = z.strictObject({
  ...figureFields,
  value: z.number().check(z.minimum(0)),
  qualifier: z.enum(['exact', 'atLeast']),
});
/** A headline figure a source gives, shown with its citation ("143 bases", "50+ countries", "dozens"). */
export const Figure = z.strictObject({
  ...figureFields,
  /** Absent exactly when the qualifier is `dozens`: the source gives no number. */
  value: z.optional(z.number().check(z.minimum(0))),
  /** `atLeast` renders as "50+"; `dozens` (数十, десятки) is what the source says instead of a number. */
  qualifier: z.enum(['exact', 'atLeast', 'dozens']),
});
export type Figure = z.infer<typeof Figure>;

/** A conference, a competition, an opening, a visit: something that happened at one node. */
export const Event = z.strictObject({
  id: Id,
  node: Id,
  /** One date, or `start` and `end` for an event that lasted several days. */
  date: z.optional(PartialDate),
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
  kind: z.enum(EVENT_KINDS),
  title: Localized,
  description: z.optional(Localized),
  /** How many people attended, as the source says it ("300+" is 300 atLeast). */
  attendance: z.optional(
    z.strictObject({ value: Count(10_000_000), qualifier: z.enum(['exact', 'atLeast']) }),
  ),
  /** How many countries took part, as the source says. */
  countries: z.optional(Count(250)),
  partners: z.optional(z.array(text).check(z.maxLength(50))),
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
});
export type Event = z.infer<typeof Event>;

export const NodesFile = z.array(Node).check(z.maxLength(100_000));
export const FlowsFile = z.array(Flow).check(z.maxLength(2_000_000));
export const SourcesFile = z.array(Source).check(z.maxLength(10_000));
export const FiguresFile = z.array(Figure).check(z.maxLength(1_000));
export const EventsFile = z.array(Event).check(z.maxLength(100_000));

/** One record of each file, per dataset schema: for checking a file that failed as a whole record by record. */
const RECORDS_V2 = {
  'nodes.json': Node,
  'flows.json': Flow,
  'sources.json': Source,
  'figures.json': Figure,
  'events.json': Event,
} as const;
export const RECORD_SCHEMAS = {
  1: { 'nodes.json': NodeV1, 'flows.json': Flow, 'sources.json': SourceV1, 'figures.json': FigureV1 },
  2: RECORDS_V2,
  // Schema 3 changed stories.json only (STORY_SCHEMAS): its records are schema 2's.
  3: RECORDS_V2,
} as const;

const FILES_V2 = {
  'nodes.json': NodesFile,
  'flows.json': FlowsFile,
  'sources.json': SourcesFile,
  'figures.json': FiguresFile,
  'events.json': EventsFile,
} as const;

/** Each file as a whole, per dataset schema. */
export const FILE_SCHEMAS = {
  1: {
    'nodes.json': z.array(NodeV1).check(z.maxLength(100_000)),
    'flows.json': FlowsFile,
    'sources.json': z.array(SourceV1).check(z.maxLength(10_000)),
    'figures.json': z.array(FigureV1).check(z.maxLength(1_000)),
  },
  2: FILES_V2,
  3: FILES_V2,
} as const satisfies { [S in DataSchema]: Record<(typeof FILES_OF_SCHEMA)[S][number], z.ZodMiniType> };

const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'format.sha256' }));

/** Every file a version folder may hold: the manifest's checksums name no other. */
export const KNOWN_FILES = [
  'nodes.json',
  'flows.json',
  'sources.json',
  'figures.json',
  'events.json',
  'stories.json',
] as const;

const manifestVersionFields = {
  /** Short and plain: it names a folder and appears in every link. */
  id: z.string().check(z.regex(/^\d{4}\.\d{2}(\.\d{1,3})?$/, { error: 'format.versionId' })),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'format.semver' })),
  published: PartialDate,
  title: Localized,
  changelog: Localized,
  /** A plain folder name inside data/: no `.` or `..`, no separator, nothing hidden. */
  folder: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'format.folder' })),
  files: z.partialRecord(z.enum(KNOWN_FILES, { error: 'format.fileName' }), Sha256),
};

export const ManifestVersionV1 = z.strictObject(manifestVersionFields);
export const ManifestVersion = z.strictObject({
  ...manifestVersionFields,
  /** Which dataset schema the version's files follow (see DATA_SCHEMAS). */
  dataSchema: z.union(
    DATA_SCHEMAS.map((n) => z.literal(n)) as [z.ZodMiniLiteral<1>, z.ZodMiniLiteral<2>, z.ZodMiniLiteral<3>],
  ),
  /**
   * A published version stays as published (citations point at its bytes); when a later one replaces it,
   * this says by which and why, and the app says so whenever it is opened.
   */
  superseded: z.optional(z.strictObject({ by: z.string(), reason: Localized })),
});
export type ManifestVersion = z.infer<typeof ManifestVersion>;

/** The manifest format before 2026-12: no dataSchema (every version was dataset schema 1), no superseded. */
export const ManifestV1 = z.strictObject({
  schema: z.literal(1),
  default: z.string(),
  versions: z.array(ManifestVersionV1).check(z.minLength(1), z.maxLength(500)),
});

export const MANIFEST_SCHEMAS = [1, 2] as const;
export const Manifest = z.strictObject({
  schema: z.literal(2),
  default: z.string(),
  versions: z.array(ManifestVersion).check(z.minLength(1), z.maxLength(500)),
});
export type Manifest = z.infer<typeof Manifest>;

/** A version after validation and migration: everything the app shows comes from one of these. */
export interface Dataset {
  version: ManifestVersion;
  nodes: Node[];
  flows: Flow[];
  sources: Source[];
  figures: Figure[];
  events: Event[];
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

/** A step of a guided tour as dataset schemas 1 and 2 write it: the window, camera, focus and filters, and what to say. */
const storyStepFields = {
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
  /** The node selected: it and its flows stay bright, its details open. */
  node: z.optional(Id),
  types: z.optional(z.array(z.enum(FLOW_TYPES))),
  kinds: z.optional(z.array(z.enum(NODE_KINDS))),
  caption: Localized,
  provenance: z.enum(PROVENANCES),
  sources: SourceRefs,
};

/** The most nodes a step may name: the arc shader holds them in a fixed-size uniform array. */
export const MAX_STEP_NODES = 16;

/**
 * A step of a guided tour (dataset schema 3): as before, and it may name the nodes its caption speaks of,
 * which stay bright with the flows between them while the rest dims, and which the camera fits inside the
 * room's free area; and the headline figures (figures.json ids) it shows large, each with its source.
 */
export const StoryStep = z.strictObject({
  ...storyStepFields,
  nodes: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(MAX_STEP_NODES))),
  figures: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(8))),
  /** The flat map or the globe for this step; a step without it shows what the URL asks (`projection`). */
  projection: z.optional(z.enum(['mercator', 'globe'])),
});
export type StoryStep = z.infer<typeof StoryStep>;

export const Story = z.strictObject({
  id: Id,
  title: Localized,
  steps: z.array(StoryStep).check(z.minLength(1), z.maxLength(100)),
});
export type Story = z.infer<typeof Story>;

const StoryV2 = z.strictObject({
  id: Id,
  title: Localized,
  steps: z.array(z.strictObject(storyStepFields)).check(z.minLength(1), z.maxLength(100)),
});

/** `stories.json`, optional in a version: guided tours for presentations and kiosks. */
export const StoriesFile = z.array(Story).check(z.maxLength(100));
/** `stories.json` as dataset schemas 1 and 2 write it (no step `nodes`, `figures` or `projection`). */
export const StoriesFileV2 = z.array(StoryV2).check(z.maxLength(100));

/** The stories schema per dataset schema: a version's tours are read in the schema it was written in. */
export const STORY_SCHEMAS = { 1: StoriesFileV2, 2: StoriesFileV2, 3: StoriesFile } as const satisfies Record<
  DataSchema,
  z.ZodMiniType
>;
