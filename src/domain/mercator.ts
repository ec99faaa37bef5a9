/** Web Mercator world coordinates in 0..1 (x east, y south), as MapLibre's custom layers use them. */
export const MAX_LAT = 85.051129;

export function toMercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function fromMercator(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera (center, zoom; 512-px tiles as MapLibre uses) that fits a lon/lat box inside the part of a
 * `width`×`height` view left free by `padding`, centred in that part.
 */
export function fitCamera(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: Padding,
): { lon: number; lat: number; zoom: number } {
  const [x0, y1] = toMercator(bounds[0][0], bounds[0][1]);
  const [x1, y0] = toMercator(bounds[1][0], bounds[1][1]);
  const freeW = Math.max(1, width - padding.left - padding.right);
  const freeH = Math.max(1, height - padding.top - padding.bottom);
  const scale = Math.min(freeW / Math.max(1e-9, x1 - x0), freeH / Math.max(1e-9, y1 - y0));
  const zoom = Math.log2(scale / 512);
  // The free area's centre sits off the view's centre by half the padding difference.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / scale;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / scale;
  const [lon, lat] = fromMercator(cx, cy);
  return { lon, lat, zoom };
}

/** The zooms the map allows: from the whole world on a phone to a city district. */
export const ZOOM_RANGE = { min: 0.5, max: 9 } as const;

/**
 * The camera that shows every place inside the free part of the view (see `fitCamera`), within the zoom
 * range. A box narrower than `minSpan` degrees of longitude either way (measured in Mercator units, so
 * north and south alike) is widened around its centre: two places close together, or one alone, are shown
 * centred in their region, not at street level.
 */
export function fitPlaces(
  places: ReadonlyArray<{ lon: number; lat: number }>,
  width: number,
  height: number,
  padding: Padding,
  minSpan = 10,
): { lon: number; lat: number; zoom: number } {
  const xy = places.map((p) => toMercator(p.lon, p.lat));
  const min = minSpan / 360;
  const widen = (values: number[]): [number, number] => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const grow = Math.max(0, min - (hi - lo)) / 2;
    return [lo - grow, hi + grow];
  };
  const [x0, x1] = widen(xy.map(([x]) => x));
  const [y0, y1] = widen(xy.map(([, y]) => y));
  const view = fitCamera([fromMercator(x0, y1), fromMercator(x1, y0)], width, height, padding);
  return { ...view, zoom: Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, view.zoom)) };
}

/** The view a story's camera is written for (the presentation screen); see `cameraForView`. */
export const STORY_VIEW = { width: 1920, height: 1080 } as const;

/**
 * A story camera is written for a 1920 × 1080 view. On another view the same zoom would show a different
 * span (a quarter of it on a phone, four times it on a 4K wall at device pixel ratio 1), so the zoom is
 * shifted to show the same span, as far as the map's zoom range allows.
 */
export function cameraForView<C extends { zoom: number }>(camera: C, width: number, height: number): C {
  if (!(width > 0 && height > 0)) return camera;
  const k = Math.min(width / STORY_VIEW.width, height / STORY_VIEW.height);
  const zoom = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, camera.zoom + Math.log2(k)));
  return { ...camera, zoom };
}

/**
 * What a story camera shows on the view it is written for (STORY_VIEW, MapLibre's 512-pixel world at
 * zoom 0), as a box of [west, south, east, north] in degrees, within one world: the film fits its
 * frames to it.
 */
export function cameraBox(camera: {
  lon: number;
  lat: number;
  zoom: number;
}): [number, number, number, number] {
  const world = 512 * 2 ** camera.zoom;
  const [x, y] = toMercator(camera.lon, camera.lat);
  const hw = STORY_VIEW.width / 2 / world;
  const hh = STORY_VIEW.height / 2 / world;
  // Clamped to one world: a box past the antimeridian would wrap round and frame the wrong side.
  const clamp = (v: number) => Math.max(0, Math.min(1, v));
  const [west, north] = fromMercator(clamp(x - hw), clamp(y - hh));
  const [east, south] = fromMercator(clamp(x + hw), clamp(y + hh));
  return [west, south, east, north];
}
