import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { edgeRows, nodeTotalRows, toCsv } from './table.ts';
import { testDataset } from './testDataset.ts';
import { ALL_TIME } from './timeWindow.ts';

const dataset = testDataset();
dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk, "BY"', ru: 'Минск' };
const index = networkIndex(dataset);
const agg = aggregate(index, { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] });

describe('table', () => {
  it('sorts by value, largest first, with stable tie-breaks', () => {
    const rows = edgeRows(index, agg, 'en', { key: 'value', descending: true });
    expect(rows.map((r) => [r.source, r.target, r.type, r.value])).toEqual([
      ['qingdao', 'minsk', 'project', 5],
      ['minsk', 'qingdao', 'talent', 5],
      ['qingdao', 'wuhan', 'agreement', 1],
      ['minsk', 'qingdao', 'project', 1],
    ]);
  });

  it('sorts names in the reader’s language', () => {
    const rows = edgeRows(index, agg, 'zh', { key: 'source', descending: false });
    expect(rows[0]!.sourceName).toBe('明斯克');
  });

  it('exports exactly the rows shown, as UTF-8 CSV with a BOM and quoting', () => {
    const rows = edgeRows(index, agg, 'en', { key: 'value', descending: true });
    const csv = toCsv(rows);
    expect(csv.startsWith('\ufeffsource,target,type,records,value,source_name,target_name\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toBe('qingdao,minsk,project,1,5,qingdao,"Minsk, ""BY"""');
  });

  it('totals each node in and out', () => {
    expect(nodeTotalRows(index, agg, 'en')).toEqual([
      { id: 'qingdao', name: 'qingdao', incoming: 6, outgoing: 6 },
      { id: 'minsk', name: 'Minsk, "BY"', incoming: 5, outgoing: 6 },
      { id: 'wuhan', name: 'wuhan', incoming: 1, outgoing: 0 },
    ]);
  });
});
