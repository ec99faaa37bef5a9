import { describe, expect, it } from 'vitest';
import { globeArcPoint, GLOBE_ARC_LIFT, mercatorToSphere } from './globeArcs.ts';
import { toMercator } from './mercator.ts';

const sphere = (lon: number, lat: number) => mercatorToSphere(...toMercator(lon, lat));
/** Latitude and longitude of a point of the sphere frame, in degrees. */
const lonLat = ([x, y, z]: number[]) => {
  const r = Math.hypot(x!, y!, z!);
  return [(Math.atan2(x!, z!) * 180) / Math.PI, (Math.asin(y! / r) * 180) / Math.PI];
};

describe('arcs on the globe', () => {
  it('puts places where MapLibre’s globe has them: lon 0 on +z, 90° E on +x, the north pole on +y', () => {
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 9));
    close(sphere(0, 0), [0, 0, 1]);
    close(sphere(90, 0), [1, 0, 0]);
    close(sphere(-90, 0), [-1, 0, 0]);
    close(sphere(0, 60), [0, Math.sqrt(3) / 2, 0.5]);
  });

  it('follows the great circle: Minsk to Qingdao passes north of both, over Siberia', () => {
    const [x0, y0] = toMercator(27.56, 53.9);
    const [x1, y1] = toMercator(120.38, 36.07);
    const ends = [globeArcPoint(x0, y0, x1, y1, 0), globeArcPoint(x0, y0, x1, y1, 1)].map(lonLat);
    expect(ends[0]![0]).toBeCloseTo(27.56, 6);
    expect(ends[0]![1]).toBeCloseTo(53.9, 6);
    expect(ends[1]![0]).toBeCloseTo(120.38, 6);
    expect(ends[1]![1]).toBeCloseTo(36.07, 6);
    // The great circle's midpoint by the spherical midpoint formula (worked by hand: 83.33° E, 55.04° N),
    // north of both ends, where Mercator's straight line would pass south of Minsk's latitude.
    const [lon, lat] = lonLat(globeArcPoint(x0, y0, x1, y1, 0.5));
    expect(lon).toBeCloseTo(83.33, 1);
    expect(lat).toBeCloseTo(55.04, 1);
  });

  it('lifts the middle by the lift share of its length, and keeps the ends on the surface', () => {
    const [x0, y0] = toMercator(0, 0);
    const [x1, y1] = toMercator(90, 0);
    const r = (t: number) => Math.hypot(...globeArcPoint(x0, y0, x1, y1, t));
    expect(r(0)).toBeCloseTo(1, 12);
    expect(r(1)).toBeCloseTo(1, 12);
    // A quarter of the equator is π/2 long on the unit sphere.
    expect(r(0.5)).toBeCloseTo(1 + GLOBE_ARC_LIFT * (Math.PI / 2), 12);
  });
});
