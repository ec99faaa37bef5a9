import { describe, expect, it } from 'vitest';
import { entryFor, tinyBytes } from './fixtures/load-fixture.ts';
import { validateVersion } from './validate.ts';

describe('dataset schema 1 → 2', () => {
  it('reads a version written in schema 1: nodes become active, the version has no events', () => {
    const bytes = tinyBytes(1);
    const result = validateVersion(entryFor(bytes, 'tiny-v1', 1), bytes);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.id, n.status])).toEqual([
      ['qingdao', 'active'],
      ['wuhan', 'active'],
      ['minsk', 'active'],
    ]);
    expect(result.value.events).toEqual([]);
    expect(result.value.flows.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('checks a schema-1 version against schema 1: a node that carries status there is refused', () => {
    const bytes = tinyBytes(2);
    const { 'events.json': _, ...v1 } = bytes;
    const result = validateVersion(entryFor(v1, 'tiny', 1), v1);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        file: 'tiny/nodes.json',
        code: 'unknownField',
        params: { keys: 'status' },
      });
  });

  it('requires the events file of a schema-2 version', () => {
    const { 'events.json': _, ...rest } = tinyBytes(2);
    const result = validateVersion(entryFor(tinyBytes(2)), rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ file: 'tiny/events.json', code: 'fetchFailed' }]);
  });
});
