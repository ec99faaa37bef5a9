/** The width below which the panels sit above and below the map instead of beside it (see styles.css). */
export const NARROW_SCREEN = '(max-width: 720px)';
/** Wide enough for both panels beside each other and still half the window for the map. */
export const ROOM_FOR_BOTH_PANELS = '(min-width: 1600px)';

const matches = (query: string) =>
  typeof window !== 'undefined' && Boolean(window.matchMedia?.(query).matches);

/**
 * Whether a panel starts open. The side panel (legend, nodes, details) opens everywhere but on a phone,
 * where it would cover the map. The filters drawer opens only where both panels leave the map at least
 * half the window (at 1280×720 the two together would leave it about a third); a button opens it.
 */
export function panelsStartOpen(which: 'side' | 'filters' = 'side'): boolean {
  // Where the screen cannot be asked about, show everything.
  if (typeof window === 'undefined' || !window.matchMedia) return true;
  if (matches(NARROW_SCREEN)) return false;
  return which === 'side' || matches(ROOM_FOR_BOTH_PANELS);
}
