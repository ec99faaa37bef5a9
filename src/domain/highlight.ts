/**
 * What stays bright while the rest of the map dims. Two kinds, one rule for every renderer (the WebGL
 * shader mirrors `arcDimmed` in src/map/arcs/shaders.ts):
 * - one node (hovered, selected, or a selected edge's source): it, its flows and the nodes at their other
 *   ends;
 * - a story step's named nodes: those nodes and the flows between two of them, nothing else, so a step
 *   naming Qingdao, Moscow and Minsk does not light every flow that happens to touch Qingdao.
 */
import type { Aggregate } from './aggregate.ts';
import { connectedNodes } from './nodePoints.ts';

export interface Highlight {
  /** Node indices in focus (at most MAX_STEP_NODES; the shader holds them in a fixed-size array). */
  nodes: readonly number[];
  /** true: only flows between two focus nodes stay bright; false: every flow touching one does. */
  between: boolean;
}

export function singleHighlight(node: number): Highlight {
  return { nodes: [node], between: false };
}

export function arcDimmed(h: Highlight | null, source: number, target: number): boolean {
  if (!h || h.nodes.length === 0) return false;
  const s = h.nodes.includes(source);
  const t = h.nodes.includes(target);
  return h.between ? !(s && t) : !(s || t);
}

/** The node indices that stay bright: the focus, plus, for one node, the nodes its drawn flows reach. */
export function brightNodes(agg: Aggregate, h: Highlight | null): ReadonlySet<number> {
  if (!h) return new Set();
  if (h.between) return new Set(h.nodes);
  const out = new Set<number>();
  for (const n of h.nodes) for (const m of connectedNodes(agg, n)) out.add(m);
  return out;
}
