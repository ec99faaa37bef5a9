/**
 * Whether this browser may be able to give MapLibre 6 what it needs: a WebGL2 context. Only the API's
 * presence is checked. Creating a context just to ask costs 0.3 s on a CPU rasteriser (more than
 * drawing the first picture), and the map creates its own anyway: where that fails, MapLibre throws and
 * the SVG renderer takes over (src/ui/MapView.tsx).
 */
export function webgl2MayWork(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
