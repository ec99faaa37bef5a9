/**
 * Arc geometry for the flows of the current view: one quadratic Bézier per aggregated edge, in Web
 * Mercator world coordinates, packed into a Float32Array. The WebGL layer uploads it as instance data and
 * the SVG fallback draws the same curves, so both show the same picture.
 *
 * The control point sits to the left of the direction of travel, so A→B and B→A bow to opposite sides
 * and never overlap; each flow type bows a little further, so types between one pair stay apart.
 */
import type { Aggregate, Edge, EdgeProvenance } from './aggregate.ts';
import { toMercator } from './mercator.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { EMPHASIS } from './compare.ts';
import { changeWidth, COMPARISON_WIDTH, flowWidth, flowWidthScale } from './scales.ts';

/**
 * Floats per arc: x0 y0 cx cy | x1 y1 width type | source target phase value | emphasis (0 plain, 1 grew,
 * 2 shrank, 3 unchanged, 4 new, 5 gone; see EMPHASIS in src/domain/compare.ts), provenance (see
 * PROVENANCE_CODE) and two spare floats.
 */
export const ARC_STRIDE = 16;
export const ARC = {
  x0: 0,
  y0: 1,
  cx: 2,
  cy: 3,
  x1: 4,
  y1: 5,
  width: 6,
  type: 7,
  source: 8,
  target: 9,
  phase: 10,
  value: 11,
  emphasis: 12,
  provenance: 13,
} as const;

/** How an arc's provenance is packed: the order is the style module's too (src/map/look.ts). */
export const PROVENANCE_CODE: Record<EdgeProvenance, number> = { reported: 0, illustrative: 1, mixed: 2 };
export const PROVENANCE_OF_CODE: readonly EdgeProvenance[] = ['reported', 'illustrative', 'mixed'];

const BOW_BY_TYPE = [0.16, 0.24, 0.32];

export interface ArcGeometry {
  data: Float32Array;
  count: number;
  maxValue: number;
}

export function arcGeometry(
  index: NetworkIndex,
  agg: Aggregate,
  emphasis?: ReadonlyMap<Edge, number>,
  /** The value drawn at full width: the view's own maximum unless a fixed scale says otherwise. */
  maxValue = agg.maxEdgeValue,
): ArcGeometry {
  const scale = flowWidthScale(maxValue);
  const positions = index.nodes.map((n) => toMercator(n.lon, n.lat));
  const data = new Float32Array(agg.edges.length * ARC_STRIDE);
  agg.edges.forEach((e, i) => {
    const [x0, y0] = positions[e.source]!;
    const [x1, y1] = positions[e.target]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const bow = BOW_BY_TYPE[e.type] ?? 0.2;
    // Left normal of (dx, dy) in a y-down world is (dy, -dx).
    const cx = (x0 + x1) / 2 + dy * bow;
    const cy = (y0 + y1) / 2 - dx * bow;
    const o = i * ARC_STRIDE;
    data[o + ARC.x0] = x0;
    data[o + ARC.y0] = y0;
    data[o + ARC.cx] = cx;
    data[o + ARC.cy] = cy;
    data[o + ARC.x1] = x1;
    data[o + ARC.y1] = y1;
    const code = emphasis?.get(e) ?? EMPHASIS.plain;
    data[o + ARC.width] =
      code === EMPHASIS.plain
        ? flowWidth(scale, e.value)
        : code === EMPHASIS.same
          ? COMPARISON_WIDTH.unchanged
          : changeWidth(scale, e.value);
    data[o + ARC.type] = e.type;
    data[o + ARC.source] = e.source;
    data[o + ARC.target] = e.target;
    // A stable per-edge offset so particles on different arcs do not pulse in step.
    data[o + ARC.phase] = ((e.source * 7919 + e.target * 104729 + e.type * 1299709) % 1000) / 1000;
    data[o + ARC.value] = e.value;
    data[o + ARC.emphasis] = code;
    data[o + ARC.provenance] = PROVENANCE_CODE[e.provenance];
  });
  return { data, count: agg.edges.length, maxValue };
}

/** A point on arc `i` at parameter t in [0, 1] (0 = source, 1 = target). */
export function arcPoint(g: ArcGeometry, i: number, t: number): [number, number] {
  const o = i * ARC_STRIDE;
  const d = g.data;
  const u = 1 - t;
  return [
    u * u * d[o + ARC.x0]! + 2 * u * t * d[o + ARC.cx]! + t * t * d[o + ARC.x1]!,
    u * u * d[o + ARC.y0]! + 2 * u * t * d[o + ARC.cy]! + t * t * d[o + ARC.y1]!,
  ];
}

/** A new or gone edge of a comparison, marked at the middle of its arc (a filled dot or a ring). */
export interface ChangeMark {
  arc: number;
  kind: 'added' | 'removed';
  /** The arc's midpoint in world coordinates (0..1, as toMercator). */
  x: number;
  y: number;
}

export function changeMarks(g: ArcGeometry): ChangeMark[] {
  const marks: ChangeMark[] = [];
  for (let i = 0; i < g.count; i++) {
    const code = g.data[i * ARC_STRIDE + ARC.emphasis];
    if (code !== EMPHASIS.added && code !== EMPHASIS.removed) continue;
    const [x, y] = arcPoint(g, i, 0.5);
    marks.push({ arc: i, kind: code === EMPHASIS.added ? 'added' : 'removed', x, y });
  }
  return marks;
}

/** The nearest point to `p` on the quadratic Bézier a–c–b: its parameter t and its distance. */
export function nearestOnQuadratic(
  a: readonly [number, number],
  c: readonly [number, number],
  b: readonly [number, number],
  p: readonly [number, number],
): { t: number; distance: number } {
  const at = (t: number) => {
    const u = 1 - t;
    const x = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
    const y = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
    return Math.hypot(x - p[0], y - p[1]);
  };
  // Coarse samples find the right stretch; a ternary search then closes in on the minimum, which is
  // unique within one stretch this short.
  const steps = 32;
  let best = 0;
  for (let i = 1; i <= steps; i++) if (at(i / steps) < at(best / steps)) best = i;
  let lo = Math.max(0, (best - 1) / steps);
  let hi = Math.min(1, (best + 1) / steps);
  for (let k = 0; k < 30; k++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (at(m1) <= at(m2)) hi = m2;
    else lo = m1;
  }
  const t = (lo + hi) / 2;
  return { t, distance: at(t) };
}

/**
 * The arc under a screen point, for clicking and hovering a flow: the distance to each drawn curve (its
 * control points projected with `toScreen`; the projection is affine, so the curve stays a quadratic
 * Bézier on screen) against half its width plus `tolerance` pixels. Returns the nearest arc in reach, or
 * -1. Arcs whose control-point box is out of reach are skipped without solving.
 */
export function nearestArc(
  g: ArcGeometry,
  toScreen: (x: number, y: number) => [number, number],
  point: [number, number],
  tolerance = 4,
  /** How much wider than their width the arcs are drawn (a wall's scale). */
  widthScale = 1,
): number {
  return nearestWithinReach(g, tolerance, widthScale, (o, reach) => {
    const d = g.data;
    const a = toScreen(d[o + ARC.x0]!, d[o + ARC.y0]!);
    const c = toScreen(d[o + ARC.cx]!, d[o + ARC.cy]!);
    const b = toScreen(d[o + ARC.x1]!, d[o + ARC.y1]!);
    // A Bézier lies inside the box of its control points.
    if (
      point[0] < Math.min(a[0], b[0], c[0]) - reach ||
      point[0] > Math.max(a[0], b[0], c[0]) + reach ||
      point[1] < Math.min(a[1], b[1], c[1]) - reach ||
      point[1] > Math.max(a[1], b[1], c[1]) + reach
    )
      return Infinity;
    return nearestOnQuadratic(a, c, b, point).distance;
  });
}

/**
 * The arc nearest a point when arcs are given as screen polylines (on the globe, where they are not
 * Béziers on screen), within the same reach as `nearestArc`, or -1. A null point (hidden behind the
 * globe) breaks the line there.
 */
export function nearestArcOnPolylines(
  g: ArcGeometry,
  pathOf: (x0: number, y0: number, x1: number, y1: number) => Array<[number, number] | null>,
  point: [number, number],
  tolerance = 4,
  widthScale = 1,
): number {
  return nearestWithinReach(g, tolerance, widthScale, (o) => {
    const d = g.data;
    const path = pathOf(d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!);
    let nearest = Infinity;
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1];
      const b = path[k];
      if (a && b) nearest = Math.min(nearest, segmentDistance(a, b, point));
    }
    return nearest;
  });
}

/**
 * The arc whose distance (as `distanceOf` measures it, given the arc's offset in the packed data and its
 * reach) is smallest and within its reach — half its drawn width plus the tolerance — or -1.
 */
function nearestWithinReach(
  g: ArcGeometry,
  tolerance: number,
  widthScale: number,
  distanceOf: (offset: number, reach: number) => number,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < g.count; i++) {
    const o = i * ARC_STRIDE;
    const reach = (g.data[o + ARC.width]! * widthScale) / 2 + tolerance;
    const distance = distanceOf(o, reach);
    // A millionth of a pixel absorbs the search's rounding at the very edge of reach.
    if (distance <= reach + 1e-6 && distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

function segmentDistance(a: [number, number], b: [number, number], p: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
