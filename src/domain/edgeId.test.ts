import { describe, expect, it } from 'vitest';
import { edgeId, edgeIdOf, parseEdgeId } from './edgeId.ts';

describe('edge ids', () => {
  it('writes source, target and type joined by ~, from a type name or a type index', () => {
    expect(edgeId('minsk', 'qingdao', 'talent')).toBe('minsk~qingdao~talent');
    // FLOW_TYPES is project, talent, agreement.
    expect(edgeIdOf('qingdao', 'wuhan', 2)).toBe('qingdao~wuhan~agreement');
  });

  it('reads an id back into its parts', () => {
    expect(parseEdgeId('minsk~qingdao~talent')).toEqual({
      source: 'minsk',
      target: 'qingdao',
      type: 'talent',
    });
  });

  it('refuses an id with anything before the source or after the type', () => {
    expect(parseEdgeId('~minsk~qingdao~talent')).toBeNull();
    expect(parseEdgeId('x~minsk~qingdao~talent')).toBeNull();
    expect(parseEdgeId('minsk~qingdao~talents')).toBeNull();
    expect(parseEdgeId('minsk~qingdao~talent~')).toBeNull();
  });

  it('refuses an unknown type and ids a node cannot have', () => {
    expect(parseEdgeId('minsk~qingdao~visit')).toBeNull();
    expect(parseEdgeId('Minsk~qingdao~talent')).toBeNull();
    expect(parseEdgeId('minsk~-qingdao~talent')).toBeNull();
  });
});
