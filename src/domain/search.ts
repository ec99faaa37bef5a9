/**
 * Finds nodes by name in any of the three languages, and partner organisations named in flows (leading
 * to the nodes those flows connect).
 */
import type { Dataset } from '../data/schema.ts';

export interface SearchHit {
  nodeId: string;
  /** The organisation that matched, when the match was a partner and not the node's own name. */
  partner?: string;
}

const normalise = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

export function search(dataset: Dataset, query: string, limit = 20): SearchHit[] {
  const q = normalise(query.trim());
  if (!q) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const kind = new Map(dataset.nodes.map((n) => [n.id, n.kind]));
  for (const n of dataset.nodes) {
    const names = [n.name, n.shortName].flatMap((l) => (l ? [l.zh, l.en, l.ru] : []));
    if (names.some((name) => normalise(name).includes(q))) {
      hits.push({ nodeId: n.id });
      seen.add(n.id);
    }
  }
  for (const f of dataset.flows) {
    for (const partner of f.partners ?? []) {
      if (!normalise(partner).includes(q)) continue;
      // The organisation sits at the flow's far end from the center.
      const nodeId = kind.get(f.target) === 'center' ? f.source : f.target;
      const key = `${nodeId}|${partner}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ nodeId, partner });
    }
  }
  return hits.slice(0, limit);
}
