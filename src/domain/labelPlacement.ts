/**
 * Greedy label placement for every renderer (MapLibre draws the labels this decides): labels in priority
 * order, each tried below, above, right and left of its node, kept where it overlaps no label already
 * placed, no node's circle and no panel over the map, and stays inside the bounds; failing that, where it
 * overlaps only node circles; failing that, where one or two labels in the way can move to other sides to
 * make room. A required label (the center's) is placed even when every side is taken, on
 * the side that hides the least.
 */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  priority: number;
  /** Always shown, even when it overlaps (the center). */
  required?: boolean;
}

export type LabelSide =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

export interface PlacedLabel {
  id: string;
  /** The text's anchor point (SVG/canvas: baseline at `anchor`), and which side of the node it is on. */
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
  side: LabelSide;
  /** Distance from the node's centre to the label's near edge (along each axis, for the corners). */
  gap: number;
}

/** A placed label with the box it takes. */
export interface PlacedLabelBox extends PlacedLabel {
  box: Box;
  required?: boolean;
}

/** [left, top, right, bottom] in the same pixels as the candidates. */
export type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (a: Box, b: Box) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

export interface PlacementOptions {
  /** Marks a label should not hide (the nodes' circles). */
  obstacles?: readonly Box[];
  /** What hides a label (the panels over the map): even a required label avoids them if it can. */
  covers?: readonly Box[];
  /** Where labels must stay (the visible map). */
  bounds?: Box;
}

export function placeLabels(candidates: LabelCandidate[], options: PlacementOptions = {}): PlacedLabel[] {
  return placeLabelBoxes(candidates, options).map(({ box: _box, required: _required, ...label }) => label);
}

/** The same placement, with the box each label takes. */
export function placeLabelBoxes(
  candidates: LabelCandidate[],
  options: PlacementOptions = {},
): PlacedLabelBox[] {
  const placed: PlacedLabelBox[] = [];
  /** Every side each placed label could take, for the repair step below. */
  const placedSides: Array<Array<[PlacedLabel, Box]>> = [];
  const obstacles = options.obstacles ?? [];
  const covers = options.covers ?? [];
  const inBounds = (box: Box) => !options.bounds || inside(box, options.bounds);
  const clearOf = (box: Box, labels: readonly Box[], circles: boolean) =>
    inBounds(box) &&
    !labels.some((b) => overlaps(b, box)) &&
    !(circles && obstacles.some((b) => overlaps(b, box))) &&
    !covers.some((b) => overlaps(b, box));
  const boxes = () => placed.map((p) => p.box);
  const ordered = [...candidates].sort(
    (a, b) => Number(b.required ?? 0) - Number(a.required ?? 0) || b.priority - a.priority,
  );
  for (const c of ordered) {
    const sides = sidesOf(c);
    const chosen =
      sides.find(([, box]) => clearOf(box, boxes(), true)) ??
      // Crowded places (the hubs around the center): a label may lie over another node's circle, never
      // over another label or under a panel.
      sides.find(([, box]) => clearOf(box, boxes(), false)) ??
      repair(sides) ??
      // A required label takes the side that collides least (with labels placed before it, then panels).
      (c.required ? leastCrowded(sides, boxes(), options) : undefined);
    if (!chosen) continue;
    placed.push({ ...chosen[0], box: chosen[1], required: c.required });
    placedSides.push(sides);
  }
  return placed;

  /**
   * When every side is taken by labels, one or two labels in the way may move to another of its sides to make
   * room (greedy order alone would drop a hub's label that a neighbour could have left space for).
   */
  function repair(sides: Array<[PlacedLabel, Box]>): [PlacedLabel, Box] | undefined {
    for (const side of sides) {
      const box = side[1];
      if (!clearOf(box, [], false)) continue;
      const blockers = placed.flatMap((p, i) => (overlaps(p.box, box) ? [i] : []));
      if (blockers.length > 2) continue;
      const moves = new Map<number, PlacedLabelBox>();
      for (const i of blockers) {
        const others = [...placed.map((p, j) => moves.get(j)?.box ?? p.box).filter((_, j) => j !== i), box];
        const elsewhere = placedSides[i]!.filter(([l]) => l.side !== placed[i]!.side);
        const move =
          elsewhere.find(([, b]) => clearOf(b, others, true)) ??
          elsewhere.find(([, b]) => clearOf(b, others, false));
        if (!move) break;
        moves.set(i, { ...move[0], box: move[1] });
      }
      if (moves.size !== blockers.length) continue;
      for (const [i, move] of moves) placed[i] = move;
      return side;
    }
    return undefined;
  }
}

/** Below, above, right, left, then the corners, at a gap outside the node's circle. */
function sidesOf(c: LabelCandidate): Array<[PlacedLabel, Box]> {
  const gap = c.radius + 3;
  return [
    [
      { id: c.id, x: c.x, y: c.y + gap + c.height * 0.8, anchor: 'middle', side: 'below', gap },
      [c.x - c.width / 2, c.y + gap, c.x + c.width / 2, c.y + gap + c.height],
    ],
    [
      { id: c.id, x: c.x, y: c.y - gap - c.height * 0.2, anchor: 'middle', side: 'above', gap },
      [c.x - c.width / 2, c.y - gap - c.height, c.x + c.width / 2, c.y - gap],
    ],
    [
      { id: c.id, x: c.x + gap, y: c.y + c.height * 0.3, anchor: 'start', side: 'right', gap },
      [c.x + gap, c.y - c.height / 2, c.x + gap + c.width, c.y + c.height / 2],
    ],
    [
      { id: c.id, x: c.x - gap, y: c.y + c.height * 0.3, anchor: 'end', side: 'left', gap },
      [c.x - gap - c.width, c.y - c.height / 2, c.x - gap, c.y + c.height / 2],
    ],
    // The corners, for crowded places: the label starts or ends at the node, a gap below or above it.
    ...diagonals(c, gap),
  ];
}

/** Hidden or cut off costs most, covering a node less, overlapping another label least. */
function leastCrowded(
  sides: Array<[PlacedLabel, Box]>,
  boxes: Box[],
  options: PlacementOptions,
): [PlacedLabel, Box] {
  const { obstacles = [], covers = [], bounds } = options;
  const cost = ([, box]: [PlacedLabel, Box]) =>
    boxes.filter((b) => overlaps(b, box)).length +
    obstacles.filter((b) => overlaps(b, box)).length * 10 +
    covers.filter((b) => overlaps(b, box)).length * 100 +
    (bounds && !inside(box, bounds) ? 100 : 0);
  return sides.reduce((best, side) => (cost(side) < cost(best) ? side : best));
}

function diagonals(c: LabelCandidate, gap: number): Array<[PlacedLabel, Box]> {
  const d = gap * Math.SQRT1_2;
  return [
    [
      { id: c.id, x: c.x + d, y: c.y + d + c.height * 0.8, anchor: 'start', side: 'below-right', gap: d },
      [c.x + d, c.y + d, c.x + d + c.width, c.y + d + c.height],
    ],
    [
      { id: c.id, x: c.x - d, y: c.y + d + c.height * 0.8, anchor: 'end', side: 'below-left', gap: d },
      [c.x - d - c.width, c.y + d, c.x - d, c.y + d + c.height],
    ],
    [
      { id: c.id, x: c.x + d, y: c.y - d - c.height * 0.2, anchor: 'start', side: 'above-right', gap: d },
      [c.x + d, c.y - d - c.height, c.x + d + c.width, c.y - d],
    ],
    [
      { id: c.id, x: c.x - d, y: c.y - d - c.height * 0.2, anchor: 'end', side: 'above-left', gap: d },
      [c.x - d - c.width, c.y - d - c.height, c.x - d, c.y - d],
    ],
  ];
}
