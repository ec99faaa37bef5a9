import type { Dataset } from '../../data/schema.ts';
import type { Scene } from '../../state/scene.ts';
import { pinnedHref, shownSelections } from '../../state/viewLink.ts';

/**
 * The link every "share", "embed", "cite", CSV and PNG hands out: this page's address pinned to the
 * version on screen, without selections the filters hide. Read at render; the URL follows the store, and
 * every caller re-renders with the scene it was built from.
 */
export function useViewLink(dataset: Dataset, scene: Scene): string {
  return pinnedHref(window.location.href, dataset.version.id, shownSelections(scene));
}
