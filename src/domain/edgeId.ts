/**
 * The one written form of a flow edge (source, target, type): `minsk~qingdao~talent`. The URL's `edge`,
 * table rows, React keys and comparison rows all use it; node ids cannot hold `~`, so it splits back
 * unambiguously. (The edge index numbers edges internally for speed; that number is no id.)
 */
import { FLOW_TYPES, type FlowType } from '../data/schema.ts';

export function edgeId(source: string, target: string, type: FlowType): string {
  return `${source}~${target}~${type}`;
}

const EDGE = /^([a-z0-9][a-z0-9-]{0,63})~([a-z0-9][a-z0-9-]{0,63})~(project|talent|agreement)$/;

export function parseEdgeId(id: string): { source: string; target: string; type: FlowType } | null {
  const m = EDGE.exec(id);
  return m ? { source: m[1]!, target: m[2]!, type: m[3] as FlowType } : null;
}

/** The same id from a type index (as aggregates and arcs carry it). */
export const edgeIdOf = (source: string, target: string, type: number) =>
  edgeId(source, target, FLOW_TYPES[type]!);
