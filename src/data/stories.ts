/**
 * Stories (guided tours) are optional: a version may lack `stories.json`, and a broken one never blocks
 * the map — presentation mode says what is wrong and the explorer works as before.
 */
import { parseTimeSelection } from './period.ts';
import { sha256Hex } from './checksum.ts';
import { fetchBytes } from './fetch.ts';
import { DataError, fromZod, type DataIssue } from './issues.ts';
import { STORY_SCHEMAS, type Dataset, type Story } from './schema.ts';
import { capPerFile, parseJson, type Result } from './validate.ts';

export const STORIES_FILE = 'stories.json';

export function validateStories(dataset: Dataset, bytes: Uint8Array): Result<Story[]> {
  const { version } = dataset;
  const file = `${version.folder}/${STORIES_FILE}`;
  const expected = version.files[STORIES_FILE];
  if (expected && expected !== sha256Hex(bytes)) {
    return {
      ok: false,
      issues: [
        {
          file,
          code: 'checksum',
          params: { expected: expected.slice(0, 12), actual: sha256Hex(bytes).slice(0, 12) },
        },
      ],
    };
  }
  const parsed = parseJson(file, bytes);
  if (!parsed.ok) return parsed;
  // Read in the schema the version was written in: schema 3 steps may name `nodes` and `figures`; nothing
  // needs lifting, a step of an older schema simply names neither.
  const result = STORY_SCHEMAS[version.dataSchema].safeParse(parsed.value, { reportInput: true });
  if (!result.success) return { ok: false, issues: fromZod(file, parsed.value, result.error) };
  const stories: Story[] = result.data;
  const nodes = new Set(dataset.nodes.map((n) => n.id));
  const sources = new Set(dataset.sources.map((s) => s.id));
  const figures = new Set(dataset.figures.map((f) => f.id));
  const issues: DataIssue[] = [];
  // A kiosk loops story by story: two with one id would send it between the first two for ever.
  const seen = new Set<string>();
  stories.forEach((story, i) => {
    if (seen.has(story.id))
      issues.push({
        file,
        record: `#${i + 1}`,
        field: 'id',
        code: 'duplicateId',
        params: { id: story.id, first: story.id },
      });
    seen.add(story.id);
  });
  stories.forEach((story) =>
    story.steps.forEach((step, i) => {
      const where = { file, record: story.id };
      if (!parseTimeSelection(step.time))
        issues.push({
          ...where,
          field: `steps.${i}.time`,
          code: 'format',
          params: { format: 'format.period', received: step.time },
        });
      // Every id a step refers to must name a record of the version.
      const refer = (field: string, kind: string, id: string, known: Set<string>) => {
        if (!known.has(id))
          issues.push({
            ...where,
            field: `steps.${i}.${field}`,
            code: 'danglingReference',
            params: { kind, id },
          });
      };
      if (step.node) refer('node', 'node', step.node, nodes);
      step.nodes?.forEach((id, j) => refer(`nodes.${j}`, 'node', id, nodes));
      step.figures?.forEach((id, j) => refer(`figures.${j}`, 'figure', id, figures));
      step.sources.forEach((id, j) => refer(`sources.${j}`, 'source', id, sources));
    }),
  );
  return issues.length ? { ok: false, issues: capPerFile(issues) } : { ok: true, value: stories };
}

async function loadStories(dataset: Dataset): Promise<Story[]> {
  if (!dataset.version.files[STORIES_FILE]) return [];
  const result = validateStories(dataset, await fetchBytes(`${dataset.version.folder}/${STORIES_FILE}`));
  if (!result.ok) throw new DataError(result.issues);
  return result.value;
}

export function storiesQuery(dataset: Dataset | undefined) {
  return {
    queryKey: ['stories', dataset?.version.id] as const,
    queryFn: () => loadStories(dataset!),
    enabled: Boolean(dataset),
    staleTime: Infinity,
    retry: 2,
  };
}
