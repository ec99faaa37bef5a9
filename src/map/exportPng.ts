/**
 * PNG of the current view for slides, drawn with Canvas 2D at any size up to 3840×2160 from the same
 * scene, projection (src/map/flatProjection.ts) and look (src/map/look.ts) as the other renderers:
 * basemap, arcs, event marks, nodes and labels, plus the title, the time window, the legend, the share of
 * the view that is illustrative, the dataset version with the view's link, the sources and the map approval
 * number (laid out by src/map/viewFrame.ts). Canvas text uses the page's loaded fonts, so Chinese labels
 * come out right.
 */
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { placeLabels } from '../domain/labelPlacement.ts';
import type { MapScene } from '../state/scene.ts';
import { fitFlatProjection } from './flatProjection.ts';
import { fitGlobeProjection } from './globeProjection.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import { ARC, ARC_STRIDE, type ChangeMark } from '../domain/arcs.ts';
import { drawArcs, drawChangeMarks } from './canvasArcs.ts';
import { EVENT_LOOK, eventRings, LABEL_LOOK, nodeLook } from './look.ts';
import type { Palette } from './palette.ts';
import { CANVAS_FONT as FONT, facesReady } from './canvasText.ts';
import { captionHeightOf, captionLines, drawCaption } from './captionBand.ts';
import { drawFrame, layoutFrame, type FrameText } from './viewFrame.ts';
import { boxPoints, type PlaceBox } from '../domain/filmTimeline.ts';

/** The words of a drawn view: those around the map (src/map/viewFrame.ts), and a story step's caption. */
export interface PngText extends FrameText {
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

  const frame = layoutFrame(ctx, text, width, height, u);
  const caption = text.caption ? captionLines(ctx, text.caption.text, width - 120 * u, u) : [];
  const captionTop = frame.footerTop - captionHeightOf(caption, u);
  // The map keeps clear of the legend's column (its words start at legend.textX) and of the bands below.
  const extent: [[number, number], [number, number]] = [
    [80 * u, 150 * u],
    [frame.legend.textX - 130 * u, captionTop],
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
      bounds: [0, 110 * u, frame.legend.textX - 110 * u, captionTop + 10 * u],
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

  // Title and window, top; legend, right; the caption band, then the footer, bottom.
  if (text.caption && caption.length)
    drawCaption(ctx, caption, text.caption.meta, palette, width, height, captionTop, u);
  drawFrame(ctx, frame, text, palette, width, height, u);
}

/** The faces the words of these views need (their text and their nodes' labels), loaded: await before drawView. */
export function viewFacesReady(views: ReadonlyArray<{ text: PngText; scene: MapScene }>): Promise<unknown> {
  const regular: string[] = [];
  const bold: string[] = [];
  for (const { text, scene } of views) {
    bold.push(text.title, text.window, text.provenance);
    regular.push(text.version, text.source, text.approval ?? '', text.caption?.text ?? '');
    regular.push(text.caption?.meta ?? '', ...Object.values(text.types), ...Object.values(text.marks));
    regular.push(...Object.values(text.comparison ?? {}));
    for (const n of scene.nodes) (n.kind === 'center' ? bold : regular).push(n.label);
  }
  return facesReady(regular.join(' '), bold.join(' '));
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
