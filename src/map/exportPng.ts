/**
 * PNG of the current view for slides, drawn with Canvas 2D at any size up to 3840×2160 from the same
 * derived geometry as the map: basemap, arcs, nodes and labels, plus the title, the time window, the
 * legend, the dataset version and the source line. Canvas text uses the page's loaded fonts, so Chinese
 * labels come out right.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { FLOW_TYPES } from '../data/schema.ts';
import { ARC, ARC_STRIDE } from '../domain/arcs.ts';
import { placeLabels } from '../domain/labelPlacement.ts';
import type { Scene } from './NetworkMap.ts';
import type { Palette } from './palette.ts';

export interface PngText {
  title: string;
  window: string;
  version: string;
  source: string;
  types: Record<(typeof FLOW_TYPES)[number], string>;
}

const FONT = '"Noto Sans", "Noto Sans SC", sans-serif';

export function drawView(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  scene: Scene,
  basemap: { land: FeatureCollection; borders: FeatureCollection } | null,
  palette: Palette,
  text: PngText,
): void {
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const u = height / 1080; // one unit at 1080p
  ctx.fillStyle = palette.water;
  ctx.fillRect(0, 0, width, height);

  const points = scene.nodes.map((n) => [n.lon, n.lat] as [number, number]);
  const projection = geoMercator().fitExtent(
    [
      [80 * u, 150 * u],
      [width - 420 * u, height - 130 * u],
    ],
    {
      type: 'MultiPoint',
      coordinates: points.length
        ? points
        : [
            [20, 20],
            [130, 55],
          ],
    },
  );
  if (basemap) {
    const path = geoPath(projection, ctx);
    ctx.beginPath();
    path(basemap.land);
    // Stroke under the fill, as on the live map: only the sea side of the coastline shows, never a cut edge.
    ctx.strokeStyle = palette.coast;
    ctx.lineWidth = 1.6 * u;
    ctx.stroke();
    ctx.fillStyle = palette.land;
    ctx.fill();
  }

  // Mercator world coordinates map linearly onto the d3 Mercator projection (as in the SVG renderer).
  const k = projection.scale() * 2 * Math.PI;
  const [tx, ty] = projection.translate();
  const px = (x: number) => tx + k * (x - 0.5);
  const py = (y: number) => ty + k * (y - 0.5);
  const d = scene.arcs.data;
  ctx.lineCap = 'round';
  for (let i = 0; i < scene.arcs.count; i++) {
    const o = i * ARC_STRIDE;
    const emphasis = d[o + ARC.emphasis]!;
    ctx.globalAlpha = 0.85 * (emphasis > 2.5 ? 0.25 : emphasis > 1.5 ? 0.5 : 1);
    ctx.strokeStyle = palette.flow[FLOW_TYPES[d[o + ARC.type]!]!];
    ctx.lineWidth = d[o + ARC.width]! * u * 1.4;
    ctx.beginPath();
    ctx.moveTo(px(d[o + ARC.x0]!), py(d[o + ARC.y0]!));
    ctx.quadraticCurveTo(px(d[o + ARC.cx]!), py(d[o + ARC.cy]!), px(d[o + ARC.x1]!), py(d[o + ARC.y1]!));
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  for (const n of scene.nodes) {
    const [x, y] = projection([n.lon, n.lat])!;
    ctx.beginPath();
    ctx.arc(x, y, n.radius * u * 1.3, 0, Math.PI * 2);
    ctx.fillStyle = n.kind === 'hub' ? palette.water : palette.node[n.kind];
    ctx.fill();
    ctx.lineWidth = (n.kind === 'hub' ? 3 : 1.5) * u;
    ctx.strokeStyle = n.kind === 'hub' ? palette.node.hub : palette.water;
    ctx.stroke();
  }
  const size = (kind: string) => (kind === 'center' ? 26 : 18) * u;
  const labels = placeLabels(
    scene.nodes.map((n) => {
      const [x, y] = projection([n.lon, n.lat])!;
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

  // Title and window, top; legend, right; version and source, bottom.
  ctx.textAlign = 'left';
  ctx.fillStyle = palette.text;
  ctx.font = `700 ${44 * u}px ${FONT}`;
  ctx.fillText(text.title, 60 * u, 80 * u);
  ctx.textAlign = 'right';
  ctx.font = `700 ${56 * u}px ${FONT}`;
  ctx.fillText(text.window, width - 60 * u, 84 * u);
  ctx.textAlign = 'left';
  ctx.font = `${26 * u}px ${FONT}`;
  FLOW_TYPES.forEach((type, i) => {
    const y = 170 * u + i * 48 * u;
    ctx.fillStyle = palette.flow[type];
    ctx.fillRect(width - 360 * u, y - 14 * u, 56 * u, 12 * u);
    ctx.fillStyle = palette.text;
    ctx.fillText(text.types[type], width - 290 * u, y);
  });
  ctx.fillStyle = palette.muted;
  ctx.font = `${22 * u}px ${FONT}`;
  ctx.fillText(text.version, 60 * u, height - 70 * u);
  ctx.fillText(text.source, 60 * u, height - 36 * u);
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
