import { describe, expect, it } from 'vitest';
import { changedFields, countDiff, deepEqual, diffDatasets, diffRecords, statusById } from './diff.ts';

interface Rec {
  id: string;
  date?: string;
  title?: { zh: string; en: string };
  sources?: string[];
}

const a: Rec = { id: 'a', date: '2019', title: { zh: '甲', en: 'A' }, sources: ['s1'] };
const b: Rec = { id: 'b', date: '2020', title: { zh: '乙', en: 'B' }, sources: [] };
const c: Rec = { id: 'c', date: '2021' };

describe('deepEqual', () => {
  it('ignores key order but not array order', () => {
    expect(deepEqual({ x: 1, y: { p: [1, 2], q: 'z' } }, { y: { q: 'z', p: [1, 2] }, x: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ x: [1] }, { x: { 0: 1 } })).toBe(false);
    expect(deepEqual({ x: null }, { x: {} })).toBe(false);
  });

  it('treats a key set to undefined as absent, as JSON does', () => {
    expect(deepEqual({ x: 1, y: undefined }, { x: 1 })).toBe(true);
    expect(deepEqual({ x: 1 }, { x: 1, y: 0 })).toBe(false);
  });
});

describe('diffRecords', () => {
  it('finds added and removed records by id, in file order', () => {
    const d = diffRecords([a, b], [c, a]);
    expect(d.added.map((r) => r.id)).toEqual(['c']);
    expect(d.removed.map((r) => r.id)).toEqual(['b']);
    expect(d.changed).toEqual([]);
  });

  it('lists the top-level fields that changed, including added and dropped ones', () => {
    const after: Rec = { id: 'a', date: '2019-06', title: { zh: '甲', en: 'A, renamed' } };
    const d = diffRecords([a], [after]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]).toMatchObject({ id: 'a', before: a, after, fields: ['date', 'title', 'sources'] });
    expect(changedFields(c, { ...c, sources: ['s2'] })).toEqual(['sources']);
  });

  it('reports nothing for an equal record written with keys in another order', () => {
    const reordered: Rec = { sources: ['s1'], title: { en: 'A', zh: '甲' }, date: '2019', id: 'a' };
    expect(diffRecords([a, b], [b, reordered])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('feeds a status lookup and counts', () => {
    const d = diffRecords([a, b], [{ ...a, date: '2018' }, c]);
    expect(Object.fromEntries(statusById(d))).toEqual({ a: 'changed', b: 'removed', c: 'added' });
    expect(countDiff(d)).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});

describe('diffDatasets', () => {
  it('diffs each file separately', () => {
    const empty = { nodes: [], flows: [], sources: [], figures: [], events: [] };
    const src = { id: 's1', title: 'T', publisher: 'P', date: '2025', language: 'en' };
    const d = diffDatasets(empty, { ...empty, sources: [src] });
    expect(d.sources.added).toEqual([src]);
    expect(countDiff(d.nodes)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(countDiff(d.flows)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(countDiff(d.figures)).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe('deepEqual at the edges of JSON', () => {
  it('never equates an object with a number, null or an array', () => {
    expect(deepEqual({}, 5)).toBe(false);
    expect(deepEqual(5, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual({ 0: 1 }, [1])).toBe(false);
  });

  it('tells arrays of different lengths apart', () => {
    expect(deepEqual([1], [1, undefined])).toBe(false);
  });

  it('equates NaN with NaN only', () => {
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual(NaN, 1)).toBe(false);
    expect(deepEqual(1, NaN)).toBe(false);
  });
});

describe('diffRecords with duplicates and absent keys', () => {
  it('does not count a key the older record set to undefined as dropped', () => {
    expect(changedFields({ id: 'a', note: undefined }, { id: 'a' })).toEqual([]);
  });

  it('compares against the first of several older records with one id', () => {
    const d = diffRecords(
      [
        { id: 'a', v: 1 },
        { id: 'a', v: 2 },
      ],
      [{ id: 'a', v: 1 }],
    );
    expect(d).toEqual({ added: [], removed: [], changed: [] });
  });

  it('takes only the first of several newer records with one id', () => {
    const d = diffRecords(
      [{ id: 'a', v: 1 }],
      [
        { id: 'a', v: 2 },
        { id: 'a', v: 3 },
        { id: 'n', v: 1 },
        { id: 'n', v: 2 },
      ],
    );
    expect(d.changed.map((c) => c.after)).toEqual([{ id: 'a', v: 2 }]);
    expect(d.added).toEqual([{ id: 'n', v: 1 }]);
  });
});
