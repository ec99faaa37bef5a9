/** A story step's caption as a drawn view's lower third (the film's frames): lines, and the band. */
import { CANVAS_FONT as FONT, fitText, wrapLines } from './canvasText.ts';
import type { Palette } from './palette.ts';

/** Caption line height and size at 1080p; at most this many lines, the last shortened if need be. */
const CAPTION_LINE = 44;
const CAPTION_SIZE = 34;
const CAPTION_LINES = 3;

/**
 * The caption broken into lines that fit `maxWidth`: between words, and between any two characters of
 * Chinese, which has no spaces.
 */
export function captionLines(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  u: number,
): string[] {
  ctx.font = `${CAPTION_SIZE * u}px ${FONT}`;
  return wrapLines(ctx, text, maxWidth, CAPTION_LINES);
}

/** The caption band over the footer, from `top`: the caption large, the story, sources and step under it. */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  lines: string[],
  meta: string,
  palette: Palette,
  width: number,
  height: number,
  top: number,
  u: number,
) {
  // A lower third, as on the wall: arcs bowing below their nodes pass under it, never through the text.
  ctx.fillStyle = palette.panel;
  ctx.fillRect(0, top - 4 * u, width, height - top + 4 * u);
  ctx.fillStyle = palette.panelLine;
  ctx.fillRect(0, top - 4 * u, width, Math.max(1, u));
  ctx.textAlign = 'left';
  ctx.fillStyle = palette.text;
  ctx.font = `${CAPTION_SIZE * u}px ${FONT}`;
  lines.forEach((l, i) => ctx.fillText(l, 60 * u, top + (i + 1) * CAPTION_LINE * u));
  ctx.fillStyle = palette.muted;
  ctx.fillText(
    fitText(ctx, meta, 24 * u, width - 120 * u),
    60 * u,
    top + lines.length * CAPTION_LINE * u + 36 * u,
  );
}

/** The band's height for `lines` lines, in pixels at unit `u` (one unit at 1080p). */
export function captionHeightOf(lines: readonly string[], u: number): number {
  return lines.length ? lines.length * CAPTION_LINE * u + 56 * u : 0;
}
