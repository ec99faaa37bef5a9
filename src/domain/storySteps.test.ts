import { describe, expect, it } from 'vitest';
import type { Story } from '../data/schema.ts';
import { moveStep, resolvePosition } from './storySteps.ts';

const L = { zh: 'x', en: 'x', ru: 'x' };
const step = { time: '2024', caption: L, provenance: 'reported' as const, sources: [] };
const stories: Story[] = [
  { id: 'a', title: L, steps: [step, step] },
  { id: 'b', title: L, steps: [step] },
];

describe('story steps', () => {
  it('opens the named story, else the first, clamping the step', () => {
    expect(resolvePosition(stories, 'b', 5)).toEqual({ story: 'b', step: 1 });
    expect(resolvePosition(stories, null, null)).toEqual({ story: 'a', step: 1 });
    expect(resolvePosition([], null, null)).toBeNull();
  });

  it('steps across stories and stops at the ends unless wrapping', () => {
    expect(moveStep(stories, { story: 'a', step: 2 }, 1, false)).toEqual({ story: 'b', step: 1 });
    expect(moveStep(stories, { story: 'b', step: 1 }, -1, false)).toEqual({ story: 'a', step: 2 });
    expect(moveStep(stories, { story: 'b', step: 1 }, 1, false)).toEqual({ story: 'b', step: 1 });
    expect(moveStep(stories, { story: 'b', step: 1 }, 1, true)).toEqual({ story: 'a', step: 1 });
  });
});
