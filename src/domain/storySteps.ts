/** Moving through stories: the next and previous step, across stories, wrapping for a kiosk. */
import type { Story } from '../data/schema.ts';

export interface StoryPosition {
  story: string;
  /** 1-based. */
  step: number;
}

export function resolvePosition(
  stories: Story[],
  story: string | null,
  step: number | null,
): StoryPosition | null {
  const s = stories.find((x) => x.id === story) ?? stories[0];
  if (!s) return null;
  return { story: s.id, step: Math.min(Math.max(1, step ?? 1), s.steps.length) };
}

/** One step on (or back); at the end of a story, the next story's first step; `wrap` loops to the start. */
export function moveStep(stories: Story[], at: StoryPosition, delta: 1 | -1, wrap: boolean): StoryPosition {
  const i = stories.findIndex((s) => s.id === at.story);
  const story = stories[i]!;
  const step = at.step + delta;
  if (step >= 1 && step <= story.steps.length) return { story: story.id, step };
  const next = i + delta;
  if (next >= 0 && next < stories.length) {
    const s = stories[next]!;
    return { story: s.id, step: delta > 0 ? 1 : s.steps.length };
  }
  if (!wrap) return at;
  const s = delta > 0 ? stories[0]! : stories.at(-1)!;
  return { story: s.id, step: delta > 0 ? 1 : s.steps.length };
}
