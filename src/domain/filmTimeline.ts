import { cameraBox } from './mercator.ts';
/**
 * The film of a story as a list of frames at fixed time steps: each step holds for a while, and between
 * two steps the camera moves from one's places to the next's. Everything a frame shows is a function of
 * its number, never of the wall clock, so the same story gives the same frames on any machine.
 */

export interface FilmTiming {
  fps: number;
  /** Seconds each step stays still on screen (after its transition). */
  holdSeconds: number;
  /** Seconds the camera takes from one step's places to the next's. */
  transitionSeconds: number;
}

/** A film is watched, not walked past: shorter than the kiosk's dwell, long enough to read a caption. */
export const FILM_TIMING: FilmTiming = { fps: 30, holdSeconds: 6, transitionSeconds: 1 };

export interface FilmFrame {
  /** Seconds from the start of the film. */
  time: number;
  /** The step shown (0-based). */
  step: number;
  /** During a transition, the step the camera comes from; null while a step holds. */
  from: number | null;
  /** How far the camera has come from `from` to `step`, eased (0 to 1); 1 while holding. */
  progress: number;
}

export function filmDuration(steps: number, timing: FilmTiming = FILM_TIMING): number {
  return steps <= 0 ? 0 : steps * timing.holdSeconds + (steps - 1) * timing.transitionSeconds;
}

export function filmFrameCount(steps: number, timing: FilmTiming = FILM_TIMING): number {
  return Math.round(filmDuration(steps, timing) * timing.fps);
}

/** Slow in, slow out, as a camera moves. */
const ease = (t: number) => t * t * (3 - 2 * t);

/** Frame `k` of a film of `steps` steps: the first step holds, then each later one is moved to and held. */
export function filmFrame(k: number, steps: number, timing: FilmTiming = FILM_TIMING): FilmFrame {
  const time = k / timing.fps;
  const { holdSeconds: hold, transitionSeconds: move } = timing;
  if (time < hold || steps <= 1) return { time, step: 0, from: null, progress: 1 };
  const after = time - hold;
  const span = move + hold;
  const step = Math.min(steps - 1, 1 + Math.floor(after / span));
  const into = after - (step - 1) * span;
  if (into < move) return { time, step, from: step - 1, progress: ease(into / move) };
  return { time, step, from: null, progress: 1 };
}

/** A box in longitude and latitude, west-south to east-north. */
export type PlaceBox = readonly [west: number, south: number, east: number, north: number];

/** The least span a box has (degrees), so one place is shown with its surroundings, not zoomed into. */
const MIN_SPAN = { lon: 10, lat: 6 };

export function placesBox(places: readonly { lon: number; lat: number }[]): PlaceBox | null {
  if (!places.length) return null;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const widen = (lo: number, hi: number, span: number) =>
    hi - lo >= span ? [lo, hi] : [(lo + hi - span) / 2, (lo + hi + span) / 2];
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), MIN_SPAN.lon);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), MIN_SPAN.lat);
  return [west!, south!, east!, north!];
}

/**
 * Points over a camera box, 5 across and 3 down: the flat fit needs only its corners, but the globe turns
 * to face the points' mean, and two corners of a box wider than 180° average to the far side of the Earth.
 */
export function boxPoints([west, south, east, north]: PlaceBox) {
  return [0, 0.5, 1].flatMap((j) =>
    [0, 0.25, 0.5, 0.75, 1].map((i) => ({ lon: west + (east - west) * i, lat: south + (north - south) * j })),
  );
}

/** The camera's box part of the way from one box to another. */
export function boxBetween(from: PlaceBox, to: PlaceBox, progress: number): PlaceBox {
  return from.map((v, i) => v + (to[i]! - v) * progress) as unknown as PlaceBox;
}

/**
 * Where the film's camera looks for a step: the places it names, else its written camera, else every
 * node the step shows (null: the network's region, as the other drawings default to).
 */
export function stepBox(
  step: { nodes?: readonly string[]; camera?: { lon: number; lat: number; zoom: number } },
  places: readonly { id: string; lon: number; lat: number }[],
  shown: readonly { lon: number; lat: number }[],
): PlaceBox | null {
  const named = (step.nodes ?? []).flatMap((id) => places.filter((p) => p.id === id));
  if (named.length) return placesBox(named);
  if (step.camera) return cameraBox(step.camera);
  return placesBox(shown);
}
