/**
 * The visual scales, on D3: flow width and node size follow magnitude on square-root scales, so area
 * (not length) grows with the number of projects, people or agreements. The legend reads the same scales.
 */
import { scaleSqrt } from 'd3-scale';
import type { NodeKind } from '../data/schema.ts';

export const FLOW_WIDTH_RANGE: [number, number] = [1.2, 11];

export function flowWidthScale(maxValue: number) {
  return scaleSqrt()
    .domain([0, Math.max(1, maxValue)])
    .range([0, FLOW_WIDTH_RANGE[1]])
    .clamp(true);
}

/** Width in CSS pixels, never thinner than a visible hairline. */
export function flowWidth(scale: (v: number) => number, value: number): number {
  return Math.max(FLOW_WIDTH_RANGE[0], scale(value));
}

/**
 * In a comparison: unchanged edges are a fixed hairline (they carry no change to size), and a changed
 * edge is at least wide enough for the hollow core that marks a decrease to show (src/map/look.ts).
 */
export const COMPARISON_WIDTH = { unchanged: 1, minChanged: 3 } as const;

export function changeWidth(scale: (v: number) => number, change: number): number {
  return Math.max(COMPARISON_WIDTH.minChanged, scale(change));
}

/** Radius ranges per kind: the center always largest; hubs and partners grow with activity. */
export const NODE_RADIUS: Record<NodeKind, [number, number]> = {
  center: [14, 20],
  hub: [6, 13],
  partner: [4, 12],
};

export function nodeRadius(kind: NodeKind, activity: number, maxActivity: number): number {
  const [min, max] = NODE_RADIUS[kind];
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxActivity)])
    .range([min, max])
    .clamp(true);
  return scale(activity);
}

/** Round values for the legend: three widths that span the current maximum. */
export function legendValues(maxValue: number): number[] {
  if (maxValue <= 0) return [];
  const nice = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    return Math.max(1, Math.round(v / p) * p);
  };
  return [...new Set([nice(maxValue / 20), nice(maxValue / 4), nice(maxValue)])].sort((a, b) => a - b);
}
