import { useEffect, useState } from 'react';
import type { Dataset } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { useScene } from '../state/useScene.ts';
import { useT } from './useT.ts';
import { useViewSummary } from './useViewSummary.ts';

/** While the timeline plays, the words wait this long after the last change, so a reader is not flooded. */
const PLAYBACK_QUIET_MS = 1500;

/**
 * The view in words, said politely when it changes: under the map visually hidden (there for screen
 * readers, and printed), shown in the table view.
 */
export function ViewSummary({
  dataset,
  baseline,
  shown = false,
}: {
  dataset: Dataset;
  baseline?: Dataset;
  shown?: boolean;
}) {
  const t = useT();
  const text = useViewSummary(useScene(dataset, baseline));
  const playing = useAppStore((s) => s.playing);
  const [said, setSaid] = useState(text);
  useEffect(() => {
    if (!playing) {
      setSaid(text);
      return;
    }
    const timer = setTimeout(() => setSaid(text), PLAYBACK_QUIET_MS);
    return () => clearTimeout(timer);
  }, [text, playing]);
  return (
    <section
      className={shown ? 'view-summary' : 'view-summary view-summary-hidden'}
      aria-label={t('summary.heading')}
    >
      <p aria-live="polite" data-testid="view-summary">
        {said}
      </p>
    </section>
  );
}
