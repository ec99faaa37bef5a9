/**
 * The one object that owns the MapLibre map. React creates it once, feeds it scenes, and destroys it;
 * it applies only what changed. Per-frame work is a single repaint request: the arcs animate on the GPU.
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import './maplibre.css';
import type { FeatureCollection } from 'geojson';
import { ARC, ARC_STRIDE, nearestArc, nearestArcOnPolylines } from '../domain/arcs.ts';
import { fitCamera, fromMercator, ZOOM_RANGE, type Padding } from '../domain/mercator.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import type { MapScene } from '../state/scene.ts';
import type { Camera, Projection } from '../state/url.ts';
import { ArcLayer } from './arcs/arcLayer.ts';
import { packGlobeMarks } from './arcs/globeMarks.ts';
import {
  CHANGE_MARK_LOOK,
  changeMarkLook,
  EVENT_LOOK,
  eventRings,
  LABEL_LOOK,
  nodeLook,
  wallNode,
} from './look.ts';
import { placeMapLabels, type MapLabel } from './mapLabels.ts';
import type { Box } from '../domain/labelPlacement.ts';
import type { Palette } from './palette.ts';
import { ARC_LAYER_ID, buildStyle, CHANGE_MARK_LAYER_ID, NODE_LAYER_ID } from './style.ts';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now: fetching and compiling its script takes as long as the first picture
 * does, and would otherwise start only when the map is created. The page has one map for its lifetime,
 * so holding the worker (what prewarm does) costs nothing more.
 */
export function startMapWorker(): void {
  prewarm();
}

/** How long a lost WebGL context may stay lost before the SVG renderer takes over. */
export const CONTEXT_RESTORE_WAIT_MS = 4000;

export interface NetworkMapOptions {
  container: HTMLElement;
  palette: Palette;
  basemap: { land: FeatureCollection | string; bordersUrl: string } | null;
  showBorders: boolean;
  camera: Camera | null;
  bounds: [[number, number], [number, number]];
  /** Room kept free around the network when fitting it (the panels cover part of the map), asked at each fit. */
  padding: () => Padding;
  motion: boolean;
  onHover: (nodeId: string | null) => void;
  onSelect: (nodeId: string | null) => void;
  /** A click on a flow arc (not on a node): its source, target and type index. */
  onSelectArc: (source: number, target: number, type: number) => void;
  /** The pointer rests on an arc (its ends, type and the pointer in CSS pixels of the map), or left it. */
  onHoverArc: (arc: HoveredArc | null) => void;
  onCameraChange: (camera: Camera) => void;
  /** How much larger marks and labels are drawn (wallScale in src/map/look.ts; 1 off the wall). */
  scale: number;
  /** The flat map or the globe (URL `projection`). */
  projection: Projection;
  /** The first frame showing the current scene has been drawn. */
  onReady: () => void;
  /** What covers the map (panels), in CSS pixels of its container: labels are never placed under it. */
  labelObstacles: () => Box[];
  /** WebGL is gone for good: the caller switches to the SVG renderer. */
  onFatal: (reason: string) => void;
}

export interface HoveredArc {
  source: number;
  target: number;
  type: number;
  x: number;
  y: number;
}

const KIND_ORDER = { partner: 0, hub: 1, center: 2 } as const;

/** Points per arc when pointing on the globe: a 6,000 km arc is sampled every ~250 km. */
const GLOBE_PICK_SAMPLES = 24;

/**
 * A node as a GeoJSON feature whose properties carry its look (src/map/look.ts) for the style's layers;
 * `n` is drawn in a room of wallScale `scale` (its radius already carries it: wallNode).
 */
export function nodeFeature(n: NodePoint, palette: Palette, dimmed: boolean, label?: MapLabel, scale = 1) {
  const look = nodeLook(n, palette);
  const [ring0 = 0, ring1 = 0] = eventRings(n.radius, n.events, scale);
  return {
    type: 'Feature' as const,
    id: n.index,
    geometry: { type: 'Point' as const, coordinates: [n.lon, n.lat] },
    properties: {
      id: n.id,
      kind: n.kind,
      order: KIND_ORDER[n.kind],
      radius: n.radius,
      label: n.label,
      labelPriority: n.labelPriority,
      dimmed,
      fill: look.fill,
      fillOpacity: look.fillOpacity,
      stroke: look.stroke,
      strokeWidth: look.strokeWidth * scale,
      strokeOpacity: look.strokeOpacity,
      eventRing0: ring0,
      eventRing1: ring1,
      eventWidth: EVENT_LOOK.width * scale,
      labelSize: LABEL_LOOK.size[n.kind] * scale,
      labelHalo: LABEL_LOOK.haloWidth[n.kind] * scale,
      labelShown: Boolean(label),
      labelText: label?.text ?? '',
      labelAnchor: label?.anchor ?? 'top',
      labelOffset: label?.offset ?? [0, 0],
    },
  };
}

export class NetworkMap {
  private readonly map: MapLibreMap;
  private readonly arcs: ArcLayer;
  private awaiting: number | null = null;
  private frame = 0;
  private palette: Palette;
  private scene: MapScene | null = null;
  private destroyed = false;
  private lostTimer: ReturnType<typeof setTimeout> | undefined;
  private readerMoved = false;
  private bordersRequested = false;
  private motion: boolean;
  private scale: number;
  /** The node under the pointer: its label shows even where labels thinned out. */
  private hoveredNode: string | null = null;
  private refit: () => void = () => {};
  private projection: Projection;
  private drawnOnGlobe = false;
  private styleLoaded = false;

  constructor(private readonly options: NetworkMapOptions) {
    this.palette = options.palette;
    this.motion = options.motion;
    this.scale = options.scale;
    this.projection = options.projection;
    this.arcs = new ArcLayer({ id: ARC_LAYER_ID, onDrawn: (v) => this.onArcsDrawn(v) });
    this.arcs.setScale(options.scale);
    this.arcs.setPalette(options.palette);
    this.arcs.setMotion(options.motion);
    const { camera } = options;
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle(options.palette, options.basemap, options.showBorders),
      ...(camera ? { center: [camera.lon, camera.lat], zoom: camera.zoom } : { bounds: options.bounds }),
      // World copies let the east of the network (Qingdao, Tokyo) sit left of the side panel near 180°.
      renderWorldCopies: true,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: ZOOM_RANGE.max,
      minZoom: ZOOM_RANGE.min,
      canvasContextAttributes: { antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // The first view fits the whole network between the panels. The container can still change size while
    // the page settles (fonts, wrapping bars), so refit on resizes until the reader moves the map.
    const fit = () => {
      if (camera || this.readerMoved) return;
      const c = this.map.getContainer();
      const view = fitCamera(options.bounds, c.clientWidth, c.clientHeight, options.padding());
      this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    };
    // On the style's load, not the map's: 'load' waits for the first complete frame, so the arc layer (and
    // the compiling of its program, slow on a CPU rasteriser) would only start after the basemap is drawn.
    // From the style's load on, the arcs are set up while the worker is still cutting the land into tiles.
    this.map.once('style.load', () => {
      this.styleLoaded = true;
      this.map.setProjection({ type: this.projection });
      fit();
      this.addArcLayer();
      this.updateNodes();
    });
    this.map.on('resize', fit);
    this.refit = fit;
    // Labels are placed for the view on screen: again once it stops moving.
    this.map.on('moveend', () => this.updateNodes());
    this.map.on('webglcontextlost', () => {
      this.awaiting = null;
      // If the browser does not give the context back, the SVG renderer takes over.
      this.lostTimer = setTimeout(
        () => this.options.onFatal('WebGL context lost and not restored'),
        CONTEXT_RESTORE_WAIT_MS,
      );
    });
    // MapLibre rebuilds its style after a restored context but drops custom layers; add ours back.
    this.map.on('webglcontextrestored', () => {
      clearTimeout(this.lostTimer);
      this.map.once('style.load', () => {
        this.map.setProjection({ type: this.projection });
        this.addArcLayer();
      });
    });
    this.map.on('error', (e) => {
      const message = String((e as unknown as { error?: Error }).error?.message ?? '');
      if (/webgl|context/i.test(message)) this.options.onFatal(message);
    });
    this.bindPointer();
    this.map.on('moveend', (e) => {
      if (!(e as { originalEvent?: Event }).originalEvent) return;
      this.readerMoved = true;
      const c = this.map.getCenter();
      this.options.onCameraChange({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
    this.loop();
  }

  setScene(scene: MapScene) {
    const previous = this.scene;
    this.scene = scene;
    if (!previous || previous.arcs !== scene.arcs) this.awaiting = this.arcs.setGeometry(scene.arcs);
    if (!previous || previous.marks !== scene.marks) this.updateChangeMarks();
    if (!previous || previous.nodes !== scene.nodes || previous.connected !== scene.connected)
      this.updateNodes();
    this.arcs.setHighlight(scene.highlight);
  }

  /** Whether the current scene still waits for its first frame (the ready signal is false meanwhile). */
  get pending() {
    return this.awaiting !== null;
  }

  setPalette(palette: Palette) {
    this.palette = palette;
    this.arcs.setPalette(palette);
    this.updateNodes();
    this.updateChangeMarks();
    const style = buildStyle(palette, null, false);
    for (const layer of [...style.layers, ...buildStyle(palette, { land: '' }, false).layers]) {
      if (!this.map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
      for (const [prop, value] of Object.entries(layer.paint)) {
        this.map.setPaintProperty(layer.id, prop as Parameters<MapLibreMap['setPaintProperty']>[1], value);
      }
    }
  }

  setShowBorders(show: boolean) {
    if (!this.map.getLayer('borders')) return;
    if (show && !this.bordersRequested && this.options.basemap) {
      // Fetched the first time they are shown: most viewers never turn them on.
      this.bordersRequested = true;
      this.map.getSource<GeoJSONSource>('borders')?.setData(this.options.basemap.bordersUrl);
    }
    this.map.setLayoutProperty('borders', 'visibility', show ? 'visible' : 'none');
  }

  /** Flat map or globe (MapLibre switches at once; the arc layer picks the matching program next frame). */
  setProjection(projection: Projection) {
    if (projection === this.projection) return;
    this.projection = projection;
    this.updateChangeMarks();
    // Before the style's first load, the load handler applies it. `loaded()` would not do: it is false
    // whenever the camera moves or data is being set, as when a story step changes both at once.
    if (this.styleLoaded) this.map.setProjection({ type: projection });
    this.updateNodes();
  }

  setMotion(motion: boolean) {
    this.motion = motion;
    this.arcs.setMotion(motion);
  }

  /** The room's wallScale changed (the wall's window was resized): marks and labels are drawn again. */
  setScale(scale: number) {
    if (scale === this.scale) return;
    this.scale = scale;
    this.arcs.setScale(scale);
    this.updateNodes();
    this.updateChangeMarks();
  }

  /**
   * Panels opened, closed or changed size: the network is fitted between them again (unless the reader
   * has moved the map) and the labels are placed again, out from under them.
   */
  relayout() {
    this.refit();
    this.updateNodes();
  }

  /** Eases to a camera unless the map is already there (the reader's own moves come back this way). */
  flyTo(camera: Camera) {
    const c = this.map.getCenter();
    const close =
      Math.abs(c.lng - camera.lon) < 1e-3 &&
      Math.abs(c.lat - camera.lat) < 1e-3 &&
      Math.abs(this.map.getZoom() - camera.zoom) < 1e-2;
    if (close) return;
    // Without motion (the reader asked for less) the camera jumps.
    this.map.easeTo({
      center: [camera.lon, camera.lat],
      zoom: camera.zoom,
      duration: this.motion ? 1800 : 0,
    });
  }

  destroy() {
    this.destroyed = true;
    clearTimeout(this.lostTimer);
    cancelAnimationFrame(this.frame);
    this.map.remove();
  }

  private addArcLayer() {
    if (this.map.getLayer(ARC_LAYER_ID)) return;
    // Arcs go under the change marks, nodes and labels, above the basemap.
    this.map.addLayer(this.arcs, CHANGE_MARK_LAYER_ID);
    if (this.scene) this.awaiting = this.arcs.setGeometry(this.scene.arcs);
  }

  private updateNodes() {
    const source = this.map.getSource<GeoJSONSource>('nodes');
    if (!source || !this.scene) {
      this.map.once('style.load', () => this.updateNodes());
      return;
    }
    const { highlight, connected } = this.scene;
    const scale = this.scale;
    const nodes = this.scene.nodes.map((n) => wallNode(n, scale));
    const c = this.map.getContainer();
    const labels = placeMapLabels(
      nodes,
      (lon, lat) => {
        const p = this.map.project([lon, lat]);
        return [p.x, p.y];
      },
      {
        width: c.clientWidth,
        height: c.clientHeight,
        obstacles: this.options.labelObstacles(),
        forced: this.hoveredNode,
        scale,
      },
    );
    source.setData({
      type: 'FeatureCollection',
      features: nodes.map((n) =>
        nodeFeature(n, this.palette, highlight !== null && !connected.has(n.index), labels.get(n.id), scale),
      ),
    });
    // Which labels are on the map and where, for tests and host pages (the canvas cannot be asked).
    c.dataset.labels = JSON.stringify([...labels].map(([id, l]) => [id, l.box.map(Math.round)]));
    // The smallest label size the style is given, in CSS pixels (a wall must keep it legible from afar).
    c.dataset.labelSize = String(Math.min(...Object.values(LABEL_LOOK.size)) * scale);
    // On the globe, where the first arcs run (their ends and middle, CSS pixels, as pointing sees them).
    c.dataset.globeArcs = JSON.stringify(this.arcs.onGlobe ? this.globeArcSamples(5) : []);
    // Where a comparison's change marks are drawn (CSS pixels; null when the globe hides one).
    c.dataset.changeMarks = JSON.stringify(this.changeMarkPlaces());
    // The nodes a highlight keeps bright and where they are on screen (CSS pixels), for the same readers.
    c.dataset.bright = JSON.stringify(
      highlight === null
        ? []
        : nodes
            .filter((n) => connected.has(n.index))
            .map((n) => {
              const p = this.map.project([n.lon, n.lat]);
              return [n.id, Math.round(p.x), Math.round(p.y)];
            }),
    );
  }

  private updateChangeMarks() {
    const source = this.map.getSource<GeoJSONSource>('changes');
    if (!source || !this.scene) {
      this.map.once('style.load', () => this.updateChangeMarks());
      return;
    }
    // On the globe the arc layer draws the marks, on the lifted arcs; MapLibre's circles stay on the ground.
    const onGlobe = this.projection === 'globe';
    this.arcs.setGlobeMarks(onGlobe ? packGlobeMarks(this.scene) : new Float32Array(0));
    source.setData({
      type: 'FeatureCollection',
      features: (onGlobe ? [] : this.scene.marks).map((m) => {
        const look = changeMarkLook(m.kind, this.palette);
        return {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: fromMercator(m.x, m.y) },
          properties: {
            kind: m.kind,
            radius: CHANGE_MARK_LOOK.radius * this.scale,
            fill: look.fill,
            stroke: look.stroke,
            strokeWidth: look.strokeWidth * this.scale,
          },
        };
      }),
    });
  }

  private onArcsDrawn(version: number) {
    // The first frame on (or off) the globe: what the map tells its readers about arcs changes with it.
    if (this.arcs.onGlobe !== this.drawnOnGlobe) {
      this.drawnOnGlobe = this.arcs.onGlobe;
      this.updateNodes();
    }
    if (this.awaiting === null || version !== this.awaiting) return;
    // Ready means the whole map: the arcs can draw before the land's tiles are cut (they are set up at the
    // style's load), so wait for a frame with every source in, labels and land too.
    if (!this.map.isStyleLoaded()) return;
    this.awaiting = null;
    // Signal after the browser has presented this frame, not while it is still being composed.
    requestAnimationFrame(() => this.options.onReady());
  }

  private changeMarkPlaces() {
    const d = this.scene!.arcs.data;
    return this.scene!.marks.map((m) => {
      if (!this.arcs.onGlobe) {
        const p = this.map.project(fromMercator(m.x, m.y));
        return [m.kind, Math.round(p.x), Math.round(p.y)];
      }
      const o = m.arc * ARC_STRIDE;
      const mid = this.arcs.globeArcPath(
        d[o + ARC.x0]!,
        d[o + ARC.y0]!,
        d[o + ARC.x1]!,
        d[o + ARC.y1]!,
        2,
      )?.[1];
      return mid ? [m.kind, Math.round(mid[0]), Math.round(mid[1])] : null;
    });
  }

  private globeArcSamples(count: number) {
    const d = this.scene!.arcs.data;
    return Array.from({ length: Math.min(count, this.scene!.arcs.count) }, (_, i) => {
      const o = i * ARC_STRIDE;
      const path = this.arcs.globeArcPath(d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!, 2);
      return (path ?? []).map((p) => p && p.map(Math.round));
    });
  }

  /** The arc under a point of the map's canvas, on the curve as last drawn, or -1. */
  private arcAt(point: { x: number; y: number }): number {
    if (!this.scene) return -1;
    const toScreen = (x: number, y: number): [number, number] => {
      const drawn = this.arcs.toScreen(x, y);
      if (drawn) return drawn;
      const p = this.map.project(fromMercator(x, y));
      return [p.x, p.y];
    };
    // On the globe arcs are lifted great circles, not Béziers on screen: follow the path as drawn.
    if (this.arcs.onGlobe)
      return nearestArcOnPolylines(
        this.scene.arcs,
        (x0, y0, x1, y1) => this.arcs.globeArcPath(x0, y0, x1, y1, GLOBE_PICK_SAMPLES) ?? [],
        [point.x, point.y],
        4,
        this.scale,
      );
    return nearestArc(this.scene.arcs, toScreen, [point.x, point.y], 4, this.scale);
  }

  private bindPointer() {
    const layers = [NODE_LAYER_ID];
    const canvas = this.map.getCanvas();
    let pending: { x: number; y: number } | null = null;
    let hoveredArc = -1;
    const setHoveredArc = (arc: number, point?: { x: number; y: number }) => {
      if (arc === hoveredArc && arc < 0) return;
      hoveredArc = arc;
      this.arcs.setHoverArc(arc < 0 ? null : arc);
      if (arc < 0 || !this.scene || !point) {
        this.options.onHoverArc(null);
        return;
      }
      const d = this.scene.arcs.data;
      const o = arc * ARC_STRIDE;
      this.options.onHoverArc({
        source: d[o + ARC.source]!,
        target: d[o + ARC.target]!,
        type: d[o + ARC.type]!,
        ...point,
      });
    };
    // Hit-testing every arc once per frame at most, however fast the pointer moves.
    const testPending = () => {
      const point = pending;
      pending = null;
      if (!point || this.destroyed) return;
      const node = this.map.queryRenderedFeatures([point.x, point.y], { layers })[0];
      const id = node?.properties?.id as string | undefined;
      this.options.onHover(id ?? null);
      if ((id ?? null) !== this.hoveredNode) {
        this.hoveredNode = id ?? null;
        this.updateNodes();
      }
      const arc = id ? -1 : this.arcAt(point);
      setHoveredArc(arc, point);
      canvas.style.cursor = id || arc >= 0 ? 'pointer' : '';
    };
    this.map.on('mousemove', (e) => {
      if (pending === null) requestAnimationFrame(testPending);
      pending = { x: e.point.x, y: e.point.y };
    });
    this.map.on('mouseout', () => {
      pending = null;
      canvas.style.cursor = '';
      this.options.onHover(null);
      setHoveredArc(-1);
      if (this.hoveredNode !== null) {
        this.hoveredNode = null;
        this.updateNodes();
      }
    });
    this.map.on('movestart', () => setHoveredArc(-1));
    this.map.on('click', (e) => {
      const hit = this.map.queryRenderedFeatures(e.point, { layers });
      const id = hit[0]?.properties?.id as string | undefined;
      if (id || !this.scene) {
        this.options.onSelect(id ?? null);
        return;
      }
      const arc = this.arcAt(e.point);
      if (arc < 0) {
        this.options.onSelect(null);
        return;
      }
      const d = this.scene.arcs.data;
      const o = arc * ARC_STRIDE;
      this.options.onSelectArc(d[o + ARC.source]!, d[o + ARC.target]!, d[o + ARC.type]!);
    });
  }

  /** One repaint request per frame while arcs move; nothing at all when motion is off or hidden. */
  private loop = () => {
    if (this.destroyed) return;
    if (this.arcs.animating && document.visibilityState === 'visible') this.map.triggerRepaint();
    this.frame = requestAnimationFrame(this.loop);
  };
}
