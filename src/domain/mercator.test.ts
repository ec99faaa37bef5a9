import { describe, expect, it } from 'vitest';
import {
  cameraBox,
  cameraForView,
  fitCamera,
  fitPlaces,
  fromMercator,
  STORY_VIEW,
  toMercator,
  ZOOM_RANGE,
} from './mercator.ts';

describe('mercator', () => {
  it('round-trips lon/lat', () => {
    const [lon, lat] = fromMercator(...toMercator(120.38, 36.07));
    expect(lon).toBeCloseTo(120.38, 9);
    expect(lat).toBeCloseTo(36.07, 9);
  });

  it('fits a box between uneven panels: its corners land on the free area’s edges', () => {
    const bounds: [[number, number], [number, number]] = [
      [12.68, 22.54],
      [139.69, 60.21],
    ];
    const padding = { top: 48, bottom: 48, left: 310, right: 400 };
    const cam = fitCamera(bounds, 1400, 600, padding);
    const scale = 512 * 2 ** cam.zoom;
    const [cx, cy] = toMercator(cam.lon, cam.lat);
    const screen = (lon: number, lat: number): [number, number] => {
      const [x, y] = toMercator(lon, lat);
      return [700 + (x - cx) * scale, 300 + (y - cy) * scale];
    };
    const [left, bottom] = screen(12.68, 22.54);
    const [right, top] = screen(139.69, 60.21);
    // One dimension fills the free area exactly; both stay inside it.
    expect(left).toBeGreaterThanOrEqual(310 - 1e-6);
    expect(right).toBeLessThanOrEqual(1000 + 1e-6);
    expect(top).toBeGreaterThanOrEqual(48 - 1e-6);
    expect(bottom).toBeLessThanOrEqual(552 + 1e-6);
    expect(Math.min(left - 310, 1000 - right, top - 48, 552 - bottom)).toBeCloseTo(0, 6);
    expect((left + right) / 2).toBeCloseTo(655, 6);
  });

  it("fits a story step's places inside the free area of any screen, and a lone place in its region", () => {
    // Qingdao, Moscow, Almaty, Minsk on a 4K wall with a caption band below and a legend on the right.
    const places = [
      { lon: 120.38, lat: 36.07 },
      { lon: 37.62, lat: 55.76 },
      { lon: 76.95, lat: 43.24 },
      { lon: 27.56, lat: 53.9 },
    ];
    const padding = { top: 300, bottom: 700, left: 100, right: 900 };
    for (const [w, h] of [
      [3840, 2160],
      [1080, 1920],
    ] as const) {
      const pad = w > h ? padding : { top: 300, bottom: 700, left: 60, right: 60 };
      const cam = fitPlaces(places, w, h, pad);
      const scale = 512 * 2 ** cam.zoom;
      const [cx, cy] = toMercator(cam.lon, cam.lat);
      const xs: number[] = [];
      const ys: number[] = [];
      for (const p of places) {
        const [x, y] = toMercator(p.lon, p.lat);
        const sx = w / 2 + (x - cx) * scale;
        const sy = h / 2 + (y - cy) * scale;
        expect(sx).toBeGreaterThanOrEqual(pad.left - 1e-6);
        expect(sx).toBeLessThanOrEqual(w - pad.right + 1e-6);
        expect(sy).toBeGreaterThanOrEqual(pad.top - 1e-6);
        expect(sy).toBeLessThanOrEqual(h - pad.bottom + 1e-6);
        xs.push(sx);
        ys.push(sy);
      }
      // Tight and centred: the places' box is as large as the free area allows (it touches two opposite
      // edges) and sits in its middle both ways.
      const gaps = [
        Math.min(...xs) - pad.left,
        w - pad.right - Math.max(...xs),
        Math.min(...ys) - pad.top,
        h - pad.bottom - Math.max(...ys),
      ];
      expect(Math.min(...gaps)).toBeCloseTo(0, 6);
      expect(gaps[0]).toBeCloseTo(gaps[1]!, 6);
      expect(gaps[2]).toBeCloseTo(gaps[3]!, 6);
    }
    // One place alone, centred: a box 10° of longitude wide and as tall in Mercator units, so the view's
    // height (the shorter side) shows 10/360 of the world's width.
    const alone = fitPlaces([{ lon: 120.38, lat: 36.07 }], 1920, 1080, {
      top: 0,
      bottom: 0,
      left: 0,
      right: 0,
    });
    expect(alone.lon).toBeCloseTo(120.38, 6);
    expect(alone.lat).toBeCloseTo(36.07, 6);
    expect(alone.zoom).toBeCloseTo(Math.log2(1080 / (10 / 360) / 512), 6);
  });

  it('shows a story camera’s span on any screen: the same lon/lat width fits where the view allows', () => {
    const camera = { lon: 96, lat: 42, zoom: 2.3 };
    // Width in degrees of longitude the view shows at a zoom (512-px tiles).
    const span = (zoom: number, width: number) => (width / (512 * 2 ** zoom)) * 360;
    const reference = span(camera.zoom, STORY_VIEW.width);
    expect(cameraForView(camera, 1920, 1080)).toEqual(camera);
    expect(span(cameraForView(camera, 3840, 2160).zoom, 3840)).toBeCloseTo(reference, 9);
    expect(span(cameraForView(camera, 1280, 720).zoom, 1280)).toBeCloseTo(reference, 9);
    // A tall view is limited by its width: the whole span still shows, with room above and below.
    const portrait = cameraForView(camera, 1080, 1920);
    expect(span(portrait.zoom, 1080)).toBeCloseTo(reference, 9);
    expect(portrait).toMatchObject({ lon: 96, lat: 42 });
    // A phone cannot zoom out that far: the map's limit holds.
    expect(cameraForView(camera, 360, 740).zoom).toBe(ZOOM_RANGE.min);
    expect(cameraForView(camera, 0, 0)).toEqual(camera);
  });
});

describe('mercator, more views', () => {
  it('fits a tall box between a high top panel and a low bottom one: it fills the free height', () => {
    // Free area of a 1000 × 600 view: x 10 … 990, y 100 … 580. The box is far taller than wide there.
    const padding = { top: 100, bottom: 20, left: 10, right: 10 };
    const cam = fitCamera(
      [
        [100, 20],
        [110, 50],
      ],
      1000,
      600,
      padding,
    );
    const scale = 512 * 2 ** cam.zoom;
    const [cx, cy] = toMercator(cam.lon, cam.lat);
    const screen = (lon: number, lat: number): [number, number] => {
      const [x, y] = toMercator(lon, lat);
      return [500 + (x - cx) * scale, 300 + (y - cy) * scale];
    };
    const [left, bottom] = screen(100, 20);
    const [right, top] = screen(110, 50);
    expect(top).toBeCloseTo(100, 6);
    expect(bottom).toBeCloseTo(580, 6);
    expect((left + right) / 2).toBeCloseTo(500, 6);
  });

  it('keeps the camera of a view that has no size yet', () => {
    const camera = { lon: 96, lat: 42, zoom: 2.3 };
    expect(cameraForView(camera, 0, 1080)).toEqual(camera);
    expect(cameraForView(camera, 1920, 0)).toEqual(camera);
  });

  it('limits a wide, low view by its height', () => {
    const camera = { lon: 96, lat: 42, zoom: 2.3 };
    // 3840 × 1080: twice the width of the story view but the same height, so the same zoom.
    expect(cameraForView(camera, 3840, 1080).zoom).toBeCloseTo(2.3, 9);
    // 1920 × 540: half the height, one zoom level out.
    expect(cameraForView(camera, 1920, 540).zoom).toBeCloseTo(1.3, 9);
  });
});

describe('cameraBox', () => {
  it('is the span a story camera shows on a 1920 × 1080 view', () => {
    // At zoom 2 the world is 2048 px wide: 1920 px are 337.5° of longitude; 540 px above the equator
    // reach 68.399° north (worked out by hand from the Mercator formula).
    const [west, south, east, north] = cameraBox({ lon: 0, lat: 0, zoom: 2 });
    expect(west).toBeCloseTo(-168.75, 9);
    expect(east).toBeCloseTo(168.75, 9);
    expect(north).toBeCloseTo(68.39918, 4);
    expect(south).toBeCloseTo(-68.39918, 4);
    const [w1, , e1] = cameraBox({ lon: 20, lat: 40, zoom: 3 });
    expect(e1 - w1).toBeCloseTo(168.75, 9);
    // A span past the antimeridian stops there: 223° wide about 100° E would reach 211.6° E.
    const [w2, , e2] = cameraBox({ lon: 100, lat: 40, zoom: 2.6 });
    expect(w2).toBeCloseTo(100 - (960 / (512 * 2 ** 2.6)) * 360, 9);
    expect(e2).toBe(180);
  });
});
