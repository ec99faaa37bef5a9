/** The width below which the panels sit above and below the map instead of beside it (see styles.css). */
export const NARROW_SCREEN = '(max-width: 720px)';

/**
 * Whether the filters drawer and the side panel start open. On a phone they would cover the map, so there
 * they start closed and the map shows first; a button opens each.
 */
export function panelsStartOpen(): boolean {
  return !(typeof window !== 'undefined' && window.matchMedia?.(NARROW_SCREEN).matches);
}
