import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/data/checksum.ts';
import { periodEnd, periodStart } from '../../src/data/dates.ts';
import type { Dataset, Flow } from '../../src/data/schema.ts';
import { DATA_DIR } from '../lib/cli.ts';
import { loadManifest, loadVersion } from '../lib/load-local.ts';
import { toJson } from '../lib/write-version.ts';
import { buildPublicRecord, PUBLIC_RECORD_ID } from './generate.ts';
import { GENERATOR_ID } from './illustrative.ts';

const manifest = loadManifest(DATA_DIR);
if (!manifest.ok) throw new Error('shipped manifest is invalid');
const load = (id: string): Dataset => {
  const r = loadVersion(DATA_DIR, manifest.value, id);
  if (!r.ok) throw new Error(`shipped version ${id} is invalid`);
  return r.value;
};
const current = manifest.value.versions.filter((v) => !v.superseded).map((v) => load(v.id));
const record = load(PUBLIC_RECORD_ID);

/** The first report's date: "by the report" means a record whose date can start on or before it. */
const REPORT = '2025-09-05';
const byReport = (flows: Flow[]) => flows.filter((f) => periodStart(f.date) <= REPORT);
const sum = (flows: Flow[]) => flows.reduce((s, f) => s + f.value, 0);
const illustrative = (d: Dataset) => d.flows.filter((f) => f.provenance === 'illustrative');

/** The sha256 of every file as published; a citation points at these bytes, so they never change. */
const PUBLISHED: Record<string, Record<string, string>> = {
  '2025.09': {
    'nodes.json': '93756e4dc0f6bfb89474c673dcfd1dce8cbd7f16189761f9bae09b3be8245533',
    'flows.json': 'f757efaaa49a23744e20f79922a4b72162f98a938713e3e0bf64ff003ecfa661',
    'sources.json': '37c8f1c0eecb260a856245408aefecbe314c0b7edb00a851c156060e7033dcf4',
    'figures.json': '3fb537920be5fca02ce58d064f1fece8154e8549e1e75d5c2549d17f9383f803',
    'stories.json': '28901e4718ad1fb8f7f64579899156a954c28671d32660d9136aa842acb62794',
  },
  '2026.11': {
    'nodes.json': 'a92e607008b55f734c450ec030d0fc135fd9a9a19309a9ec430331839db07c84',
    'flows.json': 'a1554562fea0d2ffa1e19b49fe242a9daeedea0ce97444fbbefbd4689f600f2f',
    'sources.json': '23e2447e0f20d401e58b7d7e7f06ef61a7f9198cfabf837d7ccd3c0c9dd2c9fd',
    'figures.json': '3fb537920be5fca02ce58d064f1fece8154e8549e1e75d5c2549d17f9383f803',
    'stories.json': '56ccdd3e4bd50fef95196e25d2cfb6e7cc60b1fa819ed5e57d44ff5b2f841937',
  },
  '2026.12': {
    'nodes.json': '675e5b38e746ef86b1146521b7ecebf8ddc71ce9212a69ccc3fa65f64cdd32ec',
    'flows.json': 'df4634fa9c23e5d17830e3746f86afe9f6a4dcc125210161573a2bcd0d5fa7b3',
    'sources.json': 'f99a31246baccbc9cd1dca1fe915c85ab84737361470828891ea9d0078d4ca8e',
    'figures.json': '66f1b59d6fc144fb45ec88dd3b692b840e38a2ef20156a245398320d09181578',
    'events.json': 'c17df338173545daaa30731ccd08e9125e427368816de51396da09526d782bc7',
    'stories.json': '2985c7464bdd9465522d823ebfd3089ac4f0b0be240eca60619d4fcd3ab4046e',
  },
};

describe('shipped data', () => {
  it('keeps every earlier version byte for byte, and those 2026.12 replaced marked superseded by it', () => {
    for (const [id, files] of Object.entries(PUBLISHED)) {
      for (const [name, sum] of Object.entries(files))
        expect(sha256Hex(fs.readFileSync(path.join(DATA_DIR, id, name))), `${id}/${name}`).toBe(sum);
    }
    for (const id of ['2025.09', '2026.11']) {
      const entry = manifest.value.versions.find((v) => v.id === id)!;
      expect(entry.dataSchema).toBe(1);
      expect(entry.superseded?.by).toBe('2026.12');
      expect(entry.superseded?.reason.en).toMatch(/conference drawn as a flow/);
    }
  });

  it('makes the public record the default, and it is exactly what the generator writes', () => {
    // 2026.12.1 revised the tours only: its records are 2026.12's, byte for byte.
    for (const name of ['nodes.json', 'flows.json', 'sources.json', 'figures.json', 'events.json'])
      expect(fs.readFileSync(path.join(DATA_DIR, PUBLIC_RECORD_ID, name)), name).toEqual(
        fs.readFileSync(path.join(DATA_DIR, '2026.12', name)),
      );
    expect(manifest.value.default).toBe(PUBLIC_RECORD_ID);
    const built = buildPublicRecord();
    for (const [file, records] of Object.entries({
      nodes: built.nodes,
      flows: built.flows,
      sources: built.sources,
      figures: built.figures,
      events: built.events,
      stories: built.stories,
    })) {
      expect(fs.readFileSync(path.join(DATA_DIR, built.id, `${file}.json`), 'utf8'), file).toBe(
        toJson(records),
      );
    }
  });

  describe.each(current.map((d) => [d.version.id, d] as const))('version %s', (_, d) => {
    it('talent flows dated up to 2025-09-05 sum to 34', () => {
      expect(sum(byReport(d.flows).filter((f) => f.type === 'talent'))).toBe(34);
    });

    it('100+ technologies, 30+ distinct institutions and dozens of industrialization projects by the report', () => {
      const tech = sum(byReport(d.flows).filter((f) => f.category === 'tech-transfer'));
      expect(tech).toBeGreaterThan(100);
      const cooperation = byReport(d.flows).filter((f) => f.category === 'institution-cooperation');
      // A reported record names its institutions; an illustrative one stands for one unnamed institution.
      const named = new Set(
        cooperation.filter((f) => f.provenance === 'reported').flatMap((f) => f.partners!),
      );
      const unnamed = cooperation.filter((f) => f.provenance === 'illustrative').length;
      expect(named.size + unnamed).toBeGreaterThan(30);
      const industry = sum(byReport(d.flows).filter((f) => f.category === 'industrialization'));
      expect(industry >= 24 && industry < 100, String(industry)).toBe(true);
    });

    it('draws no conference as a flow: the Dragon symposium is an event in Qingdao', () => {
      expect(d.flows.filter((f) => /dragon|龙计划|дракон/i.test(Object.values(f.title).join(' ')))).toEqual(
        [],
      );
      expect(d.flows.some((f) => f.category === 'conference')).toBe(false);
      expect(d.events.find((e) => e.id === 'e-dragon-6-symposium')).toMatchObject({
        node: 'qingdao',
        kind: 'conference',
        start: '2025-07-14',
        end: '2025-07-18',
        attendance: { value: 300, qualifier: 'atLeast' },
        provenance: 'reported',
      });
    });

    it('cites, on every reported record, sources that exist and name their publisher', () => {
      const sources = new Map(d.sources.map((s) => [s.id, s]));
      const records = [...d.nodes, ...d.flows, ...d.figures, ...d.events];
      for (const r of records.filter((x) => x.provenance === 'reported')) {
        expect(r.sources.length, r.id).toBeGreaterThan(0);
        for (const id of r.sources) {
          expect(id, r.id).not.toBe(GENERATOR_ID);
          expect(sources.get(id)?.publisher.trim(), `${r.id} → ${id}`).toBeTruthy();
        }
      }
      for (const r of records.filter((x) => x.provenance === 'illustrative'))
        expect(r.sources, r.id).toEqual([GENERATOR_ID]);
    });

    it('has only reported nodes; the hubs are planned and the center grew out of the 2020 transfer center', () => {
      expect(d.nodes.filter((n) => n.provenance !== 'reported')).toEqual([]);
      const hubs = d.nodes.filter((n) => n.kind === 'hub');
      expect(hubs.map((n) => n.status)).toEqual(Array(6).fill('planned'));
      expect(d.nodes.find((n) => n.id === 'qingdao')).toMatchObject({
        kind: 'center',
        status: 'active',
        since: '2025-09-04',
        predecessor: { since: '2020-12-10', name: { en: 'China–SCO Technology Transfer Center' } },
      });
    });

    it('keeps illustrative detail inside its figures’ scope: SCO member states, the platform’s years', () => {
      const members = new Set(['RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY', 'CN']);
      const nodes = new Map(d.nodes.map((n) => [n.id, n]));
      for (const f of illustrative(d)) {
        for (const end of [f.source, f.target]) expect(members.has(nodes.get(end)!.country), f.id).toBe(true);
        expect(periodStart(f.date) >= '2020-12-01' && periodEnd(f.date) <= '2025-08-31', f.id).toBe(true);
        // Never finer than a month: no invented day.
        expect(f.date.length, f.id).toBeLessThanOrEqual(7);
        expect([
          'high-level-talent',
          'tech-transfer',
          'institution-cooperation',
          'industrialization',
        ]).toContain(f.category);
        expect(f.title.en, f.id).toMatch(/^Illustrative: /);
      }
    });

    it('attaches no illustrative record to an organisation, person or event a reported record names', () => {
      // Every name a reported record or a source gives: partners, the parts of their names in brackets,
      // publishers, and event titles.
      const names = new Set<string>();
      const addName = (s: string) => {
        for (const part of s.split(/[()（）,;]/).map((p) => p.trim()))
          if (part.length >= 4 && !/^(unnamed|Mongolian institution)/i.test(part))
            names.add(part.toLowerCase());
      };
      for (const r of [...d.flows, ...d.events].filter((x) => x.provenance === 'reported'))
        (r.partners ?? []).forEach(addName);
      for (const s of d.sources.filter((x) => x.id !== GENERATOR_ID)) addName(s.publisher);
      for (const e of d.events) Object.values(e.title).forEach(addName);
      expect(names.size).toBeGreaterThan(20);
      for (const f of illustrative(d)) {
        expect(f.partners, f.id).toBeUndefined();
        const text = Object.values(f.title).join(' ').toLowerCase();
        for (const name of names) expect(text.includes(name), `${f.id} names ${name}`).toBe(false);
      }
    });
  });

  it('ships a story whose steps are all reported and validate against the version', async () => {
    const { validateStories } = await import('../../src/data/stories.ts');
    const result = validateStories(
      record,
      fs.readFileSync(path.join(DATA_DIR, PUBLIC_RECORD_ID, 'stories.json')),
    );
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
    if (result.ok) expect(result.value[0]!.steps.every((s) => s.provenance === 'reported')).toBe(true);
  });
});
