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

describe('story steps across three stories', () => {
  // a has 2 steps, b 1, c 3.
  const three: Story[] = [
    { id: 'a', title: L, steps: [step, step] },
    { id: 'b', title: L, steps: [step] },
    { id: 'c', title: L, steps: [step, step, step] },
  ];
  const move = (story: string, at: number, delta: 1 | -1, wrap = false) =>
    moveStep(three, { story, step: at }, delta, wrap);

  it('keeps a step that exists and raises one below the first to the first', () => {
    expect(resolvePosition(three, 'c', 2)).toEqual({ story: 'c', step: 2 });
    expect(resolvePosition(three, 'c', 0)).toEqual({ story: 'c', step: 1 });
    expect(resolvePosition(three, 'unknown', 3)).toEqual({ story: 'a', step: 2 });
  });

  it('moves within a story, including onto its first and last steps', () => {
    expect(move('a', 1, 1)).toEqual({ story: 'a', step: 2 });
    expect(move('a', 2, -1)).toEqual({ story: 'a', step: 1 });
    expect(move('c', 2, 1)).toEqual({ story: 'c', step: 3 });
  });

  it('enters the next story at its first step and the previous one at its last', () => {
    expect(move('b', 1, 1)).toEqual({ story: 'c', step: 1 });
    expect(move('c', 1, -1)).toEqual({ story: 'b', step: 1 });
    expect(move('b', 1, -1)).toEqual({ story: 'a', step: 2 });
  });

  it('stays at the very first and very last step unless wrapping', () => {
    expect(move('a', 1, -1)).toEqual({ story: 'a', step: 1 });
    expect(move('c', 3, 1)).toEqual({ story: 'c', step: 3 });
  });

  it('wraps from the very first step to the last step of the last story, and back', () => {
    expect(move('a', 1, -1, true)).toEqual({ story: 'c', step: 3 });
    expect(move('c', 3, 1, true)).toEqual({ story: 'a', step: 1 });
  });
});
