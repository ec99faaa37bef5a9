import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS, type Node } from '../data/schema.ts';
import { aggregate, type ViewQuery } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import {
  comparisonRows,
  edgeRows,
  nodeTotalRows,
  toComparisonCsv,
  toCsv,
  toRecordsCsv,
  viewRecords,
} from './table.ts';
import { testDataset } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';

const dataset = testDataset();
dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk, "BY"', ru: 'Минск' };
// One reported record on minsk → qingdao talent makes that edge mixed.
dataset.flows[1] = { ...dataset.flows[1]!, provenance: 'reported', sources: ['report'] };
for (const n of dataset.nodes) n.provenance = 'reported';
dataset.sources = [
  { id: 'report', title: 'A report', publisher: 'A publisher', date: '2025-09-05', language: 'en' },
];
const index = networkIndex(dataset);
const all: ViewQuery = { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };
const agg = aggregate(index, all);
const en = (n: Node) => n.name.en;

describe('table', () => {
  it('sorts by value, largest first, with stable tie-breaks, and says each edge’s provenance', () => {
    const rows = edgeRows(index, agg, en, 'en', { key: 'value', descending: true });
    expect(rows.map((r) => [r.source, r.target, r.type, r.value, r.provenance])).toEqual([
      ['qingdao', 'minsk', 'project', 5, 'illustrative'],
      ['minsk', 'qingdao', 'talent', 5, 'mixed'],
      ['qingdao', 'wuhan', 'agreement', 1, 'illustrative'],
      ['minsk', 'qingdao', 'project', 1, 'illustrative'],
    ]);
  });

  it('sorts names in the reader’s language', () => {
    const rows = edgeRows(index, agg, (n) => n.name.zh, 'zh', { key: 'source', descending: false });
    expect(rows[0]!.sourceName).toBe('明斯克');
  });

  it('exports the edge totals shown, with the earlier columns kept and provenance added', () => {
    const rows = edgeRows(index, agg, en, 'en', { key: 'value', descending: true });
    const csv = toCsv(rows);
    expect(
      csv.startsWith('\ufeffsource,target,type,records,value,source_name,target_name,provenance\r\n'),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toBe('qingdao,minsk,project,1,5,qingdao,"Minsk, ""BY""",illustrative');
    expect(lines[2]).toBe('minsk,qingdao,talent,2,5,"Minsk, ""BY""",qingdao,mixed');
  });

  it('lists the records behind the view; per edge they sum to the totals shown', () => {
    const q: ViewQuery = { ...all, window: monthWindow(parseTimeSelection('2021'), 'period') };
    const view = aggregate(index, q);
    const records = viewRecords(index, view, q);
    expect(records.map((f) => f.id)).toEqual(['day', 'month', 'year-only']);
    for (const e of view.edges) {
      const [s, t] = [index.nodes[e.source]!.id, index.nodes[e.target]!.id];
      const sum = records
        .filter((f) => f.source === s && f.target === t && f.type === FLOW_TYPES[e.type])
        .reduce((a, f) => a + f.value, 0);
      expect(sum).toBe(e.value);
    }
    const reportedOnly = { ...q, provenance: 'reported' as const };
    expect(viewRecords(index, aggregate(index, reportedOnly), reportedOnly).map((f) => f.id)).toEqual([
      'month',
    ]);
  });

  it('writes each record with its date as given, provenance, source ids and citation', () => {
    const q: ViewQuery = { ...all, window: monthWindow(parseTimeSelection('2021'), 'period') };
    const view = aggregate(index, q);
    const csv = toRecordsCsv(viewRecords(index, view, q), index, en, 'en');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,date,type,category,source,source_name,target,target_name,value,title,provenance,source_ids,citation',
    );
    expect(lines).toContain(
      'month,2021-02,talent,,minsk,"Minsk, ""BY""",qingdao,qingdao,2,month,reported,report,"A publisher, 2025-09-05: A report"',
    );
    expect(lines).toContain(
      'year-only,2021,talent,,minsk,"Minsk, ""BY""",qingdao,qingdao,3,year-only,illustrative,,',
    );
  });

  it('totals each node in and out', () => {
    expect(nodeTotalRows(index, agg, en)).toEqual([
      { id: 'qingdao', name: 'qingdao', incoming: 6, outgoing: 6 },
      { id: 'minsk', name: 'Minsk, "BY"', incoming: 5, outgoing: 6 },
      { id: 'wuhan', name: 'wuhan', incoming: 1, outgoing: 0 },
    ]);
  });

  it('writes a comparison with the change as value, then before, after, status and provenance', () => {
    const csv = toComparisonCsv(
      comparisonRows(
        index,
        [
          {
            source: 'minsk',
            target: 'qingdao',
            type: 1,
            before: 2,
            after: 7,
            recordsAfter: 3,
            reportedAfter: 2,
            provenance: 'mixed',
            status: 'increased',
          },
        ],
        en,
      ),
    );
    expect(csv.slice(1).trimEnd().split('\r\n')).toEqual([
      'source,target,type,records,value,source_name,target_name,value_before,value_after,status,provenance',
      'minsk,qingdao,talent,3,5,"Minsk, ""BY""",qingdao,2,7,increased,mixed',
    ]);
  });
});
