import { describe, expect, it } from 'vitest';
import { testDataset } from '../domain/testDataset.ts';
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
});
