import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './labelPlacement.ts';

const label = (id: string, x: number, y: number, priority: number, required = false): LabelCandidate => ({
  id,
  x,
  y,
  radius: 4,
  width: 60,
  height: 14,
  priority,
  required,
});

describe('placeLabels', () => {
  it('keeps labels apart, preferring higher priority, and always keeps the required one', () => {
    const placed = placeLabels([
      label('a', 100, 100, 1),
      label('b', 102, 100, 5),
      label('c', 101, 101, 0, true),
      label('far', 400, 400, 0),
    ]);
    const ids = placed.map((p) => p.id);
    expect(ids[0]).toBe('c');
    expect(ids).toContain('far');
    expect(ids).toContain('b');
  });

  it('drops a label that fits nowhere', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => label(`n${i}`, 100 + (i % 2), 100, i));
    expect(placeLabels(crowd).length).toBeLessThan(12);
  });
});
