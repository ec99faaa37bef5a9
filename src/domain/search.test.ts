import { describe, expect, it } from 'vitest';
import { search } from './search.ts';
import { testDataset, testFlow } from './testDataset.ts';

describe('search', () => {
  const dataset = testDataset([
    {
      ...testFlow('a', 'agreement', 'minsk', 'qingdao', '2021', 1),
      partners: ['Belarusian State University'],
    },
  ]);
  dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk', ru: 'Минск' };

  it('finds a node by its name in any language, ignoring case', () => {
    expect(search(dataset, 'минск')).toEqual([{ nodeId: 'minsk' }]);
    expect(search(dataset, '明斯')).toEqual([{ nodeId: 'minsk' }]);
    expect(search(dataset, 'MINSK')).toEqual([{ nodeId: 'minsk' }]);
  });

  it('finds partner organisations and leads to their node', () => {
    expect(search(dataset, 'state univ')).toEqual([
      { nodeId: 'minsk', partner: 'Belarusian State University' },
    ]);
  });

  it('finds nothing for blank input', () => {
    expect(search(dataset, '  ')).toEqual([]);
  });
});

describe('search over partners and limits', () => {
  const dataset = testDataset([
    // The center is the target: the partner sits at the source.
    { ...testFlow('in', 'talent', 'minsk', 'qingdao', '2021', 1), partners: ['Polytechnic of Minsk'] },
    // The center is the source: the partner sits at the target.
    { ...testFlow('out', 'project', 'qingdao', 'minsk', '2021', 1), partners: ['Minsk Motor Works'] },
    // The same organisation again on another flow of the same node: found once.
    { ...testFlow('again', 'project', 'qingdao', 'minsk', '2022', 1), partners: ['Minsk Motor Works'] },
    // No partners at all.
    testFlow('plain', 'agreement', 'qingdao', 'wuhan', '2025-10', 1),
  ]);

  it('trims the query before matching', () => {
    expect(search(dataset, '  wuhan ')).toEqual([{ nodeId: 'wuhan' }]);
  });

  it('matches any part of a name, even one letter', () => {
    // Only "qingdao" and "wuhan" hold an "a"; "minsk" does not, nor does any partner here.
    expect(search(dataset, 'a')).toEqual([{ nodeId: 'qingdao' }, { nodeId: 'wuhan' }]);
  });

  it('leads each partner to the far end from the center, each organisation once per node', () => {
    expect(search(dataset, 'minsk')).toEqual([
      { nodeId: 'minsk' },
      { nodeId: 'minsk', partner: 'Polytechnic of Minsk' },
      { nodeId: 'minsk', partner: 'Minsk Motor Works' },
    ]);
  });

  it('returns at most `limit` hits, in order', () => {
    expect(search(dataset, 'minsk', 2)).toEqual([
      { nodeId: 'minsk' },
      { nodeId: 'minsk', partner: 'Polytechnic of Minsk' },
    ]);
  });
});
