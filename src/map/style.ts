/**
 * The MapLibre style, as data: a local GeoJSON basemap (land, coastline, optional borders) and the
 * network's nodes and labels. No `glyphs` URL: MapLibre draws labels with the page's own fonts.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { EVENT_LOOK, NODE_LOOK } from './look.ts';
import type { Palette } from './palette.ts';

export const FONT_STACK = ['Noto Sans', 'Noto Sans SC'];
export const ARC_LAYER_ID = 'flow-arcs';
export const NODE_LAYER_ID = 'nodes';
/** A comparison's new and gone marks; the arcs go right under it. */
export const CHANGE_MARK_LAYER_ID = 'change-marks';

const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function buildStyle(
  p: Palette,
  /** The land as an object (fetched once, shared with the first picture) or a URL; borders come later. */
  basemap: { land: FeatureCollection | string } | null,
  showBorders: boolean,
): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'water', type: 'background', paint: { 'background-color': p.water } },
  ];
  if (basemap) {
    layers.push(
      // The coastline is the land's outline drawn under the land at twice the width: the fill hides the inner
      // half, so the sea side shows a line and the edges cut at ±180°, with land on both sides, show none.
      { id: 'coastline', type: 'line', source: 'land', paint: { 'line-color': p.coast, 'line-width': 1.2 } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': p.land, 'fill-antialias': false } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { visibility: showBorders ? 'visible' : 'none' },
        paint: { 'line-color': p.borderLine, 'line-width': 0.5, 'line-dasharray': [2, 1.5] },
      },
    );
  }
  layers.push(
    {
      // Filled by NetworkMap from changeMarkLook (src/map/look.ts).
      id: CHANGE_MARK_LAYER_ID,
      type: 'circle',
      source: 'changes',
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['get', 'fill'],
        'circle-stroke-color': ['get', 'stroke'],
        'circle-stroke-width': ['get', 'strokeWidth'],
      },
    },
    ...nodeLayers(p),
  );
  return {
    version: 8,
    sources: {
      ...(basemap
        ? {
            land: { type: 'geojson', data: basemap.land },
            // Filled when the reader turns the borders on (NetworkMap.setShowBorders): never fetched before.
            borders: { type: 'geojson', data: emptyCollection },
          }
        : {}),
      nodes: { type: 'geojson', data: emptyCollection },
      changes: { type: 'geojson', data: emptyCollection },
    },
    layers,
  };
}

/**
 * The node layers read their colours, sizes and opacities from each feature's properties, which
 * NetworkMap fills from src/map/look.ts (nodeLook, eventRings): the look is said there, not here.
 */
function nodeLayers(p: Palette): LayerSpecification[] {
  const dim = ['case', ['boolean', ['get', 'dimmed'], false], NODE_LOOK.dimmedAlpha, 1] as unknown as number;
  const times = (a: unknown, b: unknown) => ['*', a, b] as unknown as number;
  return [
    {
      id: 'node-center-halo',
      type: 'circle',
      source: 'nodes',
      filter: ['==', ['get', 'kind'], 'center'],
      paint: {
        'circle-radius': ['*', ['get', 'radius'], NODE_LOOK.halo.scale],
        'circle-color': p.node.center,
        'circle-opacity': NODE_LOOK.halo.opacity,
        'circle-blur': 0.8,
      },
    },
    ...[0, 1].map((ring): LayerSpecification => ({
      // Events held at the node in the view: one ring, or two for several.
      id: `node-events-${ring}`,
      type: 'circle',
      source: 'nodes',
      filter: ['>', ['get', `eventRing${ring}`], 0],
      paint: {
        'circle-radius': ['get', `eventRing${ring}`],
        'circle-opacity': 0,
        'circle-stroke-color': p.event,
        'circle-stroke-width': ['get', 'eventWidth'],
        'circle-stroke-opacity': times(EVENT_LOOK.opacity, dim),
      },
    })),
    {
      id: NODE_LAYER_ID,
      type: 'circle',
      source: 'nodes',
      layout: { 'circle-sort-key': ['get', 'order'] },
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['get', 'fill'],
        'circle-opacity': times(['get', 'fillOpacity'], dim),
        'circle-stroke-color': ['get', 'stroke'],
        'circle-stroke-width': ['get', 'strokeWidth'],
        'circle-stroke-opacity': times(['get', 'strokeOpacity'], dim),
      },
    },
    {
      // Labels where src/map/mapLabels.ts placed them (clear of nodes, panels and edges); MapLibre only draws.
      id: 'node-labels',
      type: 'symbol',
      source: 'nodes',
      filter: ['all', ['!=', ['get', 'kind'], 'center'], ['==', ['get', 'labelShown'], true]],
      layout: {
        'text-field': ['get', 'labelText'],
        'text-font': FONT_STACK,
        'text-size': ['get', 'labelSize'],
        'text-anchor': ['get', 'labelAnchor'] as unknown as 'top',
        'text-offset': ['get', 'labelOffset'] as unknown as [number, number],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-max-width': 40,
        'text-line-height': 1.2,
      },
      paint: {
        'text-color': p.text,
        'text-halo-color': p.textHalo,
        'text-halo-width': ['get', 'labelHalo'],
        'text-opacity': dim,
      },
    },
    {
      id: 'node-center-label',
      type: 'symbol',
      source: 'nodes',
      filter: ['all', ['==', ['get', 'kind'], 'center'], ['==', ['get', 'labelShown'], true]],
      layout: {
        'text-field': ['get', 'labelText'],
        'text-font': FONT_STACK,
        'text-size': ['get', 'labelSize'],
        'text-anchor': ['get', 'labelAnchor'] as unknown as 'top',
        'text-offset': ['get', 'labelOffset'] as unknown as [number, number],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-max-width': 40,
        'text-line-height': 1.2,
      },
      paint: {
        'text-color': p.node.center,
        'text-halo-color': p.textHalo,
        'text-halo-width': ['get', 'labelHalo'],
      },
    },
  ];
}
