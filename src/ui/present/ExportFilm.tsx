import { useEffect, useRef, useState } from 'react';
import type { Dataset, Story } from '../../data/schema.ts';
import { FILM_TIMING, filmFrame, filmFrameCount } from '../../domain/filmTimeline.ts';
import { FILM_SIZES } from '../../map/exportSizes.ts';
import { PALETTES } from '../../map/palette.ts';
import type { Scene } from '../../state/scene.ts';
import { boldFacesReady } from '../../map/appFonts.ts';
import { useAppStore } from '../../state/store.ts';
import { sceneChoices } from '../../state/useScene.ts';
import { useBasemap, useLand } from '../dataHooks.ts';
import { useViewLink } from '../share/useViewLink.ts';
import { usePngTextOf } from '../usePngText.ts';
import { useT } from '../useT.ts';
import { planFilm } from './filmSteps.ts';

type Progress =
  | { state: 'idle' }
  | { state: 'rendering'; done: number; total: number }
  | { state: 'saved'; file: string }
  | { state: 'failed'; message: string };

/**
 * "Export film" in presentation: the current story as a video, step by step with its captions and
 * camera moves, at a fixed 30 frames a second drawn one by one (src/domain/filmTimeline.ts), with a
 * progress bar and a cancel button. The drawing and the encoder load only when someone exports.
 */
export function ExportFilm({ dataset, story, scene }: { dataset: Dataset; story: Story; scene: Scene }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const land = useLand(useBasemap().data);
  const textOf = usePngTextOf(dataset);
  const link = useViewLink(dataset, scene);
  const [size, setSize] = useState(0);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // Leaving presentation (Esc) stops a film being made: nothing renders on unseen.
  useEffect(() => () => abort.current?.abort(), []);

  const exportNow = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const [width, height] = FILM_SIZES[size]!;
    try {
      const state = useAppStore.getState();
      const plan = planFilm({
        story,
        dataset,
        base: sceneChoices(state),
        projection: state.projection,
        t,
        lang,
        textOf,
        link,
      });
      const total = filmFrameCount(plan.steps.length);
      setProgress({ state: 'rendering', done: 0, total });
      // A canvas does not wait for a face: the captions' bold one is loaded first.
      const [{ drawFilmFrame, filmFacesReady }, { encodeFilm, FilmUnsupportedError }] = await Promise.all([
        import('../../map/filmFrames.ts'),
        import('../../map/encodeFilm.ts'),
        boldFacesReady(lang),
      ]);
      // Every face the steps' words need, before the first frame measures them: the same film every time.
      await filmFacesReady(plan.steps);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      // A canvas kept in memory, not on the GPU: the encoder reads every frame back, and drawing on a GPU
      // canvas then waiting for its read-back was most of the time per frame (measured in Chromium).
      canvas.getContext('2d', { willReadFrequently: true });
      const palette = PALETTES[theme];
      const film = await encodeFilm(canvas, total, {
        fps: FILM_TIMING.fps,
        draw: (k) =>
          drawFilmFrame(
            canvas,
            width,
            height,
            plan.steps,
            filmFrame(k, plan.steps.length),
            land.data ?? null,
            palette,
          ),
        onProgress: (done) => setProgress({ state: 'rendering', done, total }),
        signal: controller.signal,
        title: `${t('app.title')} — ${story.title[lang]}`,
        description: plan.description,
      }).catch((error: unknown) => {
        if (error instanceof FilmUnsupportedError) throw new Error(t('film.unsupported'));
        throw error;
      });
      const file = `sco-film-${story.id}-${lang}-${dataset.version.id}-${width}x${height}.${film.extension}`;
      const url = URL.createObjectURL(film.blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setProgress({ state: 'saved', file });
    } catch (error) {
      setProgress(
        controller.signal.aborted
          ? { state: 'idle' }
          : { state: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      abort.current = null;
    }
  };

  if (progress.state === 'rendering') {
    const percent = Math.floor((progress.done / progress.total) * 100);
    return (
      <div className="film-export" role="status">
        <label>
          <span>{t('film.rendering', { percent })}</span>
          <progress value={progress.done} max={progress.total} />
        </label>
        <button type="button" onClick={() => abort.current?.abort()}>
          {t('film.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="film-export">
      <label>
        <span>{t('film.size')}</span>
        <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {FILM_SIZES.map(([w, h], i) => (
            <option key={w} value={i}>
              {i === FILM_SIZES.length - 1 ? t('film.draft', { size: `${w}×${h}` }) : `${w}×${h}`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void exportNow()} disabled={land.isPending}>
        {t('film.export')}
      </button>
      {progress.state === 'saved' && <p role="status">{t('film.saved', { file: progress.file })}</p>}
      {progress.state === 'failed' && <p role="alert">{t('film.failed', { reason: progress.message })}</p>}
    </div>
  );
}
