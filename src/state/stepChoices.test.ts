import { describe, expect, it } from 'vitest';
import { parseTimeSelection } from '../data/period.ts';
import { stepChoices } from './stepChoices.ts';
import { testChoices } from './testChoices.ts';

describe('stepChoices', () => {
  it("puts the step's window, filters and named nodes over the reader's language and provenance", () => {
    const reader = { ...testChoices, lang: 'ru' as const, provenance: 'reported' as const, hovered: 'minsk' };
    const c = stepChoices(reader, {
      time: '2022..2024',
      mode: 'period',
      types: ['talent'],
      nodes: ['qingdao', 'minsk'],
      caption: { zh: '', en: '', ru: '' },
      sources: [],
    } as never);
    expect(c).toMatchObject({
      lang: 'ru',
      provenance: 'reported',
      mode: 'period',
      types: ['talent'],
      focus: ['qingdao', 'minsk'],
      node: null,
      hovered: null,
    });
    expect(c.time).not.toBeNull();
    expect(c.time).toEqual(parseTimeSelection('2022..2024'));
  });

  it('falls back to the cumulative view of every type and kind', () => {
    const c = stepChoices({ ...testChoices, types: ['project'], mode: 'period' }, {
      time: '2024',
    } as never);
    expect(c).toMatchObject({ mode: 'cumulative', types: ['project', 'talent', 'agreement'], focus: null });
  });
});
