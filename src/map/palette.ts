/**
 * Colours for both themes, in one place: the page's CSS variables, the MapLibre style, the WebGL arcs and
 * the SVG fallback all read them. Flow colours are Okabe–Ito (safe for colour-blind viewers); the light
 * theme uses darker shades of the same hues so thin arcs keep 3:1 contrast on pale land.
 */
import type { FlowType, NodeKind } from '../data/schema.ts';
import type { Theme } from '../state/url.ts';

export interface Palette {
  water: string;
  land: string;
  coast: string;
  borderLine: string;
  text: string;
  textHalo: string;
  muted: string;
  panel: string;
  panelLine: string;
  accent: string;
  focus: string;
  markIllustrative: string;
  /** The rings that mark events held at a node. */
  event: string;
  node: Record<NodeKind, string>;
  flow: Record<FlowType, string>;
  /**
   * A comparison's diverging pair (Okabe–Ito blue and orange, apart for every common colour-vision
   * deficiency; a decrease is also hollow, so the two differ in shape) and the grey of unchanged edges.
   */
  change: { increase: string; decrease: string; same: string };
  /** How opaque arcs are on this theme's land before provenance and emphasis (src/map/look.ts). */
  arcOpacity: number;
}

export const PALETTES: Record<Theme, Palette> = {
  dark: {
    water: '#0a1526',
    land: '#16263d',
    coast: '#33507a',
    borderLine: '#2a4264',
    text: '#e9eff7',
    textHalo: '#0a1526',
    muted: '#a9b8cc',
    panel: 'rgba(10, 21, 38, 0.94)',
    panelLine: '#28405f',
    accent: '#7cc4ff',
    focus: '#ffdd55',
    markIllustrative: '#e3b5d3',
    event: '#f3f6fa',
    node: { center: '#f5c451', hub: '#4fd6ec', partner: '#dde5ee' },
    flow: { project: '#26ad88', talent: '#e69f00', agreement: '#d084ae' },
    change: { increase: '#56b4e9', decrease: '#e69f00', same: '#8a9ab0' },
    arcOpacity: 0.9,
  },
  light: {
    water: '#d7e5f2',
    land: '#fbfaf6',
    coast: '#8aa3bd',
    borderLine: '#b5c4d4',
    text: '#13202f',
    textHalo: '#ffffff',
    muted: '#475669',
    panel: 'rgba(255, 255, 255, 0.96)',
    panelLine: '#c9d5e2',
    accent: '#0b5cad',
    focus: '#b3261e',
    markIllustrative: '#7d2f60',
    event: '#1d2733',
    node: { center: '#a86f00', hub: '#07798c', partner: '#4b5a6b' },
    flow: { project: '#007a5a', talent: '#995a00', agreement: '#a3487c' },
    change: { increase: '#0072b2', decrease: '#a85500', same: '#5b626d' },
    arcOpacity: 1,
  },
};

/** CSS custom properties for the page, so HTML and map share one palette. */
export function cssVariables(p: Palette): Record<string, string> {
  return {
    '--water': p.water,
    '--land': p.land,
    '--coast': p.coast,
    '--text': p.text,
    '--muted': p.muted,
    '--panel': p.panel,
    '--panel-line': p.panelLine,
    '--accent': p.accent,
    '--focus': p.focus,
    '--mark-illustrative': p.markIllustrative,
    '--event': p.event,
    '--center': p.node.center,
    '--hub': p.node.hub,
    '--partner': p.node.partner,
    '--project': p.flow.project,
    '--talent': p.flow.talent,
    '--agreement': p.flow.agreement,
    '--increase': p.change.increase,
    '--decrease': p.change.decrease,
    '--unchanged': p.change.same,
  };
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
