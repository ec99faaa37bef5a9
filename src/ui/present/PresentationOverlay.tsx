import { useCallback, useRef, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { useStories } from '../dataHooks.ts';
import { resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { SupersededNote } from '../SupersededNote.tsx';
import { Attribution } from '../Attribution.tsx';
import { Legend } from '../Legend.tsx';
import { provenanceText } from '../provenanceText.ts';
import { illustrativeShare } from '../../domain/provenance.ts';
import { useT } from '../useT.ts';
import { windowLabel } from '../windowLabel.ts';
import { effectiveProvenance } from '../../state/url.ts';
import { shownSelections, takeHomeHref } from '../../state/viewLink.ts';
import { REFRESH_S, useDataUpdates } from './useDataUpdates.ts';
import { KIOSK_IDLE_S, useKiosk } from './useKiosk.ts';
import { shortCitation } from './shortCitation.ts';
import { ExportFilm } from './ExportFilm.tsx';
import { StepFigures } from './StepFigures.tsx';
import { ViewQrCode } from './ViewQrCode.tsx';
import { WallStatusCorner } from './WallStatusCorner.tsx';
import { usePresenterKeys } from './usePresenterKeys.ts';
import { useStoryPlayer } from './useStoryPlayer.ts';
import { useLegendRoom } from './useLegendRoom.ts';

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
  const overlay = useRef<HTMLDivElement>(null);
  useLegendRoom(overlay);
  useStoryPlayer(stories.data, dataset);
  usePresenterKeys(stories.data, toggleBlank);
  const resumesIn = useKiosk(stories.data, kiosk, secondsParam('idle', KIOSK_IDLE_S));
  useDataUpdates(true, secondsParam('refresh', REFRESH_S), stories.data?.[0]?.id ?? null);
  const provenance = useAppStore(effectiveProvenance);

  const at = stories.data ? resolvePosition(stories.data, story, step) : null;
  const current = at ? stories.data!.find((s) => s.id === at.story)! : null;
  const currentStep = current && at ? current.steps[at.step - 1] : null;
  // Every source the caption cites, by publisher and date (or n.d.), so the wall shows where it comes from.
  const sourceLine = shortCitation(t, dataset, currentStep?.sources ?? []);
  const window_ = windowLabel(t, lang, time, mode);
  const lastStep = at !== null && at.story === stories.data!.at(-1)!.id && at.step === current!.steps.length;
  const takeHome = takeHomeHref(window.location.href, dataset.version.id, shownSelections(scene), provenance);

  return (
    <div className="present-overlay" ref={overlay}>
      <header className="present-title map-overlay">
        <h1>{t('app.title')}</h1>
        {current && <p>{current.title[lang]}</p>}
        {/* A presenter's tool, not a visitor's: the lobby's kiosk does not offer it. */}
        {!kiosk && current && <ExportFilm dataset={dataset} story={current} scene={scene} />}
      </header>
      <p className="present-window map-overlay" aria-live="polite">
        {window_}
      </p>
      {/* Shown where the legend is not (a phone): without it the dashes would not say what they mean. */}
      {illustrativeShare(scene.agg) > 0 && (
        <p className="present-provenance" data-testid="present-provenance">
          {provenanceText(t, lang, scene.agg)}
        </p>
      )}
      <div className="present-legend map-overlay">
        <Legend scene={scene} />
        <SupersededNote dataset={dataset} compact />
        {onFallback && (
          <p className="present-note" role="status">
            {t('present.fallbackNote', { version: dataset.version.id })}
          </p>
        )}
      </div>
      {resumesIn !== null && (
        <p className="kiosk-cue map-overlay" role="status">
          {t('kiosk.paused', { seconds: resumesIn })}
        </p>
      )}
      <section className="present-caption map-overlay">
        <div className="caption-body" aria-live="polite">
          {currentStep ? (
            <>
              {currentStep.figures && <StepFigures dataset={dataset} ids={currentStep.figures} />}
              <p className="caption-text">{currentStep.caption[lang]}</p>
              <p className="caption-meta">
                {sourceLine && t('present.sourceLine', { source: sourceLine })} ·{' '}
                {t('present.step', { step: at!.step, count: current!.steps.length })}
                {kiosk && lastStep && <> · {t('kiosk.loopEnd')}</>}
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
          {/* In the band, not under it: the basemap's credit and its approval number stay legible. */}
          <Attribution inline />
        </div>
        <aside className="wall-corner map-overlay">
          <ViewQrCode href={takeHome} version={dataset.version.id} />
          <WallStatusCorner dataset={dataset} />
        </aside>
      </section>
      {blank && (
        <div className="blank-screen" role="status">
          <span>{t('present.blank')}</span>
        </div>
      )}
    </div>
  );
}

/** A number of seconds the URL may set (`idle=`, `refresh=`), else the default. */
function secondsParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(window.location.search).get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
