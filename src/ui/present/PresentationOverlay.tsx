import { useCallback, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { useStories } from '../dataHooks.ts';
import { resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { SupersededNote } from '../SupersededNote.tsx';
import { Legend } from '../Legend.tsx';
import { useT } from '../useT.ts';
import { windowLabel } from '../windowLabel.ts';
import { KIOSK_IDLE_S, useKiosk } from './useKiosk.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';
import { useStoryPlayer } from './useStoryPlayer.ts';

/**
 * Presentation mode over the map: a large title, the time window in big numerals, the legend, and the
 * story caption in a lower-third band. Nothing here appears only on hover.
 */
export function PresentationOverlay({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const story = useAppStore((s) => s.story);
  const step = useAppStore((s) => s.step);
  const kiosk = useAppStore((s) => s.kiosk);
  const onFallback = useAppStore((s) => s.fallback !== null);
  const stories = useStories(dataset);
  const [blank, setBlank] = useState(false);
  const toggleBlank = useCallback(() => setBlank((b) => !b), []);
  const scene = useScene(dataset, baseline);
  useStoryPlayer(stories.data);
  usePresenterKeys(stories.data, toggleBlank);
  const idle = Number(new URLSearchParams(window.location.search).get('idle'));
  useKiosk(stories.data, kiosk, Number.isFinite(idle) && idle > 0 ? idle : KIOSK_IDLE_S);

  const at = stories.data ? resolvePosition(stories.data, story, step) : null;
  const current = at ? stories.data!.find((s) => s.id === at.story)! : null;
  const currentStep = current && at ? current.steps[at.step - 1] : null;
  // Every source the caption cites, by publisher and date (or n.d.), so the wall shows where it comes from.
  const sourceLine = (currentStep?.sources ?? [])
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => `${s.publisher}, ${s.date ?? t('source.undated')}`)
    .join('; ');
  const window_ = windowLabel(t, lang, time, mode);

  return (
    <div className="present-overlay">
      <header className="present-title map-overlay">
        <h1>{t('app.title')}</h1>
        {current && <p>{current.title[lang]}</p>}
      </header>
      <p className="present-window map-overlay" aria-live="polite">
        {window_}
      </p>
      <div className="present-legend map-overlay">
        <Legend scene={scene} />
        <SupersededNote dataset={dataset} compact />
        {onFallback && (
          <p className="present-note" role="status">
            {t('present.fallbackNote', { version: dataset.version.id })}
          </p>
        )}
      </div>
      <section className="present-caption map-overlay" aria-live="polite">
        {currentStep ? (
          <>
            <p className="caption-text">{currentStep.caption[lang]}</p>
            <p className="caption-meta">
              {sourceLine && t('present.sourceLine', { source: sourceLine })} ·{' '}
              {t('present.step', { step: at!.step, count: current!.steps.length })}
            </p>
          </>
        ) : (
          <p className="caption-text">
            {stories.isError
              ? t('present.storiesError')
              : stories.isSuccess
                ? t('present.noStories')
                : t('app.loading')}
          </p>
        )}
      </section>
      {blank && (
        <div className="blank-screen" role="status">
          <span>{t('present.blank')}</span>
        </div>
      )}
    </div>
  );
}
