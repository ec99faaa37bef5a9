/** A hand-written dataset for domain tests: three nodes and a few flows at every date precision. */
import type { Dataset, Flow, Node } from '../data/schema.ts';

const L = (en: string) => ({ zh: en, en, ru: en });
const node = (
  id: string,
  kind: Node['kind'],
  lon: number,
  lat: number,
  since = '2018',
  country = 'CN',
): Node => ({
  id,
  kind,
  name: L(id),
  country,
  lon,
  lat,
  since,
  status: 'active',
  provenance: 'illustrative',
  sources: [],
});
const flow = (
  id: string,
  type: Flow['type'],
  source: string,
  target: string,
  date: string,
  value: number,
): Flow => ({
  id,
  type,
  source,
  target,
  date,
  value,
  title: L(id),
  provenance: 'illustrative',
  sources: [],
});

export function testDataset(flows?: Flow[]): Dataset {
  return {
    version: {
      id: '2025.09',
      version: '1.0.0',
      published: '2025-09-05',
      title: L('t'),
      changelog: L('c'),
      folder: 'x',
      files: {},
      dataSchema: 2,
    },
    nodes: [
      node('qingdao', 'center', 120.38, 36.07),
      node('wuhan', 'hub', 114.31, 30.59, '2025-09-04'),
      node('minsk', 'partner', 27.56, 53.9, '2018', 'BY'),
    ],
    flows: flows ?? [
      flow('year-only', 'talent', 'minsk', 'qingdao', '2021', 3),
      flow('month', 'talent', 'minsk', 'qingdao', '2021-02', 2),
      flow('day', 'project', 'qingdao', 'minsk', '2021-02-14', 5),
      flow('back', 'project', 'minsk', 'qingdao', '2022-06', 1),
      flow('hub', 'agreement', 'qingdao', 'wuhan', '2025-10-01', 1),
    ],
    sources: [],
    figures: [],
    events: [],
  };
}

export { flow as testFlow };
