import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodStart } from '../../src/domain/dates.ts';
import type { Dataset, Flow } from '../../src/data/schema.ts';
import { DATA_DIR } from '../lib/cli.ts';
import { loadManifest, loadVersion } from '../lib/load-local.ts';
import { toJson } from '../lib/write-version.ts';
import { CALIBRATION } from './calibration.ts';
import { buildVersions } from './generate.ts';
import { GENERATOR_ID, REPORT_ID, reportSource } from './reported.ts';

const manifest = loadManifest(DATA_DIR);
if (!manifest.ok) throw new Error('shipped manifest is invalid');
const versions: Dataset[] = manifest.value.versions.map((v) => {
  const r = loadVersion(DATA_DIR, manifest.value, v.id);
  if (!r.ok) throw new Error(`shipped version ${v.id} is invalid`);
  return r.value;
});

/** Flows the report's figures speak about: those whose date reaches back to or before the report. */
const byReport = (flows: Flow[]) => flows.filter((f) => periodStart(f.date) <= reportSource.date);
const sum = (flows: Flow[]) => flows.reduce((s, f) => s + f.value, 0);
const figure = (d: Dataset, id: string) => d.figures.find((f) => f.id === id)!;

describe('shipped data', () => {
  it('ships a story in every version whose steps validate against it', async () => {
    const { validateStories } = await import('../../src/data/stories.ts');
    for (const d of versions) {
      const result = validateStories(
        d,
        fs.readFileSync(path.join(DATA_DIR, d.version.folder, 'stories.json')),
      );
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
      if (result.ok) expect(result.value[0]!.steps.every((s) => s.provenance === 'reported')).toBe(true);
    }
  });

  it('ships at least two versions, with the latest as default', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(manifest.value.default).toBe(manifest.value.versions.at(-1)!.id);
  });

  it('is exactly what the seeded generator writes (nothing edited by hand)', () => {
    for (const built of buildVersions()) {
      for (const [file, records] of Object.entries({
        nodes: built.nodes,
        flows: built.flows,
        sources: built.sources,
        figures: built.figures,
        stories: built.stories,
      })) {
        expect(
          fs.readFileSync(path.join(DATA_DIR, built.id, `${file}.json`), 'utf8'),
          `${built.id}/${file}.json`,
        ).toBe(toJson(records));
      }
    }
  });

  it('cites the report on every reported record and the generator on every illustrative one', () => {
    for (const d of versions) {
      for (const r of [...d.nodes, ...d.flows, ...d.figures]) {
        expect(r.sources, r.id).toContain(r.provenance === 'reported' ? REPORT_ID : GENERATOR_ID);
      }
    }
  });

  it('has the center inaugurated on 2025-09-04 in Qingdao, the six hubs and the named partners', () => {
    for (const d of versions) {
      const center = d.nodes.filter((n) => n.kind === 'center');
      expect(center).toHaveLength(1);
      expect(center[0]).toMatchObject({
        id: 'qingdao',
        since: '2025-09-04',
        lat: 36.07,
        lon: 120.38,
        provenance: 'reported',
      });
      expect(d.nodes.filter((n) => n.kind === 'hub' && n.provenance === 'reported')).toHaveLength(6);
      for (const id of [
        'minsk',
        'tashkent',
        'bishkek',
        'moscow',
        'almaty',
        'ulaanbaatar',
        'espoo',
        'esa-frascati',
      ]) {
        expect(d.nodes.find((n) => n.id === id)?.provenance, id).toBe('reported');
      }
    }
  });

  describe.each(versions.map((d) => [d.version.id, d] as const))(
    'version %s reproduces the reported figures',
    (_, d) => {
      const reported = byReport(d.flows).filter((f) => f.target === 'qingdao');

      it('34 overseas high-level talents introduced by the report', () => {
        const total = sum(reported.filter((f) => f.type === 'talent' && f.category === 'high-level-talent'));
        expect(total).toBe(CALIBRATION.highLevelTalents);
        expect(total).toBe(figure(d, 'high-level-talents').value);
      });

      it('100+ technology achievements introduced', () => {
        const total = sum(reported.filter((f) => f.type === 'project' && f.category === 'tech-transfer'));
        expect(total).toBeGreaterThan(figure(d, 'technologies').value);
      });

      it('30+ overseas institutions cooperating', () => {
        const institutions = new Set(
          byReport(d.flows)
            .filter((f) => f.category === 'institution-cooperation')
            .flatMap((f) => f.partners ?? []),
        );
        expect(institutions.size).toBeGreaterThan(figure(d, 'overseas-institutions').value);
      });

      it('dozens of industrialization projects and of signed competition projects', () => {
        const industry = sum(byReport(d.flows).filter((f) => f.category === 'industrialization'));
        const signed = sum(
          byReport(d.flows).filter((f) => f.category === 'competition' && f.type === 'agreement'),
        );
        for (const n of [industry, signed]) expect(n >= 24 && n < 100, String(n)).toBe(true);
      });

      it('300+ scientists at the Dragon Programme conference, as reported', () => {
        expect(d.flows.find((f) => f.id === 'r-dragon-programme-6')).toMatchObject({
          value: 300,
          provenance: 'reported',
          type: 'talent',
        });
      });
    },
  );

  it('the later version only adds to the earlier one, plus its listed correction', () => {
    const [a, b] = versions as [Dataset, Dataset];
    const later = new Map(b.flows.map((f) => [f.id, f]));
    const changed = a.flows.filter((f) => JSON.stringify(later.get(f.id)) !== JSON.stringify(f));
    expect(changed).toHaveLength(1);
    expect(b.version.changelog.en).toContain(changed[0]!.id);
    expect(b.flows.length).toBeGreaterThan(a.flows.length);
  });
});
