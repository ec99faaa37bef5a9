import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema.ts';
import { diffDatasets } from '../../src/domain/diff.ts';
import { DATA_DIR } from './cli.ts';
import { diffToText, leafChanges } from './diff-text.ts';
import { loadManifest, loadVersion } from './load-local.ts';

function shipped(id: string): Dataset {
  const manifest = loadManifest(DATA_DIR);
  if (!manifest.ok) throw new Error('shipped manifest is invalid');
  const version = loadVersion(DATA_DIR, manifest.value, id);
  if (!version.ok) throw new Error(`shipped ${id} is invalid`);
  return version.value;
}

describe('diff as text', () => {
  it('opens objects down to the changed language and shows arrays whole', () => {
    expect(leafChanges({ zh: '甲', en: 'A' }, { zh: '甲', en: 'B' }, 'title')).toEqual([
      'title.en "A" → "B"',
    ]);
    expect(leafChanges(['s1'], ['s1', 's2'], 'sources')).toEqual(['sources ["s1"] → ["s1","s2"]']);
    expect(leafChanges(undefined, 'x', 'category')).toEqual(['category (none) → "x"']);
  });

  it('describes the shipped 2025.09 → 2026.11 change one line per record, then a summary', () => {
    const lines = diffToText('2025.09', '2026.11', diffDatasets(shipped('2025.09'), shipped('2026.11')));
    expect(lines).toContain('+ nodes.json novosibirsk (partner, RU, Novosibirsk)');
    expect(lines).toContain('~ flows.json i-industry-005: date "2019" → "2019-06"');
    expect(lines.filter((l) => l.startsWith('+ flows.json '))).toHaveLength(92);
    expect(lines.at(-1)).toBe(
      '2025.09 → 2026.11: nodes.json +1 -0 ~0, flows.json +92 -0 ~1, sources.json +0 -0 ~1, ' +
        'figures.json +0 -0 ~0, events.json +0 -0 ~0; total +93 -0 ~2',
    );
  });

  it('shows the public record’s events as added records', () => {
    const lines = diffToText('2026.11', '2026.12', diffDatasets(shipped('2026.11'), shipped('2026.12')));
    expect(lines).toContain(
      '+ events.json e-dragon-6-symposium (2025-07-14..2025-07-18, conference, at qingdao)',
    );
    expect(lines).toContain('- flows.json r-dragon-programme-6 (2025, talent, esa-frascati → qingdao)');
    expect(lines.filter((l) => l.startsWith('+ events.json '))).toHaveLength(7);
  });
});
