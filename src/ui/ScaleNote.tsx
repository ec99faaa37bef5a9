import { formatNumber, formatPeriodLabel } from '../i18n/index.ts';
import type { Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/**
 * Which scale the widths are on, said where the widths are explained: one scale for the whole timeline
 * (the default, and always while playing) or fitted to the window shown, with the reader's choice.
 */
export function ScaleNote({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const playing = useAppStore((s) => s.playing);
  const choice = useAppStore((s) => s.scale);
  const setScale = useAppStore((s) => s.setScale);
  const { fixed, widestIn, maxEdgeValue } = scene.scale;
  return (
    <div className="scale-note" data-testid="scale-note" data-scale={fixed ? 'fixed' : 'fitted'}>
      <p className="legend-caption">
        {fixed
          ? widestIn
            ? t('legend.scaleFixed', {
                value: formatNumber(lang, maxEdgeValue),
                period: formatPeriodLabel(lang, widestIn),
              })
            : t('legend.scaleFixedEmpty')
          : t('legend.scaleFitted')}
        {playing && ` ${t('legend.scalePlaying')}`}
      </p>
      <label className="scale-toggle">
        <input
          type="checkbox"
          checked={choice === 'fitted'}
          disabled={playing}
          onChange={(e) => setScale(e.target.checked ? 'fitted' : 'fixed')}
        />
        {t('legend.scaleFit')}
      </label>
    </div>
  );
}
