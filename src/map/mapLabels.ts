/**
 * Which node labels the WebGL map shows and where: the domain's placement (src/domain/labelPlacement.ts)
 * on the map's current projection, clear of the nodes, of the panels over the map and of its edges.
 * MapLibre then draws exactly these, without placing them again.
 */
import { placeLabelBoxes, type Box, type LabelSide } from '../domain/labelPlacement.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import { LABEL_LOOK } from './look.ts';
import { FONT_STACK } from './style.ts';

export interface MapLabel {
  text: string;
  /** MapLibre's text-anchor and text-offset (in ems) for the chosen side. */
  anchor: 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
  offset: [number, number];
  /** Where the label lies, in CSS pixels of the map (for tests and for placing other things around it). */
  box: Box;
}

/** A long "name (planned)" breaks before the parenthesis, so it reads as two short lines. */
export function wrapLabel(text: string): string {
  const at = text.lastIndexOf(' (');
  return text.length > 16 && at > 0 ? `${text.slice(0, at)}\n${text.slice(at + 1)}` : text;
}

const LINE_HEIGHT = 1.2;
let measureContext: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** The width of a label line in CSS pixels, in the fonts MapLibre draws it with. */
function lineWidth(line: string, size: number, bold: boolean): number {
  const key = `${size}|${bold}|${line}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  measureContext ??= document.createElement('canvas').getContext('2d');
  let width = line.length * size * 0.6;
  if (measureContext) {
    measureContext.font = `${bold ? 700 : 400} ${size}px ${FONT_STACK.map((f) => `"${f}"`).join(', ')}`;
    width = measureContext.measureText(line).width;
  }
  widths.set(key, width);
  return width;
}

const ANCHOR: Record<LabelSide, MapLabel['anchor']> = {
  below: 'top',
  above: 'bottom',
  right: 'left',
  left: 'right',
  'below-right': 'top-left',
  'below-left': 'top-right',
  'above-right': 'bottom-left',
  'above-left': 'bottom-right',
};

/** Which way the label's anchor moves from the node, per side: x and y signs. */
const DIRECTION: Record<LabelSide, [number, number]> = {
  below: [0, 1],
  above: [0, -1],
  right: [1, 0],
  left: [-1, 0],
  'below-right': [1, 1],
  'below-left': [-1, 1],
  'above-right': [1, -1],
  'above-left': [-1, -1],
};

export function placeMapLabels(
  nodes: readonly NodePoint[],
  project: (lon: number, lat: number) => [number, number],
  view: {
    width: number;
    height: number;
    obstacles: readonly Box[];
    forced: string | null;
    /** The room's wallScale (src/map/look.ts); the nodes' radii already carry it. */
    scale?: number;
  },
): Map<string, MapLabel> {
  const scale = view.scale ?? 1;
  const points = nodes.map((n) => ({ n, at: project(n.lon, n.lat), text: wrapLabel(n.label) }));
  const circles = points.map(({ n, at: [x, y] }): Box => [
    x - n.radius,
    y - n.radius,
    x + n.radius,
    y + n.radius,
  ]);
  const placed = placeLabelBoxes(
    points.map(({ n, at: [x, y], text }) => {
      const size = LABEL_LOOK.size[n.kind] * scale;
      const lines = text.split('\n');
      return {
        id: n.id,
        x,
        y,
        radius: n.radius,
        width: Math.max(...lines.map((l) => lineWidth(l, size, n.kind === 'center'))) + 4,
        height: lines.length * size * LINE_HEIGHT,
        // The node under the pointer always says its name: the way to read a label that thinned out.
        priority: n.id === view.forced ? 2e9 : n.labelPriority,
        required: n.kind === 'center' || n.id === view.forced,
      };
    }),
    { obstacles: circles, covers: view.obstacles, bounds: [0, 0, view.width, view.height] },
  );
  const byId = new Map(points.map((p) => [p.n.id, p]));
  const labels = new Map<string, MapLabel>();
  for (const l of placed) {
    const p = byId.get(l.id)!;
    const ems = l.gap / (LABEL_LOOK.size[p.n.kind] * scale);
    const [dx, dy] = DIRECTION[l.side];
    labels.set(l.id, { text: p.text, anchor: ANCHOR[l.side], offset: [dx * ems, dy * ems], box: l.box });
  }
  return labels;
}
