/**
 * The address of exactly this view, for every link the app hands out (share, embed, cite, the CSV and PNG
 * headers). It always names its dataset version: a link without `v` follows the default and silently
 * shows something else once a new version is published. A selection the current filters hide (an edge
 * of a type switched off, a node of a kind not shown) is dropped, so the link never opens on nothing.
 */
import { edgeIdOf } from '../domain/edgeId.ts';
import type { Scene } from './scene.ts';
import type { ProvenanceFilter } from '../domain/aggregate.ts';
import { exploreSearch } from './url.ts';
import { migrateSearch, URL_VERSION } from './urlMigrations.ts';

export interface ShownSelections {
  node: (id: string) => boolean;
  edge: (id: string) => boolean;
}

/** Which node and edge ids the view draws (in comparison mode, the compared edges). */
export function shownSelections(scene: Pick<Scene, 'index' | 'drawn' | 'nodes'>): ShownSelections {
  const { nodes } = scene.index.dataset;
  const nodeIds = new Set(scene.nodes.map((n) => n.id));
  let edgeIds: Set<string> | null = null;
  return {
    node: (id) => nodeIds.has(id),
    edge: (id) => {
      edgeIds ??= new Set(
        scene.drawn.edges.map((e) => edgeIdOf(nodes[e.source]!.id, nodes[e.target]!.id, e.type)),
      );
      return edgeIds.has(id);
    },
  };
}

/** `href` with `v` set to `version` and hidden selections removed; everything else kept as it is. */
export function pinnedHref(href: string, version: string, shown: ShownSelections): string {
  const url = new URL(href);
  // An address from an older contract is read in its own terms first, then written in today's.
  const q = migrateSearch(url.search);
  q.set('v', version);
  const node = q.get('node');
  if (node !== null && !shown.node(node)) q.delete('node');
  const edge = q.get('edge');
  if (edge !== null && !shown.edge(edge)) q.delete('edge');
  q.set('u', String(URL_VERSION));
  // The same spelling as the app's own URLs (src/state/url.ts): commas and tildes stay readable.
  url.search = q.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return url.href;
}

/**
 * The link a visitor takes home from a wall (its QR code): this view pinned to its version, opened to
 * explore on their own screen, not as a presentation or kiosk, with the wall's provenance filter written
 * out, since exploring would otherwise show all records where the wall showed reported ones only.
 */
export function takeHomeHref(
  href: string,
  version: string,
  shown: ShownSelections,
  provenance: ProvenanceFilter,
): string {
  const url = new URL(href);
  const q = new URLSearchParams(exploreSearch(url.search));
  q.set('provenance', provenance);
  url.search = q.toString();
  return pinnedHref(url.href, version, shown);
}
