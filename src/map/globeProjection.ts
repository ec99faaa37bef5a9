/**
 * The globe for the two drawings made without WebGL (SVG fallback, PNG export): d3's orthographic
 * projection turned to face the view's nodes and fitted to them, and the arcs as the WebGL layer draws
 * them on MapLibre's globe — the lifted great circle of src/domain/globeArcs.ts — seen orthographically:
 * a point lifted to radius r lies r times as far from the disc's centre as the surface point below it, and
 * is hidden only when it is behind the Earth (in front of the limb it shows even past the horizon). The
 * WebGL globe is a perspective view and hides what lies beyond MapLibre's horizon plane, so near the
 * horizon a lifted arc may show a little further here than there.
 */
import { geoOrthographic, type GeoProjection } from 'd3-geo';
import { globeArcPoint } from '../domain/globeArcs.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import { extentOf } from './flatProjection.ts';

/** Points per arc: a 6,000 km arc is drawn in 250 km straight pieces, smooth at wall sizes. */
const ARC_SAMPLES = 24;

export interface GlobeDrawing {
  /** For the land, borders and the globe's outline (clipped at the horizon by d3). */
  projection: GeoProjection;
  /** A node's position in pixels, or null when it is on the far side. */
  at: (n: Pick<NodePoint, 'lon' | 'lat'>) => [number, number] | null;
  /** The middle of an arc between two world positions, lifted as the arc is, or null when hidden. */
  middle: (x0: number, y0: number, x1: number, y1: number) => [number, number] | null;
  /** An arc between two world positions: the visible runs of its lifted great circle, in pixels. */
  arc: (x0: number, y0: number, x1: number, y1: number) => Array<Array<[number, number]>>;
}

/** The direction of the mean of the points' unit vectors: the middle of a group of places on the sphere. */
function sphericalMean(coordinates: number[][]): [number, number] {
  const rad = Math.PI / 180;
  let [x, y, z] = [0, 0, 0];
  for (const [lon = 0, lat = 0] of coordinates) {
    x += Math.cos(lat * rad) * Math.cos(lon * rad);
    y += Math.cos(lat * rad) * Math.sin(lon * rad);
    z += Math.sin(lat * rad);
  }
  return [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
}

export function fitGlobeProjection(
  nodes: readonly Pick<NodePoint, 'lon' | 'lat'>[],
  extent: [[number, number], [number, number]],
): GlobeDrawing {
  const points = extentOf(nodes);
  const [lon0, lat0] = sphericalMean(points.coordinates);
  const projection = geoOrthographic().rotate([-lon0, -lat0]).clipAngle(90).fitExtent(extent, points);
  const [cx, cy] = projection.translate();
  const rad = Math.PI / 180;
  // The direction the globe faces, in the frame of globeArcPoint (y north, z to lon 0, x to lon 90° E).
  const facing = [
    Math.sin(lon0 * rad) * Math.cos(lat0 * rad),
    Math.sin(lat0 * rad),
    Math.cos(lon0 * rad) * Math.cos(lat0 * rad),
  ];
  /** A point of the globe's frame, lifted to its length, as seen; null when the Earth hides it. */
  const seen = (p: [number, number, number]): [number, number] | null => {
    const r = Math.hypot(...p);
    const cos = (p[0] * facing[0]! + p[1] * facing[1]! + p[2] * facing[2]!) / r;
    const sin = Math.sqrt(Math.max(0, 1 - cos * cos));
    if (cos < 0 && r * sin <= 1) return null;
    const lon = Math.atan2(p[0], p[2]) / rad;
    const lat = Math.asin(p[1] / r) / rad;
    const [sx, sy] = projection([lon, lat])!;
    return [cx + (sx - cx) * r, cy + (sy - cy) * r];
  };
  const visible = (lon: number, lat: number) => {
    const p: [number, number, number] = [
      Math.sin(lon * rad) * Math.cos(lat * rad),
      Math.sin(lat * rad),
      Math.cos(lon * rad) * Math.cos(lat * rad),
    ];
    return seen(p);
  };
  return {
    projection,
    at: (n) => visible(n.lon, n.lat),
    middle: (x0, y0, x1, y1) => seen(globeArcPoint(x0, y0, x1, y1, 0.5)),
    arc: (x0, y0, x1, y1) => {
      const runs: Array<Array<[number, number]>> = [];
      let run: Array<[number, number]> = [];
      for (let i = 0; i <= ARC_SAMPLES; i++) {
        const s = seen(globeArcPoint(x0, y0, x1, y1, i / ARC_SAMPLES));
        if (s) run.push(s);
        else if (run.length) {
          runs.push(run);
          run = [];
        }
      }
      if (run.length > 1) runs.push(run);
      return runs.filter((r) => r.length > 1);
    },
  };
}
