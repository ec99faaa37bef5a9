import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, LANGS } from '../../data/schema.ts';
import { readCommand } from './messages.ts';

describe('postMessage commands', () => {
  it('reads a well-formed command', () => {
    expect(
      readCommand({ type: 'sco-map:set', lang: 'ru', time: '2019..2024', types: ['talent'], node: 'minsk' }),
    ).toEqual({
      lang: 'ru',
      time: { from: { granularity: 'year', year: 2019 }, to: { granularity: 'year', year: 2024 } },
      types: ['talent'],
      node: 'minsk',
    });
    expect(readCommand({ type: 'sco-map:set', time: null, node: null })).toEqual({ time: null, node: null });
  });

  it('ignores other messages and drops malformed values', () => {
    expect(readCommand('sco-map:set')).toBeNull();
    expect(readCommand({ type: 'other', lang: 'ru' })).toBeNull();
    expect(
      readCommand({
        type: 'sco-map:set',
        lang: '<b>',
        time: 'yesterday',
        types: ['money'],
        node: '<img src=x>',
      }),
    ).toEqual({});
  });

  it('never throws and only ever yields values the URL contract allows, whatever arrives', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
    });
    const command = fc.record(
      { type: fc.constant('sco-map:set'), lang: anything, time: anything, types: anything, node: anything },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(anything, command), (data) => {
        const out = readCommand(data);
        if (out === null) return;
        if (out.lang !== undefined) expect(LANGS).toContain(out.lang);
        if (out.types !== undefined) for (const t of out.types) expect(FLOW_TYPES).toContain(t);
        if (out.node) expect(out.node).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
        if (out.time) expect(out.time.from.year).toBeGreaterThanOrEqual(1900);
      }),
      { numRuns: 500 },
    );
  });
});
