/**
 * What covers the map: every element with the class `map-overlay` (the filters drawer and its button, the
 * side panel, the table, the embed's chrome, notes). The fit keeps the network clear of them and the
 * labels are never placed under them.
 */
import type { Box } from '../domain/labelPlacement.ts';
import type { Padding } from '../domain/mercator.ts';

export const MAP_OVERLAY = 'map-overlay';

/** The overlays' boxes in CSS pixels relative to `container`, those that cover part of it. */
export function overlayBoxes(container: Element): Box[] {
  const c = container.getBoundingClientRect();
  const root = container.closest('.app') ?? document;
  return [...root.querySelectorAll(`.${MAP_OVERLAY}`)]
    .map((el) => el.getBoundingClientRect())
    .filter(
      (r) =>
        r.width > 0 &&
        r.height > 0 &&
        r.right > c.left &&
        r.left < c.right &&
        r.bottom > c.top &&
        r.top < c.bottom,
    )
    .map((r): Box => [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top]);
}

/**
 * Room kept free around the network when fitting it: each overlay pushes in from the edge it stands at,
 * plus a margin; no side takes more than 45 % of the map, so a small window still shows the network.
 */
export function fitPadding(container: Element): Padding {
  const w = container.clientWidth;
  const h = container.clientHeight;
  // Node centres are fitted: the margin leaves room for the largest circle (the center's, with its halo).
  const margin = w > 720 ? 48 : 44;
  const pad = { top: margin, bottom: margin, left: margin, right: margin };
  for (const [l, t, r, b] of overlayBoxes(container)) {
    // A panel taller than wide stands at the left or right edge; a wide one lies along the top or bottom.
    const side = b - t > r - l ? (l < w - r ? 'left' : 'right') : t < h - b ? 'top' : 'bottom';
    const reach = side === 'left' ? r : side === 'right' ? w - l : side === 'top' ? b : h - t;
    pad[side] = Math.max(pad[side], reach + margin / 2);
  }
  return {
    top: Math.min(pad.top, h * 0.45),
    bottom: Math.min(pad.bottom, h * 0.45),
    left: Math.min(pad.left, w * 0.45),
    right: Math.min(pad.right, w * 0.45),
  };
}

/** Calls `onChange` (once per frame at most) when an overlay opens, closes or changes size. */
export function watchOverlays(app: Element, onChange: () => void): () => void {
  let frame = 0;
  const changed = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(onChange);
  };
  const sizes = new ResizeObserver(changed);
  const observeAll = () => {
    sizes.disconnect();
    app.querySelectorAll(`.${MAP_OVERLAY}`).forEach((el) => sizes.observe(el));
  };
  // Panels replace themselves (a drawer becomes its button): watch the page's regions and their children.
  const children = new MutationObserver(() => {
    observeAll();
    changed();
  });
  children.observe(app, { childList: true });
  app.querySelectorAll('.app-main, .app-panels').forEach((el) => children.observe(el, { childList: true }));
  observeAll();
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    children.disconnect();
  };
}
