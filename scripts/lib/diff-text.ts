/** Renders a dataset diff as one line per record, for `npm run diff` and for review in a terminal. */
import {
  countDiff,
  deepEqual,
  type DatasetDiff,
  type DiffCounts,
  type RecordDiff,
} from '../../src/domain/diff.ts';

type FileKey = keyof DatasetDiff;
export const FILE_KEYS = [
  'nodes',
  'flows',
  'sources',
  'figures',
  'events',
] as const satisfies readonly FileKey[];

/** A few identifying facts per record, so a reviewer can tell records apart without opening the file. */
const SUMMARY: { [K in FileKey]: (r: DatasetDiff[K]['added'][number]) => string } = {
  nodes: (r) => `${r.kind}, ${r.country}, ${r.name.en}`,
  flows: (r) => `${r.date}, ${r.type}, ${r.source} → ${r.target}`,
  sources: (r) => `${r.date ?? 'n.d.'}, ${r.publisher}`,
  figures: (r) =>
    `${r.qualifier === 'atLeast' ? `${r.value}+` : r.qualifier === 'dozens' ? 'dozens' : r.value}, as of ${r.asOf}, ${r.label.en}`,
  events: (r) => `${r.date ?? `${r.start}..${r.end}`}, ${r.kind}, at ${r.node}`,
};

const MAX_VALUE = 60;

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const s = JSON.stringify(value);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `path before → after` for each changed leaf. Objects (the localized texts) are opened so a reviewer sees
 * which language changed; arrays are shown whole because their order is part of the data.
 */
export function leafChanges(before: unknown, after: unknown, path: string): string[] {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return keys.flatMap((k) => leafChanges(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return [`${path} ${show(before)} → ${show(after)}`];
}

function linesFor<T extends { id: string }>(file: string, diff: RecordDiff<T>, summary: (r: T) => string) {
  return [
    ...diff.added.map((r) => `+ ${file} ${r.id} (${summary(r)})`),
    ...diff.removed.map((r) => `- ${file} ${r.id} (${summary(r)})`),
    ...diff.changed.map((c) => {
      const details = c.fields.flatMap((f) =>
        leafChanges((c.before as Record<string, unknown>)[f], (c.after as Record<string, unknown>)[f], f),
      );
      return `~ ${file} ${c.id}: ${details.join('; ')}`;
    }),
  ];
}

export function diffCounts(diff: DatasetDiff): Record<FileKey, DiffCounts> {
  return Object.fromEntries(FILE_KEYS.map((k) => [k, countDiff(diff[k])])) as Record<FileKey, DiffCounts>;
}

export function summaryLine(from: string, to: string, diff: DatasetDiff): string {
  const counts = diffCounts(diff);
  const total = { added: 0, removed: 0, changed: 0 };
  const parts = FILE_KEYS.map((k) => {
    const c = counts[k];
    total.added += c.added;
    total.removed += c.removed;
    total.changed += c.changed;
    return `${k}.json +${c.added} -${c.removed} ~${c.changed}`;
  });
  return `${from} → ${to}: ${parts.join(', ')}; total +${total.added} -${total.removed} ~${total.changed}`;
}

export function diffToText(from: string, to: string, diff: DatasetDiff): string[] {
  return [
    ...linesFor('nodes.json', diff.nodes, SUMMARY.nodes),
    ...linesFor('flows.json', diff.flows, SUMMARY.flows),
    ...linesFor('sources.json', diff.sources, SUMMARY.sources),
    ...linesFor('figures.json', diff.figures, SUMMARY.figures),
    ...linesFor('events.json', diff.events, SUMMARY.events),
    summaryLine(from, to, diff),
  ];
}
