import { describe, expect, it } from 'vitest';
import type { Aggregate, Edge } from './aggregate.ts';
import { arcDimmed, brightNodes, singleHighlight } from './highlight.ts';

const edge = (source: number, target: number): Edge => ({
  source,
  target,
  type: 0,
  value: 1,
  records: 1,
  reported: 1,
  provenance: 'reported',
});

/** Nodes 0 (the center) to 4; flows 0→1, 0→2, 3→0, 2→4. Only `edges` is read. */
const agg = { edges: [edge(0, 1), edge(0, 2), edge(3, 0), edge(2, 4)] } as unknown as Aggregate;

describe('one node in focus', () => {
  const h = singleHighlight(0);
  it('keeps every flow touching it bright, either way round, and dims the rest', () => {
    expect(arcDimmed(h, 0, 1)).toBe(false);
    expect(arcDimmed(h, 3, 0)).toBe(false);
    expect(arcDimmed(h, 2, 4)).toBe(true);
  });
  it('keeps it and the nodes its flows reach bright', () => {
    expect(brightNodes(agg, h)).toEqual(new Set([0, 1, 2, 3]));
    expect(brightNodes(agg, singleHighlight(4))).toEqual(new Set([4, 2]));
  });
});

describe("a story step's named nodes", () => {
  const h = { nodes: [0, 2, 4], between: true };
  it('keeps only the flows between two of them bright', () => {
    expect(arcDimmed(h, 0, 2)).toBe(false);
    expect(arcDimmed(h, 2, 4)).toBe(false);
    // Touching a named node is not enough: 0→1 and 3→0 dim.
    expect(arcDimmed(h, 0, 1)).toBe(true);
    expect(arcDimmed(h, 3, 0)).toBe(true);
  });
  it('keeps exactly the named nodes bright', () => {
    expect(brightNodes(agg, h)).toEqual(new Set([0, 2, 4]));
  });
});

describe('no focus', () => {
  it('dims nothing and brightens nothing', () => {
    expect(arcDimmed(null, 0, 1)).toBe(false);
    expect(arcDimmed({ nodes: [], between: true }, 0, 1)).toBe(false);
    expect(brightNodes(agg, null)).toEqual(new Set());
  });
});
