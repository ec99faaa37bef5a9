import type { FeatureCollection } from 'geojson';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fitCamera, type Padding } from '../domain/mercator.ts';
import { drawFirstPicture, type MapCamera } from '../map/firstPicture.ts';
import type { Palette } from '../map/palette.ts';
import { onReadyChange } from '../map/readySignal.ts';
import type { MapScene } from '../state/scene.ts';

interface Props {
  scene: MapScene;
  land: FeatureCollection | null | undefined;
  palette: Palette;
  /** The camera the URL asks for, else the fit of the network MapLibre will make (same function). */
  camera: MapCamera | null;
  bounds: [[number, number], [number, number]];
  padding: (el: HTMLElement) => Padding;
  /** The room's wallScale (src/map/look.ts), as the map draws with it. */
  scale: number;
  /**
   * Drawn only on the flat map: the globe's perspective camera is MapLibre's own, and a flat picture giving
   * way to a globe would be the very jump this picture exists to avoid.
   */
  flat: boolean;
}

/**
 * The network on a 2D canvas until a renderer has drawn its first frame with the arcs: it appears as soon as
 * the validated data and the land are in, and is taken away (without a jump: same camera, same geometry,
 * same look) once `data-ready` first turns true. `<html data-first-picture="true">` says it was drawn.
 */
export function FirstPicture({ scene, land, palette, camera, bounds, padding, scale, flat }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [handedOver, setHandedOver] = useState(() => document.documentElement.dataset.ready === 'true');
  useEffect(() => {
    if (handedOver) return;
    return onReadyChange((ready) => {
      if (ready) setHandedOver(true);
    });
  }, [handedOver]);

  useLayoutEffect(() => {
    const el = canvas.current;
    if (handedOver || !el || land === undefined) return;
    const { clientWidth: width, clientHeight: height } = el;
    if (!width || !height) return;
    const view = camera ?? fitCamera(bounds, width, height, padding(el));
    drawFirstPicture(el, {
      scene,
      land,
      palette,
      camera: view,
      width,
      height,
      pixelRatio: devicePixelRatio || 1,
      scale,
    });
    if (document.documentElement.dataset.firstPicture !== 'true') {
      document.documentElement.dataset.firstPicture = 'true';
      // For benchmarks and host pages: when the first flows were on screen, by the page's clock.
      performance.mark('sco-map:first-picture');
    }
  }, [scene, land, palette, camera, bounds, padding, scale, handedOver]);

  if (handedOver || !flat) return null;
  return <canvas ref={canvas} className="first-picture" aria-hidden="true" data-testid="first-picture" />;
}
