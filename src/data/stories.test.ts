import { describe, expect, it } from 'vitest';
import { testDataset } from '../domain/testDataset.ts';
import type { Figure } from './schema.ts';
import { validateStories } from './stories.ts';

const step = {
  time: '2021',
  caption: { zh: '说明', en: 'Caption', ru: 'Подпись' },
  provenance: 'reported',
  sources: [],
};
const story = (id: string) => ({ id, title: { zh: '题', en: 'Title', ru: 'Тема' }, steps: [step] });
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('stories', () => {
  it('refuses two stories with one id, which would trap a kiosk between them', () => {
    const result = validateStories(testDataset(), bytes([story('tour'), story('other'), story('tour')]));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: 'x/stories.json',
          record: '#3',
          field: 'id',
          code: 'duplicateId',
          params: { id: 'tour', first: 'tour' },
        },
      ],
    });
    expect(validateStories(testDataset(), bytes([story('tour'), story('other')])).ok).toBe(true);
  });

  const named = (extra: object) => [{ ...story('tour'), steps: [{ ...step, ...extra }] }];
  const ofSchema = (dataSchema: 1 | 2 | 3) => {
    const dataset = testDataset();
    // Only the id of a figure is read here.
    const figures = [{ id: 'talents' } as Figure];
    return { ...dataset, figures, version: { ...dataset.version, dataSchema } };
  };

  it('reads the nodes and figures a step names in dataset schema 3, and names any that do not exist', () => {
    const figure = 'talents';
    const ok = validateStories(ofSchema(3), bytes(named({ nodes: ['qingdao', 'minsk'], figures: [figure] })));
    expect(ok.ok && ok.value[0]!.steps[0]).toMatchObject({ nodes: ['qingdao', 'minsk'], figures: [figure] });
    expect(
      validateStories(ofSchema(3), bytes(named({ nodes: ['qingdao', 'tokyo'], figures: ['nope'] }))),
    ).toEqual({
      ok: false,
      issues: [
        {
          file: 'x/stories.json',
          record: 'tour',
          field: 'steps.0.nodes.1',
          code: 'danglingReference',
          params: { kind: 'node', id: 'tokyo' },
        },
        {
          file: 'x/stories.json',
          record: 'tour',
          field: 'steps.0.figures.0',
          code: 'danglingReference',
          params: { kind: 'figure', id: 'nope' },
        },
      ],
    });
  });

  it('refuses step nodes in a version of an older schema, which had none', () => {
    for (const schema of [1, 2] as const) {
      const result = validateStories(ofSchema(schema), bytes(named({ nodes: ['qingdao'] })));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]).toMatchObject({ file: 'x/stories.json', code: 'unknownField' });
    }
    expect(validateStories(ofSchema(2), bytes(named({ node: 'qingdao' }))).ok).toBe(true);
  });
});
