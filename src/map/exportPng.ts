/**
 * PNG of the current view for slides, drawn with Canvas 2D at any size up to 3840×2160 from the same
 * scene, projection (src/map/flatProjection.ts) and look (src/map/look.ts) as the other renderers:
 * basemap, arcs, event marks, nodes and labels, plus the title, the time window, the legend, the share of
 * the view that is illustrative, the dataset version and the source line. Canvas text uses the page's
 * loaded fonts, so Chinese labels come out right.
 */
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { FLOW_TYPES } from '../data/schema.ts';
import { placeLabels } from '../domain/labelPlacement.ts';
import type { MapScene } from '../state/scene.ts';
import { fitFlatProjection } from './flatProjection.ts';
import { fitGlobeProjection } from './globeProjection.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import { ARC, ARC_STRIDE, type ChangeMark } from '../domain/arcs.ts';
import { drawArcs, drawChangeMarks } from './canvasArcs.ts';
import {
  ARC_LOOK,
  changeMarkLook,
  CHANGE_MARK_LOOK,
  dashArray,
  EVENT_LOOK,
  eventRings,
  LABEL_LOOK,
  nodeLook,
} from './look.ts';
import type { Palette } from './palette.ts';
import { CANVAS_FONT as FONT, fitText } from './canvasText.ts';
import { captionHeightOf, captionLines, drawCaption } from './captionBand.ts';
import { boxPoints, type PlaceBox } from '../domain/filmTimeline.ts';

export interface PngText {
  title: string;
  window: string;
  version: string;
  source: string;
  /** What share of the view is illustrative, or that it is all reported. */
  provenance: string;
  types: Record<(typeof FLOW_TYPES)[number], string>;
  /** The legend's line for each provenance mark. */
  marks: Record<'reported' | 'illustrative' | 'mixed', string>;
  /** In a comparison, the legend shows what the colours and marks of change mean instead of the types. */
  comparison?: Record<'increase' | 'decrease' | 'same' | 'added' | 'removed', string>;
  /** A story step's caption and the line under it (story, sources, step), in a band above the footer. */
  caption?: { text: string; meta: string };
}

export interface DrawOptions {
  /** Drawn on an orthographic globe (URL `projection=globe`), as the WebGL map shows it. */
  globe?: boolean;
  /** The camera: the box the map is fitted to (a film moves it); without it, the view's nodes. */
  box?: PlaceBox;
  /** Where the arcs' chevrons are, for a frame of the film (src/map/canvasArcs.ts). */
  cycle?: number;
}

export function drawView(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  scene: MapScene,
  land: FeatureCollection | null,
  palette: Palette,
  text: PngText,
  options: DrawOptions = {},
): void {
  // A film draws every frame on one canvas: resized only when the size changes, state reset each time.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.textAlign = 'start';
  const u = height / 1080; // one unit at 1080p
  ctx.fillStyle = palette.water;
  ctx.fillRect(0, 0, width, height);

  const caption = text.caption ? captionLines(ctx, text.caption.text, width - 120 * u, u) : [];
  const captionHeight = captionHeightOf(caption, u);
  const extent: [[number, number], [number, number]] = [
    [80 * u, 150 * u],
    [width - 420 * u, height - 130 * u - captionHeight],
  ];
  const fitted = options.box ? boxPoints(options.box) : scene.nodes;
  const flat = fitFlatProjection(fitted, extent);
  const globe = options.globe ? fitGlobeProjection(fitted, extent) : null;
  /** A node's place in the picture, or null on the far side of the globe. */
  const at = (n: NodePoint) => (globe ? globe.at(n) : flat.at(n));
  const shown = scene.nodes.filter((n) => at(n) !== null);
  if (globe) {
    // The Earth's outline, in the coast's colour.
    ctx.beginPath();
    geoPath(globe.projection, ctx)({ type: 'Sphere' });
    ctx.strokeStyle = palette.coast;
    ctx.lineWidth = 2 * u;
    ctx.stroke();
  }
  if (land) {
    const path = geoPath(globe?.projection ?? flat.projection, ctx);
    ctx.beginPath();
    path(land);
    // Stroke under the fill, as on the live map: only the sea side of the coastline shows, never a cut edge.
    ctx.strokeStyle = palette.coast;
    ctx.lineWidth = 1.6 * u;
    ctx.stroke();
    ctx.fillStyle = palette.land;
    ctx.fill();
  }

  // Arcs a little heavier than on screen: a slide is seen from further away.
  const d = scene.arcs.data;
  const ends = (i: number) =>
    [ARC.x0, ARC.y0, ARC.x1, ARC.y1].map((k) => d[i * ARC_STRIDE + k]!) as [number, number, number, number];
  const arcView = {
    x: flat.px,
    y: flat.py,
    unit: u * 1.4,
    ...(options.cycle !== undefined ? { cycle: options.cycle } : {}),
    ...(globe ? { globe: { arc: globe.arc, mark: (m: ChangeMark) => globe.middle(...ends(m.arc)) } } : {}),
  };
  drawArcs(ctx, scene.arcs, scene.highlight, palette, arcView);
  drawChangeMarks(ctx, scene.marks, palette, arcView);

  for (const n of shown) {
    const [x, y] = at(n)!;
    const r = n.radius * u * 1.3;
    for (const ring of eventRings(r, n.events)) {
      ctx.setLineDash([]);
      ctx.globalAlpha = EVENT_LOOK.opacity;
      ctx.strokeStyle = palette.event;
      ctx.lineWidth = EVENT_LOOK.width * u;
      ctx.beginPath();
      ctx.arc(x, y, ring, 0, Math.PI * 2);
      ctx.stroke();
    }
    const look = nodeLook(n, palette);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.globalAlpha = look.fillOpacity;
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.globalAlpha = look.strokeOpacity;
    ctx.setLineDash(look.dash.map((v) => v * u));
    ctx.lineWidth = look.strokeWidth * u;
    ctx.strokeStyle = look.stroke;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  const size = (kind: keyof typeof LABEL_LOOK.size) => LABEL_LOOK.size[kind] * 1.6 * u;
  const labels = placeLabels(
    shown.map((n) => {
      const [x, y] = at(n)!;
      ctx.font = `${size(n.kind)}px ${FONT}`;
      return {
        id: n.id,
        x,
        y,
        radius: n.radius * u * 1.3,
        width: ctx.measureText(n.label).width,
        height: size(n.kind) * 1.2,
        priority: n.labelPriority,
        required: n.kind === 'center',
      };
    }),
    {
      // Clear of every node and inside the map's part of the picture (the legend is on the right).
      obstacles: shown.map((n) => {
        const [x, y] = at(n)!;
        const r = n.radius * u * 1.3;
        return [x - r, y - r, x + r, y + r] as [number, number, number, number];
      }),
      bounds: [0, 110 * u, width - 400 * u, height - 120 * u - captionHeight],
    },
  );
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  ctx.lineJoin = 'round';
  for (const l of labels) {
    const n = byId.get(l.id)!;
    ctx.font = `${n.kind === 'center' ? 700 : 400} ${size(n.kind)}px ${FONT}`;
    ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'start' ? 'left' : 'right';
    ctx.lineWidth = 4 * u;
    ctx.strokeStyle = palette.textHalo;
    ctx.strokeText(n.label, l.x, l.y);
    ctx.fillStyle = n.kind === 'center' ? palette.node.center : palette.text;
    ctx.fillText(n.label, l.x, l.y);
  }

  // Title and window, top; legend, right; provenance, version and source, bottom.
  ctx.textAlign = 'left';
  ctx.fillStyle = palette.text;
  ctx.font = `700 ${44 * u}px ${FONT}`;
  ctx.fillText(text.title, 60 * u, 80 * u);
  ctx.textAlign = 'right';
  ctx.font = `700 ${56 * u}px ${FONT}`;
  ctx.fillText(text.window, width - 60 * u, 84 * u);
  ctx.textAlign = 'left';
  ctx.font = `${26 * u}px ${FONT}`;
  const rows = text.comparison
    ? drawComparisonLegend(ctx, palette, text.comparison, width, u)
    : drawTypeLegend(ctx, palette, text, width, u);
  // Butt caps, whatever the last arc drew with: round ones would close the dashes' gaps.
  ctx.lineCap = 'butt';
  (['reported', 'illustrative', 'mixed'] as const).forEach((p, i) => {
    const y = 170 * u + (rows + i) * 48 * u;
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 6 * u;
    ctx.setLineDash(dashArray(p, u * 1.4));
    ctx.beginPath();
    ctx.moveTo(width - 360 * u, y - 8 * u);
    ctx.lineTo(width - 304 * u, y - 8 * u);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = palette.text;
    ctx.fillText(text.marks[p], width - 290 * u, y);
  });
  if (text.caption && caption.length) drawCaption(ctx, caption, text.caption.meta, palette, width, height, u);
  ctx.fillStyle = palette.text;
  ctx.font = `700 ${24 * u}px ${FONT}`;
  ctx.fillText(text.provenance, 60 * u, height - 104 * u);
  ctx.fillStyle = palette.muted;
  const line = (s: string) => fitText(ctx, s, 22 * u, width - 120 * u);
  ctx.fillText(line(text.version), 60 * u, height - 70 * u);
  ctx.fillText(line(text.source), 60 * u, height - 36 * u);
}

function drawTypeLegend(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  text: PngText,
  width: number,
  u: number,
) {
  FLOW_TYPES.forEach((type, i) => {
    const y = 170 * u + i * 48 * u;
    ctx.fillStyle = palette.flow[type];
    ctx.fillRect(width - 360 * u, y - 14 * u, 56 * u, 12 * u);
    ctx.fillStyle = palette.text;
    ctx.fillText(text.types[type], width - 290 * u, y);
  });
  return FLOW_TYPES.length;
}

/** Increase (solid), decrease (hollow), unchanged (hairline), new (dot) and gone (ring), as the map draws them. */
function drawComparisonLegend(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  labels: NonNullable<PngText['comparison']>,
  width: number,
  u: number,
) {
  const x0 = width - 360 * u;
  const x1 = width - 304 * u;
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
  const rows: Array<[keyof typeof labels, (y: number) => void]> = [
    ['increase', (y) => line(y, palette.change.increase, 10 * u, false)],
    ['decrease', (y) => line(y, palette.change.decrease, 10 * u, true)],
    ['same', (y) => line(y, palette.change.same, 1.4 * u, false)],
    ['added', (y) => (line(y, palette.change.increase, 10 * u, false), mark(y, 'added'))],
    ['removed', (y) => (line(y, palette.change.decrease, 10 * u, true), mark(y, 'removed'))],
  ];
  rows.forEach(([key, draw], i) => {
    const y = 170 * u + i * 48 * u;
    draw(y - 8 * u);
    ctx.fillStyle = palette.text;
    ctx.fillText(labels[key], width - 290 * u, y);
  });
  return rows.length;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
