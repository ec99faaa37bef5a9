/**
 * The URL contract's versions. Every link the app writes carries `u` (the contract's version); a link
 * without it was written before 2026-12 (version 1). Old links are lifted step by step, before parsing, so
 * a link shared years ago opens the view it meant, or the nearest one that still exists.
 *
 *   1 → 2  `story=summit-to-center` without `v` meant the default version's tour; the default is now the
 *          public record, whose tour is `transfer-to-innovation` (its steps differ: it opens at the start).
 *          Links that pin `v=2025.09` or `v=2026.11` keep their story: those versions still hold it.
 *   2 → 3  Widths used to be fitted to the window shown; they are now on one scale for the whole timeline
 *          unless `scale=fitted`. Older links get `scale=fitted`, so they show the widths they showed.
 */
export const URL_VERSION = 3;

type Migration = (q: URLSearchParams) => void;

const MIGRATIONS: Record<number, Migration> = {
  1: (q) => {
    if (q.get('story') === 'summit-to-center' && !q.has('v')) {
      q.set('story', 'transfer-to-innovation');
      q.delete('step');
    }
  },
  2: (q) => {
    if (!q.has('scale')) q.set('scale', 'fitted');
  },
};

/** The link's parameters in the current contract's terms. A version newer than this app's is read as is. */
export function migrateSearch(search: string): URLSearchParams {
  const q = new URLSearchParams(search);
  // No parameters at all is no old link: it is the app's front door, in today's defaults.
  if ([...q.keys()].length === 0) return q;
  const declared = Number(q.get('u') ?? 1);
  let version = Number.isInteger(declared) && declared >= 1 ? declared : 1;
  while (version < URL_VERSION) {
    MIGRATIONS[version]?.(q);
    version++;
  }
  return q;
}
