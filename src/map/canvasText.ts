/** Text on the drawn views (PNG export, print, film frames): the page's fonts, fitting and wrapping lines. */

/** The families the page loads (src/map/appFonts.ts), so Chinese and Cyrillic come out right. */
export const CANVAS_FONT = '"Noto Sans", "Noto Sans SC", sans-serif';

/**
 * Sets a font that fits `text` in `maxWidth` (down to 70 % of `size`), and shortens what still does not.
 * `weight` 700 for the bold title.
 */
export function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  size: number,
  maxWidth: number,
  weight = 400,
): string {
  const font = (s: number) => `${weight === 400 ? '' : `${weight} `}${s}px ${CANVAS_FONT}`;
  for (let s = size; s >= size * 0.7; s -= size * 0.05) {
    ctx.font = font(s);
    if (ctx.measureText(text).width <= maxWidth) return text;
  }
  return shorten(ctx, text, maxWidth);
}

/** `text` cut to fit `maxWidth` in the current font, with an ellipsis. */
function shorten(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  let shown = text;
  while (shown.length > 1 && ctx.measureText(`${shown}…`).width > maxWidth) shown = shown.slice(0, -1);
  return `${shown}…`;
}

/** Chinese characters (no spaces between words), and the fullwidth forms that go with them. */
const CJK = '\\u2e80-\\u9fff\\uff00-\\uffef';
const PIECES = new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'g');

/**
 * `text` in lines of at most `maxWidth` in the current font: broken between words, between any two Chinese
 * characters, and inside a word too long for a line of its own (a link). At most `maxLines`; the last one
 * kept is shortened with an ellipsis when more would follow.
 */
export function wrapLines(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  maxLines = Infinity,
): string[] {
  const fits = (s: string) => ctx.measureText(s.trimEnd()).width <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(PIECES) ?? []) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = piece.trimStart();
    // A piece wider than a whole line is cut where the line ends, as often as it takes.
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(ctx, kept[maxLines - 1]!, maxWidth);
  return kept;
}

/**
 * Loads the app's faces that `regular` and `bold` text need, and waits for them; never rejects. A canvas
 * draws with whatever face is loaded when it draws, and does not wait: an English page in presentation
 * shows no Chinese, so a picture's first Chinese publisher was drawn in a fallback face (or as boxes), and
 * measured with its widths.
 */
export function facesReady(regular: string, bold: string): Promise<unknown> {
  if (typeof document === 'undefined' || !document.fonts?.load) return Promise.resolve();
  return Promise.all([
    document.fonts.load(`16px ${CANVAS_FONT}`, regular || ' '),
    document.fonts.load(`700 16px ${CANVAS_FONT}`, bold || ' '),
  ]).catch(() => undefined);
}
