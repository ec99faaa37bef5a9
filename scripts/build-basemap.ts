/**
 * Builds the offline basemap from Natural Earth as packaged by world-atlas: land polygons (the app draws
 * their fill and their outline, the coastline) and national boundary lines, as GeoJSON cut at the
 * antimeridian so a flat map draws no band across the world. The metadata file names the source and
 * carries `approvalNumber`: a deployer whose map must be approved (in China, a 审图号) replaces the two
 * GeoJSON files with their own boundary data and sets it, and the app shows it in the attribution line.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { cutLines, cutPolygons, maxLonStep, ringArea } from '../src/domain/antimeridian.ts';
import { DATA_DIR, flag, helpRequested, parseArgs } from './lib/cli.ts';

// The topology as mesh() takes it: @types/topojson-client types a topology's objects more loosely than that.
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;
export type Topology = Parameters<typeof mesh>[0] & { objects: Record<string, TopoObject | undefined> };
export type Resolution = '50m' | '110m';

/**
 * 1:110m, because the budget is about 600 KB for the whole basemap: at three decimals 1:110m came to about
 * 140 KB (50 KB gzipped) and 1:50m to about 1.45 MB (440 KB gzipped). `--resolution=50m` builds the latter.
 */
export const RESOLUTION: Resolution = '110m';
const isResolution = (value: string): value is Resolution => value === '50m' || value === '110m';
/**
 * Two decimals: about 1.1 km on the ground, still finer than the detail a 1:50m line has (0.1 mm at that
 * scale is 5 km; at 1:110m, 11 km). A third decimal added 10 kB raw and 6 kB gzipped to the land every viewer
 * downloads before the first picture, for nothing a reader can see: at the map's deepest zoom (9) a point
 * moves by at most 4 px, along lines whose points lie tens of pixels apart there.
 */
const SCALE = 100;

const USAGE = `
Usage: npm run basemap -- [--out DIR] [--resolution=110m|50m]

Builds the basemap from Natural Earth (npm package world-atlas) and writes land.geojson, borders.geojson
and basemap.json to DIR (default public/data/basemap). The output is the same bytes on every run.
The default resolution, 1:110m, keeps the files small; 1:50m is about ten times larger.
`;

export interface BasemapMeta {
  source: string;
  license: string;
  attribution: { zh: string; en: string; ru: string };
  approvalNumber: string | null;
  files: { land: string; borders: string };
}

const require = createRequire(import.meta.url);

export function readAtlas(file: string): Topology {
  return JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

function atlasVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

const round = (v: number) => Math.round(v * SCALE) / SCALE;

/** Rounds to two decimals (SCALE) and drops the repeated points rounding leaves behind. */
export function roundPath(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const q = [round(p[0]!), round(p[1]!)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * Outer rings clockwise, holes counter-clockwise: d3-geo's convention, not RFC 7946's. The SVG renderer draws
 * these files with d3-geo, which reads a counter-clockwise outer ring as the whole globe minus the island;
 * MapLibre ignores winding, so this order serves both.
 */
const orient = (ring: Position[], clockwise: boolean) =>
  ringArea(ring) < 0 === clockwise ? ring : [...ring].reverse();

/** A rounded polygon, or null when rounding leaves its outer ring without area (a speck of an island). */
export function tidyPolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(roundPath);
  const valid = (ring: Position[]) => ring.length >= 4 && ringArea(ring) !== 0;
  if (!outer || !valid(outer)) return null;
  return [orient(outer, true), ...holes.filter(valid).map((hole) => orient(hole, false))];
}

function geometriesOf(value: Feature | FeatureCollection): Geometry[] {
  const features = value.type === 'FeatureCollection' ? value.features : [value];
  return features.map((f) => f.geometry).filter((g): g is Geometry => g !== null);
}

/** Land as one feature per polygon, so a renderer can skip the ones outside a tile by their extent. */
export function buildLand(land: Topology): FeatureCollection<Polygon> {
  const object = land.objects.land;
  if (!object) throw new Error('world-atlas land file has no "land" object');
  const polygons = geometriesOf(feature(land, object))
    .flatMap((g) => (g.type === 'Polygon' || g.type === 'MultiPolygon' ? cutPolygons(g).coordinates : []))
    .map(tidyPolygon)
    .filter((p): p is Position[][] => p !== null);
  return {
    type: 'FeatureCollection',
    features: polygons.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: p },
    })),
  };
}

/** Boundaries between two countries only: coastlines come from the land outline. */
export function buildBorders(countries: Topology): FeatureCollection<MultiLineString> {
  const object = countries.objects.countries;
  if (!object) throw new Error('world-atlas countries file has no "countries" object');
  const lines = cutLines(mesh(countries, object, (a, b) => a !== b))
    .coordinates.map(roundPath)
    .filter((line) => line.length >= 2);
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } },
    ],
  };
}

export function basemapMeta(resolution: Resolution): BasemapMeta {
  return {
    source: `Natural Earth via world-atlas ${atlasVersion()}, 1:${resolution}`,
    license: 'public domain',
    attribution: {
      zh: '底图：Natural Earth（公有领域），经 world-atlas 转换',
      en: 'Basemap: Natural Earth (public domain) via world-atlas',
      ru: 'Основа карты: Natural Earth (общественное достояние) через world-atlas',
    },
    approvalNumber: null,
    files: { land: 'land.geojson', borders: 'borders.geojson' },
  };
}

/** Refuses output a flat map would draw wrongly: a step over 180° or a coordinate off the map. */
export function assertFlat(collection: FeatureCollection<Polygon | MultiLineString>): void {
  for (const { geometry } of collection.features) {
    if (maxLonStep(geometry) > 180) throw new Error('a segment spans more than 180° of longitude');
    const points = geometry.coordinates.flat();
    if (points.some(([lon, lat]) => Math.abs(lon!) > 180 || Math.abs(lat!) > 90))
      throw new Error('a coordinate lies outside [-180, 180] × [-90, 90]');
  }
}

/** Compact, one feature per line: small to load, yet a data update still shows as a readable diff. */
export function featureCollectionText(collection: FeatureCollection): string {
  const features = collection.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}

/** File name → contents, in a fixed order. */
export function buildBasemap(resolution: Resolution = RESOLUTION): Record<string, string> {
  const land = buildLand(readAtlas(`land-${resolution}.json`));
  const borders = buildBorders(readAtlas(`countries-${resolution}.json`));
  assertFlat(land);
  assertFlat(borders);
  const meta = basemapMeta(resolution);
  return {
    [meta.files.land]: featureCollectionText(land),
    [meta.files.borders]: featureCollectionText(borders),
    'basemap.json': `${JSON.stringify(meta, null, 2)}\n`,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  const out = flag(args, 'out') ?? path.join(DATA_DIR, 'basemap');
  // A bare `--resolution 50m` parses as a switch plus a stray word: refuse it rather than build 1:110m.
  const resolution = args.flags.get('resolution') ?? RESOLUTION;
  if (helpRequested(args, USAGE)) {
    // Usage printed.
  } else if (resolution === true || !isResolution(resolution)) {
    console.error('Give the resolution as --resolution=110m or --resolution=50m.');
    process.exitCode = 1;
  } else {
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(buildBasemap(resolution))) {
      const bytes = Buffer.from(text, 'utf8');
      fs.writeFileSync(path.join(out, name), bytes);
      console.log(`${path.join(out, name)}  ${kb(bytes.length)} (gzip ${kb(gzipSync(bytes).length)})`);
    }
  }
}
