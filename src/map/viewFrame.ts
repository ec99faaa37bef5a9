/**
 * The words around a drawn view's map (PNG export, print, film frames): the title and the time window on
 * top, the legend on the right, and the footer: the illustrative share, the dataset version with the view's
 * link, the sources and the map approval number. Laid out to fit whatever the language and the picture's
 * proportions: the title yields to the time window, the legend's column is as wide as its longest line, and
 * the footer wraps the view's link and the approval number instead of cutting them. A printed page is A4
 * (narrower than a slide), and Russian's words are the longest: there, the title ran under the time window
 * and the legend past the picture's edge; and a long link lost its end, as did the approval number, which
 * followed the sources on their line.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import { CANVAS_FONT as FONT, fitText, wrapLines } from './canvasText.ts';
import { ARC_LOOK, changeMarkLook, CHANGE_MARK_LOOK, dashArray } from './look.ts';
import type { Palette } from './palette.ts';

export interface FrameText {
  title: string;
  window: string;
  /** The dataset version and the view's link: never cut, so the picture can always be traced to its view. */
  version: string;
  source: string;
  /** The map approval number (审图号) line, when the deployer configured one: never cut. */
  approval?: string;
  /** What share of the view is illustrative, or that it is all reported. */
  provenance: string;
  types: Record<(typeof FLOW_TYPES)[number], string>;
  /** The legend's line for each provenance mark. */
  marks: Record<'reported' | 'illustrative' | 'mixed', string>;
  /** In a comparison, the legend shows what the colours and marks of change mean instead of the types. */
  comparison?: Record<'increase' | 'decrease' | 'same' | 'added' | 'removed', string>;
}

interface FooterLine {
  text: string;
  font: string;
  muted: boolean;
}

export interface FrameLayout {
  title: { text: string; font: string };
  window: { font: string };
  /** Where the legend's swatches and words start, and each line's words (shrunk or shortened when they must be). */
  legend: { swatchX: number; textX: number; lines: Array<{ text: string; font: string }> };
  /** The footer's lines, top to bottom; the last one's baseline is 36 units above the bottom. */
  footer: FooterLine[];
  /** Everything above this is the map's, the legend's and the caption's. */
  footerTop: number;
}

/** Sizes and places at 1080p, in units of `u`. */
const MARGIN = 60;
const LEGEND_SIZE = 26;
const LEGEND_TEXT_FROM_RIGHT = 290;
/** The least room kept right of the legend's longest line. */
const LEGEND_RIGHT_MARGIN = 40;
const FOOTER_STEP = 34;
const FOOTER_LAST_BASELINE = 36;
/** Above the first footer line's baseline, the room its letters take. */
const FOOTER_ASCENT = 26;

/** The legend's words, in the order they are drawn. */
function legendWords(text: FrameText): string[] {
  const keys = text.comparison
    ? (['increase', 'decrease', 'same', 'added', 'removed'] as const).map((k) => text.comparison![k])
    : FLOW_TYPES.map((t) => text.types[t]);
  return [...keys, text.marks.reported, text.marks.illustrative, text.marks.mixed];
}

export function layoutFrame(
  ctx: CanvasRenderingContext2D,
  text: FrameText,
  width: number,
  height: number,
  u: number,
): FrameLayout {
  const inner = width - 2 * MARGIN * u;

  // The time window keeps its size (it is what the picture is of); the title shrinks, then shortens, to end
  // before it.
  const windowFont = `700 ${56 * u}px ${FONT}`;
  ctx.font = windowFont;
  const windowWidth = Math.min(ctx.measureText(text.window).width, inner / 2);
  const titleText = fitText(ctx, text.title, 44 * u, inner - windowWidth - 40 * u, 700);
  const title = { text: titleText, font: ctx.font };

  // The legend's column starts where its longest line still ends inside the picture, but takes at most
  // 45 % of the width; past that, a line shrinks and then shortens.
  ctx.font = `${LEGEND_SIZE * u}px ${FONT}`;
  const words = legendWords(text);
  const longest = Math.max(0, ...words.map((w) => ctx.measureText(w).width));
  const textX = Math.max(
    width * 0.55,
    Math.min(width - LEGEND_TEXT_FROM_RIGHT * u, width - LEGEND_RIGHT_MARGIN * u - longest),
  );
  const room = width - LEGEND_RIGHT_MARGIN * u - textX;
  const lines = words.map((w) => ({ text: fitText(ctx, w, LEGEND_SIZE * u, room), font: ctx.font }));
  const legend = { swatchX: textX - 70 * u, textX, lines };

  // A footer line that fits when shrunk a little stays one line, as it always was. One that does not is
  // wrapped at full size when it must be read whole (the version with the view's link, the approval number);
  // the sources are shortened instead, keeping the map's room what it always was.
  const footerLines = (s: string, whole: boolean): FooterLine[] => {
    const one = fitText(ctx, s, 22 * u, inner);
    if (one === s || !whole) return [{ text: one, font: ctx.font, muted: true }];
    ctx.font = `${22 * u}px ${FONT}`;
    return wrapLines(ctx, s, inner).map((t) => ({ text: t, font: ctx.font, muted: true }));
  };
  const provenance = fitText(ctx, text.provenance, 24 * u, inner, 700);
  const footer: FooterLine[] = [
    { text: provenance, font: ctx.font, muted: false },
    ...footerLines(text.version, true),
    ...footerLines(text.source, false),
    ...(text.approval ? footerLines(text.approval, true) : []),
  ];
  const footerTop =
    height - FOOTER_LAST_BASELINE * u - (footer.length - 1) * FOOTER_STEP * u - FOOTER_ASCENT * u;
  return { title, window: { font: windowFont }, legend, footer, footerTop };
}

/** Draws the title, the time window, the legend and the footer as `layout` placed them. */
export function drawFrame(
  ctx: CanvasRenderingContext2D,
  layout: FrameLayout,
  text: FrameText,
  palette: Palette,
  width: number,
  height: number,
  u: number,
): void {
  ctx.textAlign = 'left';
  ctx.fillStyle = palette.text;
  ctx.font = layout.title.font;
  ctx.fillText(layout.title.text, MARGIN * u, 80 * u);
  ctx.textAlign = 'right';
  ctx.font = layout.window.font;
  ctx.fillText(text.window, width - MARGIN * u, 84 * u);
  ctx.textAlign = 'left';

  const { swatchX, textX, lines } = layout.legend;
  const swatches = text.comparison
    ? comparisonSwatches(ctx, palette, swatchX, u)
    : FLOW_TYPES.map((type) => (y: number) => {
        ctx.fillStyle = palette.flow[type];
        ctx.fillRect(swatchX, y - 14 * u, 56 * u, 12 * u);
      });
  const marks = (['reported', 'illustrative', 'mixed'] as const).map((p) => (y: number) => {
    // Butt caps, whatever the last arc drew with: round ones would close the dashes' gaps.
    ctx.lineCap = 'butt';
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 6 * u;
    ctx.setLineDash(dashArray(p, u * 1.4));
    ctx.beginPath();
    ctx.moveTo(swatchX, y - 8 * u);
    ctx.lineTo(swatchX + 56 * u, y - 8 * u);
    ctx.stroke();
    ctx.setLineDash([]);
  });
  [...swatches, ...marks].forEach((swatch, i) => {
    const y = 170 * u + i * 48 * u;
    swatch(y);
    ctx.fillStyle = palette.text;
    ctx.font = lines[i]!.font;
    ctx.fillText(lines[i]!.text, textX, y);
  });

  layout.footer.forEach((line, i) => {
    ctx.fillStyle = line.muted ? palette.muted : palette.text;
    ctx.font = line.font;
    const y = height - FOOTER_LAST_BASELINE * u - (layout.footer.length - 1 - i) * FOOTER_STEP * u;
    ctx.fillText(line.text, MARGIN * u, y);
  });
}

/** Increase (solid), decrease (hollow), unchanged (hairline), new (dot) and gone (ring), as the map draws them. */
function comparisonSwatches(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  x0: number,
  u: number,
): Array<(y: number) => void> {
  const x1 = x0 + 56 * u;
  const line = (y: number, colour: string, w: number, hollow: boolean) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(x0, y);
    ctx.lineTo(x1, y);
    ctx.stroke();
    if (hollow) {
      ctx.strokeStyle = palette.land;
      ctx.lineWidth = w * ARC_LOOK.hollowCore;
      ctx.stroke();
    }
  };
  const mark = (y: number, kind: 'added' | 'removed') => {
    const look = changeMarkLook(kind, palette);
    ctx.beginPath();
    ctx.arc((x0 + x1) / 2, y, CHANGE_MARK_LOOK.radius * 1.4 * u, 0, Math.PI * 2);
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.strokeStyle = look.stroke;
    ctx.lineWidth = look.strokeWidth * 1.4 * u;
    ctx.stroke();
  };
  return [
    (y) => line(y - 8 * u, palette.change.increase, 10 * u, false),
    (y) => line(y - 8 * u, palette.change.decrease, 10 * u, true),
    (y) => line(y - 8 * u, palette.change.same, 1.4 * u, false),
    (y) => (line(y - 8 * u, palette.change.increase, 10 * u, false), mark(y - 8 * u, 'added')),
    (y) => (line(y - 8 * u, palette.change.decrease, 10 * u, true), mark(y - 8 * u, 'removed')),
  ];
}
