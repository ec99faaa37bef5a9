import { describe, expect, it } from 'vitest';
import type { Event } from '../data/schema.ts';
import { networkIndex } from './networkIndex.ts';
import { testDataset, testFlow } from './testDataset.ts';

const L = { zh: 'e', en: 'e', ru: 'e' };
const event = (id: string, node: string, when: Partial<Event>, provenance: Event['provenance']): Event => ({
  id,
  node,
  kind: 'conference',
  title: L,
  provenance,
  sources: [],
  ...when,
});
// Month ordinals are year × 12 + (month − 1).
const month = (year: number, m: number) => year * 12 + m - 1;

describe('networkIndex', () => {
  it('marks which node records are reported', () => {
    const dataset = testDataset([]);
    dataset.nodes[1] = { ...dataset.nodes[1]!, provenance: 'reported' };
    // qingdao and minsk stay illustrative, as the test dataset writes them.
    expect([...networkIndex(dataset).nodeReported]).toEqual([0, 1, 0]);
  });

  it('spans the time extent from the earliest start to the latest end, whatever the file order', () => {
    const index = networkIndex(
      testDataset([
        testFlow('mid', 'talent', 'minsk', 'qingdao', '2021', 1),
        testFlow('late', 'talent', 'minsk', 'qingdao', '2025-10', 1),
        testFlow('last-in-file', 'talent', 'minsk', 'qingdao', '2022-06', 1),
      ]),
    );
    // From January 2021 (the year-only record) to October 2025.
    expect(index.extent).toEqual([month(2021, 1), month(2025, 10)]);
  });

  it('indexes events: their node, first and last month, and provenance', () => {
    const dataset = testDataset([testFlow('f', 'talent', 'minsk', 'qingdao', '2021-06', 1)]);
    dataset.events = [
      event('one-day', 'wuhan', { date: '2021-03-05' }, 'reported'),
      event('days', 'minsk', { start: '2021-04-30', end: '2021-05-02' }, 'illustrative'),
      event('year', 'qingdao', { date: '2022' }, 'reported'),
    ];
    const index = networkIndex(dataset);
    expect([...index.eventNode]).toEqual([1, 2, 0]);
    expect([...index.eventStart]).toEqual([month(2021, 3), month(2021, 4), month(2022, 1)]);
    expect([...index.eventEnd]).toEqual([month(2021, 3), month(2021, 5), month(2022, 12)]);
    expect([...index.eventReported]).toEqual([1, 0, 1]);
  });

  it('widens the time extent to events before the first and after the last flow', () => {
    const dataset = testDataset([testFlow('f', 'talent', 'minsk', 'qingdao', '2021-06', 1)]);
    dataset.events = [
      event('early', 'qingdao', { date: '2019-02-01' }, 'reported'),
      event('late', 'qingdao', { start: '2026-11-30', end: '2026-12-01' }, 'reported'),
      // Inside the flows' extent, and last in the file: it must move neither end.
      event('inside', 'qingdao', { date: '2021-06-15' }, 'reported'),
    ];
    expect(networkIndex(dataset).extent).toEqual([month(2019, 2), month(2026, 12)]);
  });

  it('computes a version once: the same dataset gives the same index', () => {
    const dataset = testDataset();
    expect(networkIndex(dataset)).toBe(networkIndex(dataset));
  });
});
