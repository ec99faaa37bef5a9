/** Text on the drawn views (PNG export, print, film frames): the page's fonts, and fitting a line. */

/** The families the page loads (src/map/appFonts.ts), so Chinese and Cyrillic come out right. */
export const CANVAS_FONT = '"Noto Sans", "Noto Sans SC", sans-serif';

/** Sets a font that fits `text` in `maxWidth` (down to 70 % of `size`), and shortens what still does not. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, size: number, maxWidth: number): string {
  for (let s = size; s >= size * 0.7; s -= size * 0.05) {
    ctx.font = `${s}px ${CANVAS_FONT}`;
    if (ctx.measureText(text).width <= maxWidth) return text;
  }
  let shown = text;
  while (shown.length > 1 && ctx.measureText(`${shown}…`).width > maxWidth) shown = shown.slice(0, -1);
  return `${shown}…`;
}
