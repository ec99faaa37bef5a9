/**
 * Room kept free around the network when fitting it: between the filters and side panels on wide
 * screens; on narrow ones, where both start closed, clear of the filters button above and the panel button
 * below. The first picture and MapLibre fit with the same padding, so they show the same camera.
 */
import type { Padding } from '../domain/mercator.ts';

export function fitPadding(el: { clientWidth: number }): Padding {
  const { clientWidth: w } = el;
  if (w > 720) return { top: 48, bottom: 48, left: Math.min(310, w * 0.25), right: Math.min(400, w * 0.3) };
  return { top: 64, left: 24, right: 24, bottom: 72 };
}
