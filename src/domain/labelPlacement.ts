/**
 * Greedy label placement for the SVG renderer (MapLibre places its own): labels in priority order, each
 * tried below, above, right and left of its node, kept only where it overlaps nothing already placed.
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

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(candidates: LabelCandidate[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  const ordered = [...candidates].sort(
    (a, b) => Number(b.required ?? 0) - Number(a.required ?? 0) || b.priority - a.priority,
  );
  for (const c of ordered) {
    const gap = c.radius + 3;
    const options: Array<[PlacedLabel, Box]> = [
      [
        { id: c.id, x: c.x, y: c.y + gap + c.height * 0.8, anchor: 'middle' },
        [c.x - c.width / 2, c.y + gap, c.x + c.width / 2, c.y + gap + c.height],
      ],
      [
        { id: c.id, x: c.x, y: c.y - gap - c.height * 0.2, anchor: 'middle' },
        [c.x - c.width / 2, c.y - gap - c.height, c.x + c.width / 2, c.y - gap],
      ],
      [
        { id: c.id, x: c.x + gap, y: c.y + c.height * 0.3, anchor: 'start' },
        [c.x + gap, c.y - c.height / 2, c.x + gap + c.width, c.y + c.height / 2],
      ],
      [
        { id: c.id, x: c.x - gap, y: c.y + c.height * 0.3, anchor: 'end' },
        [c.x - gap - c.width, c.y - c.height / 2, c.x - gap, c.y + c.height / 2],
      ],
    ];
    const free = options.find(([, box]) => !boxes.some((b) => overlaps(b, box)));
    const chosen = free ?? (c.required ? options[0] : undefined);
    if (!chosen) continue;
    placed.push(chosen[0]);
    boxes.push(chosen[1]);
  }
  return placed;
}
