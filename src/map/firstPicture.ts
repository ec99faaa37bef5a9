/**
 * The first picture: land, arcs, event rings and nodes on a 2D canvas, drawn as soon as the default
 * version has been fetched and validated, before MapLibre (the largest download) has even arrived. It uses
 * the map's own camera (the same Web Mercator, 512-px tiles, the same fit), the scene's geometry and the
 * one look (src/map/look.ts), so when MapLibre's first frame with the arcs replaces it nothing moves. No
 * labels: MapLibre adds them, where it places them.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { toMercator, ZOOM_RANGE } from '../domain/mercator.ts';
import type { MapScene } from '../state/scene.ts';
import { drawArcs, drawChangeMarks } from './canvasArcs.ts';
import { EVENT_LOOK, eventRings, NODE_LOOK, nodeLook, wallNode } from './look.ts';
import type { Palette } from './palette.ts';

export interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/** World coordinates (0..1) → CSS pixels of a `width`×`height` view at `camera`, as MapLibre draws them. */
export function viewTransform(camera: MapCamera, width: number, height: number) {
  const zoom = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, camera.zoom));
  const world = 512 * 2 ** zoom;
  const [cx, cy] = toMercator(camera.lon, camera.lat);
  return {
    x: (x: number) => width / 2 + (x - cx) * world,
    y: (y: number) => height / 2 + (y - cy) * world,
  };
}

function rings(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(rings);
  return [];
}

export function drawFirstPicture(
  canvas: HTMLCanvasElement,
  input: {
    scene: MapScene;
    land: FeatureCollection | null;
    palette: Palette;
    camera: MapCamera;
    width: number;
    height: number;
    pixelRatio: number;
    /** The room's wallScale (src/map/look.ts), as the map draws with it. */
    scale: number;
  },
): void {
  const { scene, land, palette, camera, width, height, pixelRatio, scale } = input;
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  // Drawn in this process, not on the GPU: the GPU's next job is MapLibre's WebGL context, and an
  // accelerated canvas's first raster queued ahead of it made that context 3× slower to create (232 → 67 ms,
  // median of 9 interleaved loads on SwiftShader; `data-ready` 1.77 → 1.50 s). It is one picture, drawn once.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const view = viewTransform(camera, width, height);
  ctx.fillStyle = palette.water;
  ctx.fillRect(0, 0, width, height);

  if (land) {
    ctx.beginPath();
    for (const feature of land.features as Feature[]) {
      for (const ring of rings(feature.geometry)) {
        ring.forEach(([lon, lat], i) => {
          const [x, y] = toMercator(lon!, lat!);
          if (i === 0) ctx.moveTo(view.x(x), view.y(y));
          else ctx.lineTo(view.x(x), view.y(y));
        });
        ctx.closePath();
      }
    }
    // As on the map: the coastline under the land, so only its sea side shows.
    ctx.strokeStyle = palette.coast;
    ctx.lineWidth = 1.2;
    ctx.stroke();
    ctx.fillStyle = palette.land;
    ctx.fill();
  }

  const arcView = { x: view.x, y: view.y, unit: scale };
  drawArcs(ctx, scene.arcs, scene.highlight, palette, arcView);
  drawChangeMarks(ctx, scene.marks, palette, arcView);

  for (const n of scene.nodes.map((node) => wallNode(node, scale))) {
    const x = view.x(n.x);
    const y = view.y(n.y);
    const dim = scene.highlight !== null && !scene.connected.has(n.index) ? NODE_LOOK.dimmedAlpha : 1;
    if (n.kind === 'center') {
      ctx.globalAlpha = NODE_LOOK.halo.opacity * dim;
      ctx.fillStyle = palette.node.center;
      ctx.beginPath();
      ctx.arc(x, y, n.radius * NODE_LOOK.halo.scale, 0, Math.PI * 2);
      ctx.fill();
    }
    for (const r of eventRings(n.radius, n.events, scale)) {
      ctx.globalAlpha = EVENT_LOOK.opacity * dim;
      ctx.strokeStyle = palette.event;
      ctx.lineWidth = EVENT_LOOK.width * scale;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.stroke();
    }
    const look = nodeLook(n, palette);
    ctx.beginPath();
    ctx.arc(x, y, n.radius, 0, Math.PI * 2);
    ctx.globalAlpha = look.fillOpacity * dim;
    ctx.fillStyle = look.fill;
    ctx.fill();
    // MapLibre draws circle strokes centred on the edge, outside the fill radius by half their width.
    ctx.globalAlpha = look.strokeOpacity * dim;
    const strokeWidth = look.strokeWidth * scale;
    ctx.lineWidth = strokeWidth;
    ctx.strokeStyle = look.stroke;
    ctx.beginPath();
    ctx.arc(x, y, n.radius + strokeWidth / 2, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
