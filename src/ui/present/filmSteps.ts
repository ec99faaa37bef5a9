import type { Dataset, Lang, Story } from '../../data/schema.ts';
import { stepBox } from '../../domain/filmTimeline.ts';
import type { Translate } from '../../i18n/index.ts';
import type { FilmStep } from '../../map/filmFrames.ts';
import { selectScene, type SceneChoices } from '../../state/scene.ts';
import { stepChoices } from '../../state/stepChoices.ts';
import type { Projection } from '../../state/url.ts';
import type { PngTextOf } from '../usePngText.ts';
import { summaryOf } from '../useViewSummary.ts';
import { shortCitation } from './shortCitation.ts';

export interface FilmPlan {
  steps: FilmStep[];
  /** The story in words, step by step: the film's description. */
  description: string;
}

/**
 * What each frame of a story's film draws: every step's scene from the one scene selector, with the
 * reader's language and provenance, its caption, sources and place in the story, and its camera.
 */
export function planFilm(args: {
  story: Story;
  dataset: Dataset;
  base: SceneChoices;
  projection: Projection;
  t: Translate;
  lang: Lang;
  textOf: PngTextOf;
  link: string;
}): FilmPlan {
  const { story, dataset, t, lang } = args;
  const summaries: string[] = [];
  const steps = story.steps.map((step, i): FilmStep => {
    const choices = stepChoices(args.base, step);
    const scene = selectScene(dataset, undefined, choices);
    summaries.push(summaryOf(t, lang, scene, choices.time, choices.mode));
    const sources = shortCitation(t, dataset, step.sources);
    const meta = [
      story.title[lang],
      sources && t('present.sourceLine', { source: sources }),
      t('present.step', { step: i + 1, count: story.steps.length }),
    ].filter(Boolean);
    return {
      scene,
      text: {
        ...args.textOf(scene, choices.time, choices.mode, args.link),
        caption: { text: step.caption[lang], meta: meta.join(' · ') },
      },
      box: stepBox(step, dataset.nodes, scene.nodes),
      globe: (step.projection ?? args.projection) === 'globe',
    };
  });
  return { steps, description: summaries.join('\n') };
}
