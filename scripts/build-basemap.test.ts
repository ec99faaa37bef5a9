import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { maxLonStep, ringArea } from '../src/domain/antimeridian.ts';
import {
  assertFlat,
  basemapMeta,
  buildBasemap,
  buildBorders,
  buildLand,
  featureCollectionText,
  readAtlas,
  roundPath,
  tidyPolygon,
} from './build-basemap.ts';
import { DATA_DIR, ROOT } from './lib/cli.ts';

const paths = (collection: FeatureCollection<Polygon | MultiLineString>): Position[][] =>
  collection.features.flatMap(({ geometry }) => geometry.coordinates);
const positions = (collection: FeatureCollection<Polygon | MultiLineString>) => paths(collection).flat();
const hasTwoDecimalsAtMost = (v: number) => /^-?\d+(\.\d{1,2})?$/.test(String(v));

describe('basemap build from world-atlas', () => {
  const land = buildLand(readAtlas('land-110m.json'));
  const borders = buildBorders(readAtlas('countries-110m.json'));

  it('makes land a FeatureCollection of closed polygons, outer rings clockwise as d3-geo wants', () => {
    expect(land.type).toBe('FeatureCollection');
    expect(land.features.length).toBeGreaterThan(100);
    for (const { type, geometry } of land.features) {
      expect(type).toBe('Feature');
      expect(geometry.type).toBe('Polygon');
      const [outer, ...holes] = geometry.coordinates;
      for (const ring of [outer!, ...holes]) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
      expect(ringArea(outer!)).toBeLessThan(0);
      for (const hole of holes) expect(ringArea(hole)).toBeGreaterThan(0);
    }
  });

  it('makes borders a FeatureCollection of boundary lines', () => {
    expect(borders.type).toBe('FeatureCollection');
    for (const { geometry } of borders.features) {
      expect(geometry.type).toBe('MultiLineString');
      for (const line of geometry.coordinates) expect(line.length).toBeGreaterThanOrEqual(2);
    }
    expect(borders.features.flatMap((f) => f.geometry.coordinates).length).toBeGreaterThan(100);
  });

  it('draws no band across the map: no step over 180° and nothing outside [-180, 180]', () => {
    for (const collection of [land, borders]) {
      expect(() => assertFlat(collection)).not.toThrow();
      for (const { geometry } of collection.features) expect(maxLonStep(geometry)).toBeLessThanOrEqual(180);
      for (const [lon, lat] of positions(collection)) {
        expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      }
    }
    // Russia's Chukotka and Antarctica reach both edges of the map.
    for (const edge of [-180, 180]) expect(positions(land).some(([lon]) => lon === edge)).toBe(true);
  });

  it('rounds every coordinate to two decimals and leaves no repeated point', () => {
    for (const collection of [land, borders]) {
      expect(positions(collection).flat().every(hasTwoDecimalsAtMost)).toBe(true);
      for (const p of paths(collection))
        for (let i = 1; i < p.length; i++) expect(p[i]).not.toEqual(p[i - 1]);
    }
  });

  it('reads as the land it is on the sphere (d3-geo, which the SVG renderer uses)', () => {
    const globe = 4 * Math.PI;
    const share = land.features.reduce((sum, f) => sum + geoArea(f), 0) / globe;
    expect(share).toBeGreaterThan(0.28); // land is about 29% of the Earth's surface
    expect(share).toBeLessThan(0.3);
    for (const p of [
      [0, -88], // Antarctica, down to the pole
      [179.5, 67], // Chukotka, both sides of the antimeridian
      [-179.5, 67],
      [100, 60],
    ] as const)
      expect(geoContains(land, [...p]), `${p}`).toBe(true);
    for (const p of [
      [-150, 0],
      [0, -60],
      [-30, 30],
    ] as const)
      expect(geoContains(land, [...p]), `${p}`).toBe(false);
  });

  it('keeps borders apart from land: only lines between two countries, no coastline', () => {
    const borderPoints = positions(borders);
    // The US–Canada border along 49°N is there...
    expect(borderPoints.some(([lon, lat]) => lon! > -110 && lon! < -100 && Math.abs(lat! - 49) < 0.01)).toBe(
      true,
    );
    // ...but mainland Australia, a country with no land border, has no border line at all.
    expect(borderPoints.some(([lon, lat]) => lon! > 113 && lon! < 154 && lat! > -44 && lat! < -11)).toBe(
      false,
    );
  });

  it('writes the same bytes on every run, as GeoJSON that parses back to what was built', () => {
    const first = buildBasemap('110m');
    const second = buildBasemap('110m');
    expect(Object.keys(first)).toEqual(['land.geojson', 'borders.geojson', 'basemap.json']);
    expect(second).toEqual(first);
    expect(JSON.parse(first['land.geojson']!)).toEqual(land);
    expect(JSON.parse(first['borders.geojson']!)).toEqual(borders);
    expect(featureCollectionText(land)).toBe(first['land.geojson']);
  });

  it('also builds 1:50m, which passes the same flatness check', () => {
    const files = buildBasemap('50m');
    expect(JSON.parse(files['basemap.json']!).source).toMatch(/1:50m$/);
  }, 30_000);

  it('describes its source and leaves the approval number for a deployer to fill in', () => {
    const meta = basemapMeta('110m');
    expect(meta.source).toMatch(/^Natural Earth via world-atlas \d+\.\d+\.\d+, 1:110m$/);
    expect(meta.license).toBe('public domain');
    expect(Object.keys(meta.attribution).sort()).toEqual(['en', 'ru', 'zh']);
    expect(meta.approvalNumber).toBeNull();
    expect(meta.files).toEqual({ land: 'land.geojson', borders: 'borders.geojson' });
  });
});

describe('tidying', () => {
  it('rounds to two decimals and drops the repeats that leaves', () => {
    expect(
      roundPath([
        [1.23449, 2],
        [1.2341, 2.001],
        [1.5, 2],
      ]),
    ).toEqual([
      [1.23, 2],
      [1.5, 2],
    ]);
  });

  it('drops an island that rounding shrinks to nothing, and winds outer rings clockwise', () => {
    const speck = [
      [10, 10],
      [10.0001, 10],
      [10.0001, 10.0001],
      [10, 10],
    ];
    expect(tidyPolygon([speck])).toBeNull();
    const counterClockwise = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const [outer, hole] = tidyPolygon([counterClockwise, [...counterClockwise].reverse()])!;
    expect(ringArea(outer!)).toBeLessThan(0);
    expect(ringArea(hole!)).toBeGreaterThan(0);
  });

  it('refuses output with a band across the map', () => {
    const band: FeatureCollection<MultiLineString> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [179, 0],
                [-179, 0],
              ],
            ],
          },
        },
      ],
    };
    expect(() => assertFlat(band)).toThrow(/180/);
  });
});

describe('shipped basemap in public/data/basemap', () => {
  // Checks properties rather than bytes, so it still holds when a deployer ships approved boundary data.
  const dir = path.join(DATA_DIR, 'basemap');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'basemap.json'), 'utf8')) as ReturnType<
    typeof basemapMeta
  >;

  it('lists files that exist and draw no band across the map', () => {
    for (const file of [meta.files.land, meta.files.borders]) {
      const collection = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as FeatureCollection<
        Polygon | MultiLineString
      >;
      expect(collection.type).toBe('FeatureCollection');
      expect(() => assertFlat(collection)).not.toThrow();
    }
  });
});

describe('command line', () => {
  const run = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/build-basemap.ts'), ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );

  it('prints usage for --help and writes nothing', () => {
    expect(run('--help')).toMatch(/^Usage: npm run basemap/);
  });

  it('writes the three files to --out', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'));
    try {
      run('--out', out);
      expect(fs.readdirSync(out).sort()).toEqual(['basemap.json', 'borders.geojson', 'land.geojson']);
      expect(fs.readFileSync(path.join(out, 'land.geojson'), 'utf8')).toBe(buildBasemap()['land.geojson']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
