/**
 * The projection the two flat renderers (SVG fallback, PNG export) share: d3's Mercator fitted to the
 * nodes of the view, and the linear map from the domain's Web Mercator world coordinates (0..1) onto it,
 * so a quadratic Bézier in world coordinates stays the same curve on screen.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { NodePoint } from '../domain/nodePoints.ts';

export interface FlatProjection {
  projection: GeoProjection;
  /** World x, y (0..1) → pixels. */
  px: (x: number) => number;
  py: (y: number) => number;
  /** A node's position in pixels. */
  at: (n: Pick<NodePoint, 'lon' | 'lat'>) => [number, number];
}

/** Where the view's nodes lie; with none, a box over the network's region (Minsk to Qingdao). */
export function extentOf(nodes: readonly Pick<NodePoint, 'lon' | 'lat'>[]) {
  const coordinates = nodes.length
    ? nodes.map((n) => [n.lon, n.lat] as [number, number])
    : [
        [20, 20],
        [130, 55],
      ];
  return { type: 'MultiPoint' as const, coordinates };
}

export function fitFlatProjection(
  nodes: readonly Pick<NodePoint, 'lon' | 'lat'>[],
  extent: [[number, number], [number, number]],
): FlatProjection {
  const projection = geoMercator().fitExtent(extent, extentOf(nodes));
  const k = projection.scale() * 2 * Math.PI;
  const [tx, ty] = projection.translate();
  return {
    projection,
    px: (x) => tx + k * (x - 0.5),
    py: (y) => ty + k * (y - 0.5),
    at: (n) => projection([n.lon, n.lat])!,
  };
}
