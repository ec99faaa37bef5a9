/**
 * One frame of a story's film, drawn like the PNG export (src/map/exportPng.ts) with the step's scene
 * and text, the camera between two steps' boxes, and the chevrons where the frame's time puts them. No
 * wall clock and no WebGL: the same story gives the same frames on any machine.
 */
import type { FeatureCollection } from 'geojson';
import { boxBetween, type FilmFrame, type PlaceBox } from '../domain/filmTimeline.ts';
import type { MapScene } from '../state/scene.ts';
import { chevronCycle } from './arcs/chevronClock.ts';
import { drawView, viewFacesReady, type PngText } from './exportPng.ts';
import type { Palette } from './palette.ts';

export interface FilmStep {
  scene: MapScene;
  /** Title, window, legend, footer and the step's caption. */
  text: PngText;
  /** Where the camera looks (src/domain/filmTimeline.ts `stepBox`); null: the step's nodes. */
  box: PlaceBox | null;
  globe: boolean;
}

export function drawFilmFrame(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  steps: readonly FilmStep[],
  frame: FilmFrame,
  land: FeatureCollection | null,
  palette: Palette,
): void {
  const step = steps[frame.step]!;
  const from = frame.from !== null ? steps[frame.from]!.box : null;
  const box = from && step.box ? boxBetween(from, step.box, frame.progress) : step.box;
  drawView(canvas, width, height, step.scene, land, palette, step.text, {
    globe: step.globe,
    ...(box ? { box } : {}),
    cycle: chevronCycle(frame.time * 1000),
  });
}

/** The faces every step's words need, loaded: await before the first frame. */
export function filmFacesReady(steps: readonly FilmStep[]): Promise<unknown> {
  return viewFacesReady(steps);
}
