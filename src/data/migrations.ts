/**
 * The migration chains of the two public data contracts. Published bytes never change (a citation points
 * at them); what changes is how they are read: right after a file passes the schema it was written for,
 * it is lifted step by step to the current shape, so everything downstream sees one shape only.
 *
 *   manifest  1 → 2  every version gets `dataSchema: 1` (all versions before 2026-12 were schema 1)
 *   dataset   1 → 2  nodes get `status: 'active'` (schema 1 had no planned nodes: it drew every node as
 *                    built), and the version gets an empty events list (schema 1 had no events file)
 *   dataset   2 → 3  nothing to lift: schema 3 lets story steps name `nodes` and `figures`, and a step of an
 *                    older schema names neither (src/data/stories.ts reads each in its own schema)
 *
 * A new step is a new function here, a test beside it, and a row in the README's data contract.
 */
import type * as z from 'zod/mini';
import type {
  DataSchema,
  Event,
  Figure,
  FigureV1,
  Flow,
  Manifest,
  ManifestV1,
  Node,
  NodeV1,
  Source,
  SourceV1,
} from './schema.ts';

export function migrateManifest(manifest: z.infer<typeof ManifestV1>): Manifest {
  return {
    schema: 2,
    default: manifest.default,
    versions: manifest.versions.map((v) => ({ ...v, dataSchema: 1 as const })),
  };
}

/** The records of one version in the current shape. */
export interface CurrentRecords {
  nodes: Node[];
  flows: Flow[];
  sources: Source[];
  figures: Figure[];
  events: Event[];
}

export interface RecordsV1 {
  nodes: Array<z.infer<typeof NodeV1>>;
  flows: Flow[];
  sources: Array<z.infer<typeof SourceV1>>;
  figures: Array<z.infer<typeof FigureV1>>;
}

function fromV1(r: RecordsV1): CurrentRecords {
  return {
    nodes: r.nodes.map((n) => ({ ...n, status: 'active' as const })),
    flows: r.flows,
    sources: r.sources,
    figures: r.figures,
    events: [],
  };
}

/** Lifts a version's validated records from the schema they were written in to the current one. */
export function migrateRecords(schema: DataSchema, records: RecordsV1 | CurrentRecords): CurrentRecords {
  return schema === 1 ? fromV1(records as RecordsV1) : (records as CurrentRecords);
}
