/**
 * How the map looks, said once: flows, nodes, event marks, emphasis, comparison and provenance. The WebGL
 * arc layer takes its uniforms from here, the MapLibre node layers their paint, the SVG fallback its
 * attributes and the PNG export its canvas calls, so the three renderers cannot disagree. Colours come from
 * the palette (src/map/palette.ts); magnitudes from the domain's scales (src/domain/scales.ts).
 */
import type { FlowType } from '../data/schema.ts';
import type { EdgeProvenance } from '../domain/aggregate.ts';
import type { NodePoint } from '../domain/nodePoints.ts';
import type { Palette } from './palette.ts';

export interface ArcProvenanceLook {
  /** Dash and gap lengths along the arc in CSS pixels; a gap of 0 draws it solid. */
  dash: number;
  gap: number;
  /** Multiplies the arc's opacity. */
  alpha: number;
}

/** Which palette colour an arc takes: its flow type's, or a comparison's (src/map/palette.ts `change`). */
export type ArcColor = 'type' | 'increase' | 'decrease' | 'same';

export interface EmphasisLook {
  color: ArcColor;
  /** A hollow arc has an open core in the land's colour: a decrease, told apart by shape, not only hue. */
  hollow: boolean;
  alpha: number;
}

export const ARC_LOOK = {
  /** Opacity before the theme's arcOpacity, emphasis and provenance. */
  alpha: 1,
  /**
   * By emphasis code (EMPHASIS in src/domain/compare.ts): plain; grew; shrank; unchanged; new; gone.
   * Increases are solid blue, decreases hollow orange, unchanged edges a grey hairline; new and gone
   * edges look like grew and shrank and carry a mark at their middle (CHANGE_MARK_LOOK).
   */
  emphasis: [
    { color: 'type', hollow: false, alpha: 1 },
    { color: 'increase', hollow: false, alpha: 1 },
    { color: 'decrease', hollow: true, alpha: 1 },
    { color: 'same', hollow: false, alpha: 1 },
    { color: 'increase', hollow: false, alpha: 1 },
    { color: 'decrease', hollow: true, alpha: 1 },
  ] as const satisfies readonly EmphasisLook[],
  /** The open core's share of a hollow arc's width. */
  hollowCore: 0.45,
  /** Arcs fade in over this first share of their length, so each reads as leaving its source. */
  sourceFade: 0.12,
  /** Opacity factor of arcs away from the highlighted node. */
  dimmedAlpha: 0.12,
  /** Opacity factor of the other arcs while the pointer rests on one. */
  hoverDimAlpha: 0.35,
  /**
   * Direction chevrons every `spacing` px: the arc's body is drawn at `floor` of its opacity and rises to
   * full at each chevron, so the body alone keeps 3:1 against the land (palette.test.ts checks it).
   */
  chevron: { spacing: 28, floor: 0.85 },
  /**
   * By provenance, in the order of PROVENANCE_CODE (src/domain/arcs.ts): reported arcs are solid;
   * illustrative ones are broken into short dashes and fainter, so generated detail never passes for a
   * reported fact; mixed ones have long dashes with short gaps.
   */
  provenance: [
    { dash: 1, gap: 0, alpha: 1 },
    { dash: 5, gap: 5, alpha: 0.85 },
    { dash: 14, gap: 4, alpha: 0.9 },
  ] as const satisfies readonly ArcProvenanceLook[],
} as const;

export const PROVENANCE_ORDER: readonly EdgeProvenance[] = ['reported', 'illustrative', 'mixed'];

export function arcProvenanceLook(p: EdgeProvenance): ArcProvenanceLook {
  return ARC_LOOK.provenance[PROVENANCE_ORDER.indexOf(p)]!;
}

export function emphasisLook(emphasis: number): EmphasisLook {
  return ARC_LOOK.emphasis[emphasis] ?? ARC_LOOK.emphasis[0];
}

/** The colour of one arc from its emphasis and flow type. */
export function arcColor(emphasis: number, type: FlowType, p: Palette): string {
  const { color } = emphasisLook(emphasis);
  return color === 'type' ? p.flow[type] : p.change[color];
}

/** An SVG `stroke-dasharray` / canvas `setLineDash` for a provenance, scaled by `unit` pixels. */
export function dashArray(p: EdgeProvenance, unit = 1): number[] {
  const look = arcProvenanceLook(p);
  return look.gap === 0 ? [] : [look.dash * unit, look.gap * unit];
}

/** Opacity of one arc's body, from the theme, its emphasis and provenance, and whether a highlight dims it. */
export function arcAlpha(
  emphasis: number,
  provenance: EdgeProvenance,
  dimmed: boolean,
  p: Pick<Palette, 'arcOpacity'>,
): number {
  return (
    ARC_LOOK.alpha *
    p.arcOpacity *
    emphasisLook(emphasis).alpha *
    arcProvenanceLook(provenance).alpha *
    (dimmed ? ARC_LOOK.dimmedAlpha : 1)
  );
}

/** The marks at the middle of a comparison's new (a filled dot) and gone (a ring) edges. */
export const CHANGE_MARK_LOOK = { radius: 5, ringWidth: 2, haloWidth: 1.5 } as const;

export function changeMarkLook(kind: 'added' | 'removed', p: Palette) {
  return kind === 'added'
    ? { fill: p.change.increase, fillOpacity: 1, stroke: p.textHalo, strokeWidth: CHANGE_MARK_LOOK.haloWidth }
    : { fill: p.land, fillOpacity: 1, stroke: p.change.decrease, strokeWidth: CHANGE_MARK_LOOK.ringWidth };
}

export interface NodeLook {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  /** Dash of the outline, for renderers that can draw one (SVG, PNG); MapLibre circles cannot. */
  dash: number[];
}

export const NODE_LOOK = {
  /** Fill opacity by what the node's record and activity are (see NodePoint.provenance). */
  fillOpacity: { reported: 1, mixed: 0.55, illustrative: 0 } as Record<EdgeProvenance, number>,
  /** Opacity of nodes away from the highlighted one. */
  dimmedAlpha: 0.25,
  /** The center's soft halo: radius factor and opacity. */
  halo: { scale: 2.2, opacity: 0.16 },
  /** A planned node is an outline only, fainter and dashed: announced, not built. */
  planned: { strokeOpacity: 0.75, dash: [3, 2] },
} as const;

export function nodeLook(n: Pick<NodePoint, 'kind' | 'status' | 'provenance'>, p: Palette): NodeLook {
  const planned = n.status === 'planned';
  const fillOpacity = planned ? 0 : NODE_LOOK.fillOpacity[n.provenance];
  const dash = planned ? [...NODE_LOOK.planned.dash] : n.provenance === 'illustrative' ? [2, 2] : [];
  const strokeOpacity = planned ? NODE_LOOK.planned.strokeOpacity : 1;
  if (n.kind === 'center')
    return { fill: p.node.center, fillOpacity, stroke: p.text, strokeWidth: 2, strokeOpacity, dash };
  if (n.kind === 'hub')
    return {
      fill: p.water,
      fillOpacity: planned ? 0 : 1,
      stroke: p.node.hub,
      strokeWidth: planned ? 2 : 3,
      strokeOpacity,
      dash,
    };
  // A hollow partner keeps a visible outline in its own colour.
  const hollow = fillOpacity === 0;
  return {
    fill: p.node.partner,
    fillOpacity,
    stroke: hollow ? p.node.partner : p.water,
    strokeWidth: hollow ? 1.5 : 1,
    strokeOpacity,
    dash,
  };
}

export const EVENT_LOOK = {
  /** The mark is a ring around the node, this many pixels outside it. */
  gap: 3,
  width: 2,
  /** A second ring when two or more events in the view were held there. */
  secondRingGap: 3,
  opacity: 0.9,
} as const;

/**
 * Radii of the event rings around a node of radius `r` with `events` events in the view; `scale` is the
 * room's (wallScale), which the gaps and widths grow with, as `r` already has.
 */
export function eventRings(r: number, events: number, scale = 1): number[] {
  if (events <= 0) return [];
  const first = r + (EVENT_LOOK.gap + EVENT_LOOK.width / 2) * scale;
  return events === 1 ? [first] : [first, first + (EVENT_LOOK.secondRingGap + EVENT_LOOK.width) * scale];
}

/** Label sizes in CSS pixels, for a screen read from a desk (times wallScale on a wall). */
export const LABEL_LOOK = {
  size: { center: 16, hub: 13, partner: 12 },
  haloWidth: { center: 2, hub: 1.6, partner: 1.6 },
} as const;

/**
 * The screen height, in CSS pixels, at which a wall draws the look's sizes as written. The look's pixel sizes
 * (widths, radii, labels) are for a screen read from a desk; a wall is read from across a room, so there
 * one look pixel is 1/900 of the screen's height: 2.4 CSS pixels on a 4K wall at device pixel ratio 1,
 * 1.2 on a 1080 p screen at ratio 2 (the same on the glass), which puts the smallest label at 28.8 device
 * pixels on both. CSS says the same for the wall's panels (`--wall-px` in src/ui/styles.css).
 */
export const WALL_REFERENCE_HEIGHT = 900;

/** A node as drawn in a room of this wallScale: its radius grows with the room. */
export function wallNode<N extends { radius: number }>(n: N, scale: number): N {
  return scale === 1 ? n : { ...n, radius: n.radius * scale };
}

/**
 * How much larger the map draws its marks and labels: on a wall (presentation, kiosk) by the room's height
 * (`roomHeight`); else 1.
 */
export function wallScale(onWall: boolean, roomHeight: number): number {
  return onWall ? Math.max(1, roomHeight / WALL_REFERENCE_HEIGHT) : 1;
}

/**
 * The height a wall's sizes follow: the screen's, or on a screen taller than 16:9 (a portrait lobby screen)
 * the height a 16:9 screen of its width would have, so the title, legend and caption leave the map its room.
 * `--room-vh` in src/ui/styles.css is the same, in CSS.
 */
export function roomHeight(width: number, height: number): number {
  return Math.min(height, (width * 9) / 16);
}
