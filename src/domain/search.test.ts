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
