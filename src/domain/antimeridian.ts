/**
 * Cuts lon/lat geometry at the antimeridian so a flat map never draws an edge from +180 to -180 straight
 * across the world (the "band across the map" a planar renderer makes of Russia, Fiji and Antarctica).
 *
 * The method: re-express each ring or line in an unwrapped plane, where consecutive vertices are never more
 * than 180° apart, because the short way round is the edge the data means. Then cut that plane into 360°
 * strips [-180 + 360k, 180 + 360k] and shift each strip home by -360k. Cut points are placed on the strip
 * edges, so they land exactly on ±180.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

type Point = [number, number];

const point = (p: Position): Point => [p[0]!, p[1]!];
const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];
const home = (p: Point, k: number): Point => [p[0] - 360 * k, p[1]];
const dedupe = (points: Point[]) => points.filter((p, i) => i === 0 || !same(p, points[i - 1]!));
// Loops rather than Math.min(...xs): a detailed coastline can have more vertices than a call takes arguments.
const westmost = (points: Point[]) => points.reduce((min, [x]) => Math.min(min, x), Infinity);
const eastmost = (points: Point[]) => points.reduce((max, [x]) => Math.max(max, x), -Infinity);

/** Shifts each vertex by whole turns so it sits within 180° of the one before. */
export function unwrap(points: Position[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const [lon, lat] = point(p);
    const prev = out[out.length - 1];
    out.push([prev ? lon + 360 * Math.round((prev[0] - lon) / 360) : lon, lat]);
  }
  return out;
}

/** The largest longitude step between consecutive vertices: above 180, a renderer draws a band across the map. */
export function maxLonStep(geometry: Polygon | MultiPolygon | LineString | MultiLineString): number {
  const paths: Position[][] =
    geometry.type === 'LineString'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : geometry.coordinates;
  let max = 0;
  for (const path of paths)
    for (let i = 1; i < path.length; i++) max = Math.max(max, Math.abs(path[i]![0]! - path[i - 1]![0]!));
  return max;
}

export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = point(ring[i]!);
    const [x2, y2] = point(ring[(i + 1) % ring.length]!);
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Indices k of the strips [-180 + 360k, 180 + 360k] that the points reach into. */
function strips(points: Point[]): number[] {
  const ks: number[] = [];
  const last = Math.ceil((eastmost(points) + 180) / 360) - 1;
  for (let k = Math.floor((westmost(points) + 180) / 360); k <= last; k++) ks.push(k);
  return ks;
}

/** Where segment a-b meets the meridian x; an endpoint on it is returned as is so no near-duplicate appears. */
function crossing(a: Point, b: Point, x: number): Point {
  if (b[0] === x) return b;
  return [x, a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1])];
}

/**
 * A ring that winds once round the globe (Antarctica's coast) encloses a pole. On the flat map its area
 * runs down to the map's edge, so it is closed along that edge at ±90: the nearer pole, by mean latitude.
 * The closing edge gets a vertex every 90° so that it, too, has no step over 180°.
 */
function closeAtPole(ring: Point[]): Point[] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const pole = ring.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
  const turn = first[0] - last[0];
  const edge = [0, 1, 2, 3, 4].map((i): Point => [last[0] + (turn * i) / 4, pole]);
  return [...ring, ...edge, first];
}

/** Sutherland–Hodgman against one meridian; the strips are convex, so two passes clip a ring to a strip. */
function clipHalfPlane(ring: Point[], edge: number, inside: (x: number) => boolean): Point[] {
  const out: Point[] = [];
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    if (inside(a[0])) out.push(a);
    if (inside(a[0]) !== inside(b[0])) out.push(crossing(a, b, edge));
  });
  return out;
}

/**
 * The part of a closed ring in strip k, moved home, or null when nothing of it lies inside the strip.
 * A ring that leaves the strip more than once comes back as one ring joined by zero-width edges along
 * ±180: it fills the same, and no Natural Earth ring crosses the antimeridian more than twice.
 */
function clipRing(ring: Point[], k: number): Position[] | null {
  const west = 360 * k - 180;
  const east = west + 360;
  if (!ring.some(([x]) => x > west && x < east)) return null;
  const open = same(ring[0]!, ring[ring.length - 1]!) ? ring.slice(0, -1) : ring;
  const clipped = clipHalfPlane(
    clipHalfPlane(open, west, (x) => x >= west),
    east,
    (x) => x <= east,
  );
  const part = dedupe(clipped.map((p) => home(p, k)));
  if (part.length > 1 && same(part[0]!, part[part.length - 1]!)) part.pop();
  return part.length < 3 ? null : [...part, part[0]!];
}

/** One polygon (outer ring, then holes) → the polygons it becomes once cut, each within [-180, 180]. */
export function cutPolygon(rings: Position[][]): Position[][][] {
  const closed = rings.filter((r) => r.length > 0).map((r) => closeAtPole(unwrap(r)));
  if (closed.length === 0) return [];
  // Closing at the pole can make the ring the data lists first the smaller one: world-atlas lists a ring
  // round the pole at -89.999° before Antarctica's coast. On the flat map the outer ring is the largest.
  const areas = closed.map((r) => Math.abs(ringArea(r)));
  const o = areas.indexOf(areas.reduce((a, b) => Math.max(a, b)));
  const outer = closed[o]!;
  const west = westmost(outer);
  // Holes were unwrapped on their own and may sit a whole turn away from their outer ring.
  const holes = closed
    .filter((_, i) => i !== o)
    .map((hole) => {
      const turns = Math.ceil((west - westmost(hole)) / 360);
      return hole.map((p) => home(p, -turns));
    });
  return strips(outer).flatMap((k) => {
    const part = clipRing(outer, k);
    if (!part) return [];
    return [[part, ...holes.map((hole) => clipRing(hole, k)).filter((h): h is Position[] => h !== null)]];
  });
}

/** The parts of strip k that a line passes through, moved home. */
function clipLine(points: Point[], k: number): Position[][] {
  const west = 360 * k - 180;
  const east = west + 360;
  const inside = ([x]: Point) => x >= west && x <= east;
  const parts: Point[][] = [];
  let part: Point[] = [];
  points.forEach((b, i) => {
    const a = points[i - 1];
    // Unwrapped steps are at most 180°, so a step can cross one strip edge but never jump a whole strip.
    if (a && inside(a) !== inside(b)) part.push(crossing(a, b, Math.min(a[0], b[0]) < west ? west : east));
    if (inside(b)) part.push(b);
    else if (part.length > 0) {
      parts.push(part);
      part = [];
    }
  });
  parts.push(part);
  return parts.map((p) => dedupe(p.map((q) => home(q, k)))).filter((p) => p.length >= 2);
}

export function cutLine(line: Position[]): Position[][] {
  const points = unwrap(line);
  return strips(points).flatMap((k) => clipLine(points, k));
}

export function cutPolygons(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap(cutPolygon) };
}

export function cutLines(geometry: LineString | MultiLineString): MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiLineString', coordinates: lines.flatMap(cutLine) };
}
