/**
 * The nodes of the current view as every renderer draws them: position, radius by activity, label, what
 * they are (kind, built or planned, reported or not) and how many events in the view were held there.
 */
import type { Node, NodeKind, NodeStatus } from '../data/schema.ts';
import type { Aggregate, EdgeProvenance } from './aggregate.ts';
import { toMercator } from './mercator.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { nodeRadius } from './scales.ts';

export interface NodePoint {
  index: number;
  id: string;
  kind: NodeKind;
  lon: number;
  lat: number;
  x: number;
  y: number;
  radius: number;
  activity: number;
  label: string;
  /** Higher places its label first when labels collide: the center, then every hub, then by activity. */
  labelPriority: number;
  status: NodeStatus;
  /**
   * `illustrative` when the node's own record is; `mixed` when it is reported but part of its activity in
   * the view is illustrative (its size then partly is); else `reported`.
   */
  provenance: EdgeProvenance;
  /** Events in the view held at this node. */
  events: number;
}

export function nodePoints(
  index: NetworkIndex,
  agg: Aggregate,
  label: (node: Node) => string,
  /** The activity drawn at full size: the view's own maximum unless a fixed scale says otherwise. */
  maxActivity = agg.maxNodeActivity,
): NodePoint[] {
  return index.nodes.flatMap((n, i) => {
    if (!agg.nodeVisible[i]) return [];
    const activity = agg.nodeActivity[i]!;
    const [x, y] = toMercator(n.lon, n.lat);
    return [
      {
        index: i,
        id: n.id,
        kind: n.kind,
        lon: n.lon,
        lat: n.lat,
        x,
        y,
        radius: nodeRadius(n.kind, activity, maxActivity),
        activity,
        label: label(n),
        labelPriority: n.kind === 'center' ? 1e9 : n.kind === 'hub' ? 1e6 + activity : activity,
        status: n.status,
        provenance:
          n.provenance === 'illustrative'
            ? 'illustrative'
            : agg.nodeReported[i]! < activity
              ? 'mixed'
              : 'reported',
        events: agg.nodeEvents[i]!,
      },
    ];
  });
}

/** Indices of the nodes that share a flow with `node` in the view (and the node itself). */
export function connectedNodes(agg: Aggregate, node: number): Set<number> {
  const out = new Set([node]);
  for (const e of agg.edges) {
    if (e.source === node) out.add(e.target);
    if (e.target === node) out.add(e.source);
  }
  return out;
}

/** The lon/lat box around every node of the version: the first view shows the whole network. */
export function nodeBounds(index: NetworkIndex): [[number, number], [number, number]] {
  const lons = index.nodes.map((n) => n.lon);
  const lats = index.nodes.map((n) => n.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
