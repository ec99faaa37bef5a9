import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS, type Node } from '../data/schema.ts';
import { type Aggregate, aggregate, type ViewQuery } from './aggregate.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import {
  comparisonRows,
  edgeRows,
  nodeTotalRows,
  toComparisonCsv,
  toCsv,
  toRecordsCsv,
  viewRecords,
  type SortKey,
} from './table.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';

const dataset = testDataset();
dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk, "BY"', ru: 'Минск' };
// One reported record on minsk → qingdao talent makes that edge mixed.
dataset.flows[1] = { ...dataset.flows[1]!, provenance: 'reported', sources: ['report'] };
for (const n of dataset.nodes) n.provenance = 'reported';
dataset.sources = [
  { id: 'report', title: 'A report', publisher: 'A publisher', date: '2025-09-05', language: 'en' },
];
const all: ViewQuery = { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };
// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
let agg: Aggregate;
beforeEach(() => {
  index = networkIndex(dataset);
  agg = aggregate(index, all);
});
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

describe('table sorting by every column', () => {
  // Names in the opposite order to the ids, so sorting by name and by id disagree.
  const names: Record<string, string> = { qingdao: 'Alpha', wuhan: 'Mid', minsk: 'Zhu' };
  const byName = (n: Node) => names[n.id]!;
  const order = (key: SortKey, descending = false) =>
    edgeRows(index, aggregate(index, all), byName, 'en', { key, descending }).map(
      (r) => `${r.source}>${r.target}:${r.type}`,
    );

  it('sorts by source name, ties by target id and type', () => {
    expect(order('source')).toEqual([
      'qingdao>minsk:project',
      'qingdao>wuhan:agreement',
      'minsk>qingdao:project',
      'minsk>qingdao:talent',
    ]);
  });

  it('sorts by target name', () => {
    expect(order('target')).toEqual([
      'minsk>qingdao:project', // Alpha
      'minsk>qingdao:talent', // Alpha
      'qingdao>wuhan:agreement', // Mid
      'qingdao>minsk:project', // Zhu
    ]);
  });

  it('sorts by provenance, illustrative before mixed', () => {
    expect(order('provenance')).toEqual([
      'minsk>qingdao:project',
      'qingdao>minsk:project',
      'qingdao>wuhan:agreement',
      'minsk>qingdao:talent',
    ]);
  });

  it('sorts by type', () => {
    expect(order('type')).toEqual([
      'qingdao>wuhan:agreement',
      'minsk>qingdao:project',
      'qingdao>minsk:project',
      'minsk>qingdao:talent',
    ]);
  });

  it('sorts by record count, most first, ties reversed too', () => {
    // minsk > qingdao talent has 2 records (year-only and month), every other edge 1.
    expect(order('records', true)).toEqual([
      'minsk>qingdao:talent',
      'qingdao>wuhan:agreement',
      'qingdao>minsk:project',
      'minsk>qingdao:project',
    ]);
  });
});

describe('table rows in detail', () => {
  it('leaves nodes without flows in the view out of the node totals', () => {
    const q: ViewQuery = { ...all, window: monthWindow(parseTimeSelection('2022'), 'period') };
    // 2022 holds one record, "back": minsk → qingdao, 1.
    expect(nodeTotalRows(index, aggregate(index, q), en)).toEqual([
      { id: 'minsk', name: 'Minsk, "BY"', incoming: 0, outgoing: 1 },
      { id: 'qingdao', name: 'qingdao', incoming: 1, outgoing: 0 },
    ]);
  });

  it('names a node the current version lacks by its id, and takes after − before as the value', () => {
    const [row] = comparisonRows(
      index,
      [
        {
          source: 'gone',
          target: 'qingdao',
          type: 0,
          before: 7,
          after: 3,
          recordsAfter: 1,
          reportedAfter: 0,
          provenance: 'illustrative',
          status: 'decreased',
        },
      ],
      en,
    );
    expect(row).toMatchObject({ sourceName: 'gone', targetName: 'qingdao', value: -4, change: -4 });
  });

  it('lists only records inside the window, even on an edge the view shows', () => {
    const q: ViewQuery = { ...all, window: monthWindow(parseTimeSelection('2021-02'), 'period') };
    // "year-only" is on the shown talent edge but covers all of 2021.
    expect(viewRecords(index, aggregate(index, q), q).map((f) => f.id)).toEqual(['day', 'month']);
  });

  it('lists only records of the edges the view shows, never of another edge', () => {
    // Each pair of records below would share a key if the edge key mixed up source, target and type.
    const small = networkIndex(
      testDataset([
        testFlow('a', 'agreement', 'qingdao', 'wuhan', '2025-10', 5),
        testFlow('b', 'project', 'minsk', 'wuhan', '2025-10', 1),
        testFlow('c', 'project', 'wuhan', 'minsk', '2025-10', 5),
        testFlow('d', 'talent', 'qingdao', 'minsk', '2025-10', 1),
      ]),
    );
    const q: ViewQuery = { ...all, minValue: 2 };
    expect(viewRecords(small, aggregate(small, q), q).map((f) => f.id)).toEqual(['a', 'c']);
  });

  it('lists records newest first by their date as written, ties by id', () => {
    const small = networkIndex(
      testDataset([
        // Two ties on the date: a and b in id order, g and f against it.
        testFlow('e', 'talent', 'minsk', 'qingdao', '2020', 1),
        testFlow('a', 'talent', 'minsk', 'qingdao', '2021-03', 1),
        testFlow('g', 'talent', 'minsk', 'qingdao', '2021-07', 1),
        testFlow('c', 'talent', 'minsk', 'qingdao', '2021-05', 1),
        testFlow('b', 'talent', 'minsk', 'qingdao', '2021-03', 1),
        testFlow('f', 'talent', 'minsk', 'qingdao', '2021-07', 1),
        testFlow('d', 'talent', 'minsk', 'qingdao', '2021-03-15', 1),
      ]),
    );
    expect(viewRecords(small, aggregate(small, all), all).map((f) => f.id)).toEqual([
      'f',
      'g',
      'c',
      'd',
      'a',
      'b',
      'e',
    ]);
  });

  it('writes a record’s category, every source id, and a citation for each, n.d. when undated', () => {
    const small = testDataset([
      {
        ...testFlow('cat', 'project', 'qingdao', 'minsk', '2021-02-14', 5),
        category: 'tech-transfer',
        sources: ['report', 'undated', 'missing'],
      },
    ]);
    small.sources = [
      { id: 'report', title: 'A report', publisher: 'A publisher', date: '2025-09-05', language: 'en' },
      { id: 'undated', title: 'Notes', publisher: 'Someone', language: 'en' },
    ];
    const smallIndex = networkIndex(small);
    const lines = toRecordsCsv(small.flows, smallIndex, en, 'en').slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe(
      'cat,2021-02-14,project,tech-transfer,qingdao,qingdao,minsk,minsk,5,cat,illustrative,report;undated;missing,' +
        '"A publisher, 2025-09-05: A report | Someone, n.d.: Notes | missing"',
    );
  });
});
