import { describe, expect, it } from 'vitest';
import { toMercator } from '../domain/mercator.ts';
import { globeArcPoint } from '../domain/globeArcs.ts';
import { boxPoints } from '../domain/filmTimeline.ts';
import { fitGlobeProjection } from './globeProjection.ts';

const qingdao = { lon: 120.38, lat: 36.07 };
const minsk = { lon: 27.56, lat: 53.9 };

describe('the globe drawn without WebGL', () => {
  const globe = fitGlobeProjection(
    [qingdao, minsk],
    [
      [0, 0],
      [1000, 800],
    ],
  );

  it('faces the nodes and fits them inside the picture; the far side is hidden', () => {
    for (const n of [qingdao, minsk]) {
      const [x, y] = globe.at(n)!;
      expect(x).toBeGreaterThanOrEqual(-1e-6);
      expect(x).toBeLessThanOrEqual(1000 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeLessThanOrEqual(800 + 1e-6);
    }
    // West of Qingdao on screen, and north.
    expect(globe.at(minsk)![0]).toBeLessThan(globe.at(qingdao)![0]);
    expect(globe.at(minsk)![1]).toBeLessThan(globe.at(qingdao)![1]);
    // The South Atlantic is behind the Earth from above Central Asia.
    expect(globe.at({ lon: -30, lat: -40 })).toBeNull();
    expect(globe.middle(...toMercator(-40, -40), ...toMercator(-20, -40))).toBeNull();
  });

  it('draws an arc as one run from node to node, lifted further from the centre than the surface below', () => {
    const runs = globe.arc(...toMercator(minsk.lon, minsk.lat), ...toMercator(qingdao.lon, qingdao.lat));
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run).toHaveLength(25);
    const [sx, sy] = run[0]!;
    const [ex, ey] = run.at(-1)!;
    expect(sx).toBeCloseTo(globe.at(minsk)![0], 6);
    expect(sy).toBeCloseTo(globe.at(minsk)![1], 6);
    expect(ex).toBeCloseTo(globe.at(qingdao)![0], 6);
    expect(ey).toBeCloseTo(globe.at(qingdao)![1], 6);
    // A quarter of the way along (the globe faces the middle, so the middle itself sits at the centre):
    // the lifted point lies 1 + lift × 4t(1 − t) times as far from the centre as the surface point below.
    const [cx, cy] = globe.projection.translate();
    const p = globeArcPoint(
      ...toMercator(minsk.lon, minsk.lat),
      ...toMercator(qingdao.lon, qingdao.lat),
      0.25,
    );
    const r = Math.hypot(...p);
    const below = globe.at({
      lon: (Math.atan2(p[0], p[2]) * 180) / Math.PI,
      lat: (Math.asin(p[1] / r) * 180) / Math.PI,
    })!;
    const [qx, qy] = run[6]!;
    const ratio = Math.hypot(qx - cx, qy - cy) / Math.hypot(below[0] - cx, below[1] - cy);
    // Minsk–Qingdao is 1.1012 rad on the unit sphere (7,016 km): cos ω = sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ.
    expect(ratio).toBeCloseTo(1 + 0.15 * 1.1012 * 0.75, 3);
  });

  it('breaks an arc where the Earth hides it', () => {
    // From Qingdao to the far side: the run stops before the limb.
    const runs = globe.arc(...toMercator(qingdao.lon, qingdao.lat), ...toMercator(-60, -30));
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.flat().length).toBeLessThan(25);
  });
});

describe('the globe fitted to a film camera box', () => {
  it('faces the middle of a box wider than half the world, not the far side its corners average to', () => {
    // The shipped tour's first camera (100° E, zoom 2.6) spans 11.6° W to 180° on a 1920-wide view.
    const box = [-11.6, 10, 180, 62] as const;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [1000, 800],
    ];
    const [lon] = fitGlobeProjection(boxPoints(box), extent).projection.rotate();
    expect(-lon!).toBeGreaterThan(60);
    expect(-lon!).toBeLessThan(110);
    // Two corners alone face the Atlantic.
    const corners = [
      { lon: box[0], lat: box[1] },
      { lon: box[2], lat: box[3] },
    ];
    expect(-fitGlobeProjection(corners, extent).projection.rotate()[0]!).toBeLessThan(0);
  });
});
