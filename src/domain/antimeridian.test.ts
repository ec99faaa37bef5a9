import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { cutLine, cutLines, cutPolygon, cutPolygons, maxLonStep, ringArea } from './antimeridian.ts';

/** Ray-casting point-in-ring test. */
function inRing(ring: Position[], [x, y]: [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** As a renderer reads GeoJSON: the first ring is the outline, every other ring a hole in it. */
const covers = ([outer, ...holes]: Position[][], p: [number, number]) =>
  !!outer && inRing(outer, p) && !holes.some((hole) => inRing(hole, p));

const coversAny = (polygons: Position[][][], p: [number, number]) =>
  polygons.some((rings) => covers(rings, p));
const lons = (polygons: Position[][][]) => polygons.flat(2).map(([lon]) => lon!);
const filledArea = (polygons: Position[][][]) =>
  polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(ringArea(outer!)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0),
    0,
  );

describe('cutPolygon', () => {
  it('leaves a polygon that does not cross the antimeridian as it is', () => {
    const square = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutPolygon([square])).toEqual([[square]]);
  });

  it('splits a square across the antimeridian into two parts meeting exactly at ±180', () => {
    const parts = cutPolygon([
      [
        [170, -10],
        [-170, -10],
        [-170, 10],
        [170, 10],
        [170, -10],
      ],
    ]);
    expect(parts).toHaveLength(2);
    const [east, west] = parts.map(([outer]) => outer!);
    expect(new Set(east!.map(([lon]) => lon))).toEqual(new Set([170, 180]));
    expect(new Set(west!.map(([lon]) => lon))).toEqual(new Set([-180, -170]));
    expect(east).toContainEqual([180, -10]);
    expect(west).toContainEqual([-180, 10]);
    expect(filledArea(parts)).toBeCloseTo(400, 9);
    expect(maxLonStep(cutPolygons({ type: 'Polygon', coordinates: parts[0]! }))).toBeLessThanOrEqual(180);
  });

  it('interpolates the latitude where a slanted edge crosses', () => {
    const [east, west] = cutPolygon([
      [
        [170, 0],
        [-170, 10],
        [-170, 20],
        [170, 20],
        [170, 0],
      ],
    ]).map(([outer]) => outer!);
    expect(east).toContainEqual([180, 5]);
    expect(west).toContainEqual([-180, 5]);
  });

  it('cuts holes along with their outer ring, even when listed a whole turn away', () => {
    const outer = [
      [-170, -10],
      [-170, 10],
      [170, 10],
      [170, -10],
      [-170, -10],
    ];
    const hole = [
      [178, -2],
      [178, 2],
      [-178, 2],
      [-178, -2],
      [178, -2],
    ];
    const parts = cutPolygon([outer, hole]);
    expect(parts).toHaveLength(2);
    for (const rings of parts) expect(rings).toHaveLength(2);
    expect(filledArea(parts)).toBeCloseTo(400 - 16, 9);
    expect(coversAny(parts, [179, 0])).toBe(false);
    expect(coversAny(parts, [-179, 0])).toBe(false);
    expect(coversAny(parts, [175, 5])).toBe(true);
    expect(coversAny(parts, [-175, -5])).toBe(true);
  });

  it('keeps a ring that only touches the antimeridian on its own side (Fiji in world-atlas)', () => {
    // world-atlas writes one point on the meridian as -180 and the next as +180.
    const parts = cutPolygon([
      [
        [-180, -16.49],
        [180, -16.54],
        [179.98, -16.54],
        [179.98, -16.52],
        [-180, -16.49],
      ],
    ]);
    expect(parts).toHaveLength(1);
    expect(Math.min(...lons(parts))).toBe(179.98);
    expect(Math.max(...lons(parts))).toBe(180);
  });

  it('closes a ring round the south pole along the bottom edge of the map (Antarctica)', () => {
    const coast = [
      [-180, -70],
      [-90, -75],
      [0, -70],
      [90, -75],
      [-180, -70],
    ];
    const parts = cutPolygon([coast]);
    expect(parts).toHaveLength(1);
    const outer = parts[0]![0]!;
    expect(outer).toContainEqual([180, -90]);
    expect(outer).toContainEqual([-180, -90]);
    expect(Math.min(...lons(parts))).toBe(-180);
    expect(Math.max(...lons(parts))).toBe(180);
    expect(coversAny(parts, [0, -89.5])).toBe(true);
    expect(coversAny(parts, [45, -80])).toBe(true);
    expect(coversAny(parts, [0, -60])).toBe(false);
    expect(maxLonStep({ type: 'MultiPolygon', coordinates: parts })).toBeLessThanOrEqual(180);
  });

  it('cuts a polar ring that starts away from the antimeridian into two parts', () => {
    const parts = cutPolygon([
      [
        [0, -70],
        [90, -70],
        [180, -70],
        [-90, -70],
        [0, -70],
      ],
    ]);
    expect(parts).toHaveLength(2);
    expect(filledArea(parts)).toBeCloseTo(360 * 20, 9);
    expect(coversAny(parts, [179.9, -80])).toBe(true);
    expect(coversAny(parts, [-179.9, -80])).toBe(true);
    expect(Math.max(...lons(parts).map(Math.abs))).toBe(180);
  });

  it('closes a ring round the north pole at +90', () => {
    const parts = cutPolygon([
      [
        [-180, 80],
        [0, 82],
        [-180, 80],
      ],
    ]);
    expect(coversAny(parts, [0, 89])).toBe(true);
    expect(coversAny(parts, [0, 70])).toBe(false);
  });

  it('takes the ring round the pole that world-atlas lists first as a hole, not as Antarctica', () => {
    // countries-50m gives Antarctica a ring at -89.999° running west, then the coast running east.
    const pole = [0, 1, 2, 3, 4].map((i) => [180 - i * 90, -89.999]);
    pole[0] = [-180, -89.999];
    const coast = [
      [-180, -70],
      [-90, -75],
      [0, -70],
      [90, -75],
      [-180, -70],
    ];
    const parts = cutPolygon([pole, coast]);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveLength(2);
    expect(coversAny(parts, [0, -80])).toBe(true);
    expect(coversAny(parts, [0, -60])).toBe(false);
  });
});

describe('cutLine', () => {
  it('splits a line where it crosses, at an interpolated point on ±180', () => {
    expect(
      cutLine([
        [170, 0],
        [-170, 10],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
  });

  it('brings a line that runs past 180 back into range', () => {
    expect(
      cutLine([
        [175, 0],
        [185, 0],
        [190, 1],
      ]),
    ).toEqual([
      [
        [175, 0],
        [180, 0],
      ],
      [
        [-180, 0],
        [-175, 0],
        [-170, 1],
      ],
    ]);
  });

  it('keeps a line that touches the antimeridian and turns back in one piece', () => {
    const line = [
      [170, 0],
      [180, 5],
      [170, 10],
    ];
    expect(cutLine(line)).toEqual([line]);
  });

  it('cuts every line of a MultiLineString', () => {
    const cut = cutLines({
      type: 'MultiLineString',
      coordinates: [
        [
          [10, 0],
          [20, 0],
        ],
        [
          [-175, 0],
          [175, 0],
        ],
      ],
    });
    expect(cut.coordinates).toHaveLength(3);
    expect(maxLonStep(cut)).toBeLessThanOrEqual(180);
  });
});

describe('world-atlas (Natural Earth) through the cut', () => {
  const require = createRequire(import.meta.url);
  type Topology = Parameters<typeof mesh>[0] & { objects: Record<string, Parameters<typeof mesh>[1]> };
  const atlas = (file: string) =>
    JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
  const features = (topology: Topology, name: string) => {
    const collection = feature<{ name?: string }>(topology, topology.objects[name]!);
    return collection.type === 'FeatureCollection' ? collection.features : [collection];
  };
  const polygonal = (g: Geometry | null): g is Polygon | MultiPolygon =>
    g?.type === 'Polygon' || g?.type === 'MultiPolygon';

  for (const resolution of ['110m', '50m']) {
    describe(resolution, () => {
      const countries = atlas(`countries-${resolution}.json`);
      const land = atlas(`land-${resolution}.json`);
      const countryShapes = features(countries, 'countries');
      const country = (name: string) => {
        const g = countryShapes.find((f) => f.properties?.name === name)?.geometry ?? null;
        if (!polygonal(g)) throw new Error(`no polygon for ${name}`);
        return g;
      };

      it('has the bands to cut in the first place', () => {
        for (const name of ['Russia', 'Fiji', 'Antarctica'])
          expect(maxLonStep(country(name))).toBeGreaterThan(180);
      });

      it('leaves no segment spanning more than 180° of longitude: no bands across the map', () => {
        const geometries = [...countryShapes, ...features(land, 'land')].map((f) => f.geometry);
        for (const g of geometries.filter(polygonal)) {
          const cut = cutPolygons(g);
          expect(maxLonStep(cut)).toBeLessThanOrEqual(180);
          for (const lon of lons(cut.coordinates)) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        }
        const borders = cutLines(mesh(countries, countries.objects.countries!, (a, b) => a !== b));
        expect(maxLonStep(borders)).toBeLessThanOrEqual(180);
      });

      it('keeps Russia, Fiji and Antarctica within [-180, 180], on both sides of the map', () => {
        for (const name of ['Russia', 'Fiji', 'Antarctica']) {
          const cut = cutPolygons(country(name));
          const all = lons(cut.coordinates);
          expect(Math.min(...all), name).toBe(-180);
          expect(Math.max(...all), name).toBe(180);
          for (const lon of all) expect(Math.abs(lon), name).toBeLessThanOrEqual(180);
        }
      });

      it('fills Antarctica down to the pole and no further north than its coast', () => {
        const cut = cutPolygons(country('Antarctica')).coordinates;
        for (const lon of [-179.9, -90, 0, 90, 179.9]) {
          expect(coversAny(cut, [lon, -88]), `${lon}`).toBe(true);
          expect(coversAny(cut, [lon, -55]), `${lon}`).toBe(false);
        }
        const russia = cutPolygons(country('Russia')).coordinates;
        expect(coversAny(russia, [179.5, 67])).toBe(true);
        expect(coversAny(russia, [-179.5, 67])).toBe(true);
        expect(coversAny(russia, [0, 67])).toBe(false);
      });
    });
  }
});

describe('cutting, vertex by vertex', () => {
  it('measures the longitude step of a single line', () => {
    expect(
      maxLonStep({
        type: 'LineString',
        coordinates: [
          [170, 0],
          [-170, 0],
        ],
      }),
    ).toBe(340);
  });

  it('drops a repeated vertex', () => {
    expect(
      cutLine([
        [10, 0],
        [10, 0],
        [20, 0],
      ]),
    ).toEqual([
      [
        [10, 0],
        [20, 0],
      ],
    ]);
  });

  it('splits a line at a vertex on the antimeridian, with that vertex exactly as given on both sides', () => {
    // -170 → 180 → 170 runs west across the meridian through its middle vertex.
    expect(
      cutLine([
        [-170, 0.2],
        [180, 0.9],
        [170, 1.6],
      ]),
    ).toEqual([
      [
        [180, 0.9],
        [170, 1.6],
      ],
      [
        [-170, 0.2],
        [-180, 0.9],
      ],
    ]);
  });

  it('splits a line that starts east of the antimeridian on a vertex exactly on it', () => {
    expect(
      cutLine([
        [170, 0],
        [180, 5],
        [-170, 10],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
  });

  it('keeps apart the two pieces of a line that crosses over and comes back', () => {
    expect(
      cutLine([
        [170, 0],
        [-170, 0],
        [170, 10],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 0],
      ],
      [
        [180, 5],
        [170, 10],
      ],
      [
        [-180, 0],
        [-170, 0],
        [-180, 5],
      ],
    ]);
  });

  it('closes a ring that starts on the antimeridian without repeating that vertex', () => {
    expect(
      cutPolygon([
        [
          [180, 0],
          [170, 10],
          [-170, 10],
          [180, 0],
        ],
      ]),
    ).toEqual([
      [
        [
          [180, 0],
          [170, 10],
          [180, 10],
          [180, 0],
        ],
      ],
      [
        [
          [-180, 0],
          [-180, 10],
          [-170, 10],
          [-180, 0],
        ],
      ],
    ]);
  });

  it('keeps a hole that only touches the antimeridian on its own side', () => {
    const parts = cutPolygon([
      [
        [170, -10],
        [-170, -10],
        [-170, 10],
        [170, 10],
        [170, -10],
      ],
      [
        [175, -2],
        [180, -1],
        [180, 0],
        [180, 1],
        [175, 2],
        [175, -2],
      ],
    ]);
    expect(parts.map((rings) => rings.length)).toEqual([2, 1]);
  });

  it('gives nothing for no rings or empty ones, and ignores an empty hole', () => {
    const square = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutPolygon([])).toEqual([]);
    expect(cutPolygon([[]])).toEqual([]);
    expect(cutPolygon([square, []])).toEqual([[square]]);
  });

  it('turns a Polygon into a MultiPolygon and a LineString into a MultiLineString', () => {
    const square = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutPolygons({ type: 'Polygon', coordinates: [square] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[square]],
    });
    const line = [
      [10, 0],
      [20, 0],
    ];
    expect(cutLines({ type: 'LineString', coordinates: line })).toEqual({
      type: 'MultiLineString',
      coordinates: [line],
    });
  });
});
