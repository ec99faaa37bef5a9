/**
 * Arcs on the globe: the great circle between an arc's ends, lifted above the surface in the middle, in
 * the frame MapLibre's globe draws (a unit sphere: y towards the north pole, z towards lon 0 on the
 * equator, x towards lon 90° E). The arc shader (src/map/arcs/shaders.ts, GLOBE) draws this path; the
 * map points at arcs along the same path.
 */

/** Height of an arc above the surface at its middle, as a share of its length along the surface. */
export const GLOBE_ARC_LIFT = 0.15;

/** A Web Mercator world position (0..1, y south) on the unit sphere, as MapLibre's projectToSphere. */
export function mercatorToSphere(x: number, y: number): [number, number, number] {
  const lon = x * 2 * Math.PI + Math.PI;
  const t = Math.exp(Math.PI - y * 2 * Math.PI);
  const sinLat = (t * t - 1) / (t * t + 1);
  const cosLat = (2 * t) / (t * t + 1);
  return [Math.sin(lon) * cosLat, sinLat, Math.cos(lon) * cosLat];
}

/**
 * The point at `t` (0 at the source, 1 at the target) of the lifted great-circle arc between two Mercator
 * positions: on the unit sphere, scaled out by the lift (radius 1 + lift).
 */
export function globeArcPoint(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  t: number,
): [number, number, number] {
  const a = mercatorToSphere(x0, y0);
  const b = mercatorToSphere(x1, y1);
  const dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  const omega = Math.acos(dot);
  let p = a;
  if (omega >= 1e-6) {
    const wa = Math.sin((1 - t) * omega);
    const wb = Math.sin(t * omega);
    const q = [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
    const n = Math.hypot(q[0]!, q[1]!, q[2]!);
    p = [q[0]! / n, q[1]! / n, q[2]! / n];
  }
  const r = 1 + GLOBE_ARC_LIFT * omega * 4 * t * (1 - t);
  return [p[0] * r, p[1] * r, p[2] * r];
}
