import { describe, expect, it } from 'vitest';
import { splitHeapSnapshot } from './heap-snapshot.ts';

// A hand-written snapshot in V8's layout: flat node records, field names and type names in `meta`.
const snapshot = {
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
      node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure'], 'string'],
    },
  },
  // type, name, id, self_size, edge_count
  nodes: [3, 0, 1, 100, 0, 4, 0, 3, 40, 0, 2, 0, 5, 7, 0, 4, 0, 7, 2, 0, 5, 0, 9, 30, 0],
};

describe('splitHeapSnapshot', () => {
  it('adds code nodes to code and every other node to the page objects', () => {
    expect(splitHeapSnapshot(snapshot)).toEqual({ objects: 137, code: 42 });
  });

  it('finds the fields wherever V8 puts them', () => {
    const reordered = {
      snapshot: { meta: { node_fields: ['self_size', 'type'], node_types: [['object', 'code']] } },
      nodes: [10, 1, 5, 0],
    };
    expect(splitHeapSnapshot(reordered)).toEqual({ objects: 5, code: 10 });
  });

  it('refuses a snapshot without the fields it needs', () => {
    const broken = { snapshot: { meta: { node_fields: ['type'], node_types: [['code']] } }, nodes: [0] };
    expect(() => splitHeapSnapshot(broken)).toThrow(/self_size/);
  });
});
