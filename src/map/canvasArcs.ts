/**
 * Arcs and change marks on a 2D canvas, for the two canvas renderers (the first picture and the PNG
 * export): the same geometry the WebGL layer uploads, drawn with the one look (src/map/look.ts). Each
 * caller says how world coordinates map to its pixels and how large one look pixel is.
 */
import { arcDimmed, type Highlight } from '../domain/highlight.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { ARC, ARC_STRIDE, PROVENANCE_OF_CODE, type ArcGeometry, type ChangeMark } from '../domain/arcs.ts';
import {
  ARC_LOOK,
  arcAlpha,
  arcColor,
  changeMarkLook,
  CHANGE_MARK_LOOK,
  dashArray,
  emphasisLook,
} from './look.ts';
import { hexToRgb, type Palette } from './palette.ts';

export interface CanvasView {
  /** World coordinates (0..1) to canvas pixels. */
  x: (wx: number) => number;
  y: (wy: number) => number;
  /** Canvas pixels per look pixel (1 on screen; more in a large export). */
  unit: number;
  /**
   * Where the direction chevrons are (src/map/arcs/chevronClock.ts), for a frame of the film; without it
   * arcs are drawn still and plain, as in the PNG export and the first picture.
   */
  cycle?: number;
  /**
   * On a globe (src/map/globeProjection.ts): an arc's visible runs in pixels, and a world position in
   * pixels or null when hidden. Absent on the flat map, where arcs are the Béziers through x and y.
   */
  globe?: {
    arc: (x0: number, y0: number, x1: number, y1: number) => Array<Array<[number, number]>>;
    /** A change mark's place: the middle of its arc as drawn, or null when hidden. */
    mark: (m: ChangeMark) => [number, number] | null;
  };
}

export function drawArcs(
  ctx: CanvasRenderingContext2D,
  arcs: ArcGeometry,
  highlight: Highlight | null,
  palette: Palette,
  view: CanvasView,
): void {
  const d = arcs.data;
  for (let i = 0; i < arcs.count; i++) {
    const o = i * ARC_STRIDE;
    const provenance = PROVENANCE_OF_CODE[d[o + ARC.provenance]!]!;
    const emphasis = d[o + ARC.emphasis]!;
    const dimmed = arcDimmed(highlight, d[o + ARC.source]!, d[o + ARC.target]!);
    const runs = view.globe?.arc(d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!);
    if (runs && runs.length === 0) continue;
    const curve = () => {
      ctx.beginPath();
      if (runs) {
        for (const run of runs) run.forEach(([x, y], k) => (k ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
        return;
      }
      ctx.moveTo(view.x(d[o + ARC.x0]!), view.y(d[o + ARC.y0]!));
      ctx.quadraticCurveTo(
        view.x(d[o + ARC.cx]!),
        view.y(d[o + ARC.cy]!),
        view.x(d[o + ARC.x1]!),
        view.y(d[o + ARC.y1]!),
      );
    };
    const width = d[o + ARC.width]! * view.unit;
    const dash = dashArray(provenance, view.unit);
    ctx.globalAlpha = arcAlpha(emphasis, provenance, dimmed, palette);
    const color = arcColor(emphasis, FLOW_TYPES[d[o + ARC.type]!]!, palette);
    ctx.strokeStyle = runs ? fadingAlong(ctx, runs[0]!, color) : fadingIn(ctx, d, o, view, color);
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    // Round caps would close the gaps of a dashed (illustrative) arc.
    ctx.lineCap = dash.length ? 'butt' : 'round';
    curve();
    if (view.cycle !== undefined && !dash.length) strokeWithChevrons(ctx, view.unit, view.cycle);
    else ctx.stroke();
    if (emphasisLook(emphasis).hollow) {
      // The open core of a decrease, in the land's colour, as the WebGL shader draws it.
      ctx.strokeStyle = palette.land;
      ctx.lineWidth = width * ARC_LOOK.hollowCore;
      curve();
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/**
 * The current path as the shader draws a solid arc in motion: the body at the chevron floor of its
 * opacity, and a short dash every chevron spacing brought up to full, moved along by `cycle`. (Dashed
 * arcs keep their still dashes: their gaps already carry their provenance.)
 */
function strokeWithChevrons(ctx: CanvasRenderingContext2D, unit: number, cycle: number) {
  const { spacing, floor } = ARC_LOOK.chevron;
  const full = ctx.globalAlpha;
  ctx.globalAlpha = full * floor;
  ctx.stroke();
  // Over the body, this alpha brings the colour back to `full` where a chevron is.
  ctx.globalAlpha = (full - full * floor) / (1 - full * floor);
  ctx.setLineDash([0.32 * spacing * unit, 0.68 * spacing * unit]);
  ctx.lineDashOffset = -cycle * spacing * unit;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
  ctx.globalAlpha = full;
}

/**
 * The arc's colour fading in from its source over ARC_LOOK.sourceFade of its length, as the WebGL shader
 * draws it: a gradient from the source to that point of the curve.
 */
function fadingIn(
  ctx: CanvasRenderingContext2D,
  d: Float32Array,
  o: number,
  view: CanvasView,
  color: string,
): CanvasGradient | string {
  const t = ARC_LOOK.sourceFade;
  const [x0, y0, cx, cy, x1, y1] = [ARC.x0, ARC.y0, ARC.cx, ARC.cy, ARC.x1, ARC.y1].map((k) => d[o + k]!);
  const at = (a: number, c: number, b: number) => (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
  const sx = view.x(x0!);
  const sy = view.y(y0!);
  return fadeBetween(ctx, [sx, sy], [view.x(at(x0!, cx!, x1!)), view.y(at(y0!, cy!, y1!))], color);
}

/** The same fade along a drawn run of points (on the globe): from its first point over sourceFade of it. */
function fadingAlong(ctx: CanvasRenderingContext2D, run: Array<[number, number]>, color: string) {
  const end = Math.min(run.length - 1, Math.max(1, Math.round(ARC_LOOK.sourceFade * (run.length - 1))));
  return fadeBetween(ctx, run[0]!, run[end]!, color);
}

/** Transparent at `from` to `color` at `to`; the plain colour when the two are too close to tell apart. */
function fadeBetween(
  ctx: CanvasRenderingContext2D,
  [sx, sy]: readonly [number, number],
  [ex, ey]: readonly [number, number],
  color: string,
): CanvasGradient | string {
  if (Math.hypot(ex - sx, ey - sy) < 0.5) return color;
  const [r, g, b] = hexToRgb(color).map((v) => Math.round(v * 255));
  const gradient = ctx.createLinearGradient(sx, sy, ex, ey);
  gradient.addColorStop(0, `rgba(${r},${g},${b},0)`);
  gradient.addColorStop(1, color);
  return gradient;
}

export function drawChangeMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly ChangeMark[],
  palette: Palette,
  view: CanvasView,
): void {
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  for (const m of marks) {
    const look = changeMarkLook(m.kind, palette);
    const [x, y] = view.globe ? (view.globe.mark(m) ?? [NaN, NaN]) : [view.x(m.x), view.y(m.y)];
    if (Number.isNaN(x)) continue;
    ctx.beginPath();
    ctx.arc(x, y, CHANGE_MARK_LOOK.radius * view.unit, 0, Math.PI * 2);
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.strokeStyle = look.stroke;
    ctx.lineWidth = look.strokeWidth * view.unit;
    ctx.stroke();
  }
}
