import { changeWidth, COMPARISON_WIDTH, flowWidthScale, legendValues } from '../domain/scales.ts';
import { formatNumber } from '../i18n/index.ts';
import { ARC_LOOK, changeMarkLook, CHANGE_MARK_LOOK } from '../map/look.ts';
import { PALETTES } from '../map/palette.ts';
import type { Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

type Sample = 'increase' | 'decrease' | 'same' | 'added' | 'removed';

/** One line of the map's comparison look: solid, hollow or hairline, with the new/gone mark if any. */
function ChangeSample({ kind, width }: { kind: Sample; width: number }) {
  const theme = useAppStore((s) => s.theme);
  const p = PALETTES[theme];
  const colour =
    kind === 'same'
      ? p.change.same
      : kind === 'decrease' || kind === 'removed'
        ? p.change.decrease
        : p.change.increase;
  const hollow = kind === 'decrease' || kind === 'removed';
  const mark = kind === 'added' || kind === 'removed' ? changeMarkLook(kind, p) : null;
  return (
    <svg className="mark-sample" width="36" height="16" aria-hidden="true" data-sample={kind}>
      <line x1="2" y1="8" x2="34" y2="8" stroke={colour} strokeWidth={width} />
      {hollow && (
        <line x1="2" y1="8" x2="34" y2="8" stroke={p.land} strokeWidth={width * ARC_LOOK.hollowCore} />
      )}
      {mark && (
        <circle
          cx="18"
          cy="8"
          r={CHANGE_MARK_LOOK.radius}
          fill={mark.fill}
          stroke={mark.stroke}
          strokeWidth={mark.strokeWidth}
        />
      )}
    </svg>
  );
}

/**
 * What a comparison's arcs say: blue and solid grew, orange and hollow shrank, a grey hairline did not
 * change, a dot marks a new edge and a ring a gone one; widths are the size of the change on the map's
 * own scale, shown as + and − values.
 */
export function ComparisonLegend({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const max = scene.drawn.maxEdgeValue;
  const scale = flowWidthScale(max);
  const values = legendValues(max);
  return (
    <div className="legend-comparison" data-testid="comparison-legend">
      <p className="legend-caption">{t('legend.compareWidth')}</p>
      <ul className="legend-change-widths">
        {values.map((v) => (
          <li key={`+${v}`}>
            <ChangeSample kind="increase" width={changeWidth(scale, v)} />
            {`+${formatNumber(lang, v)}`}
          </li>
        ))}
        {values.map((v) => (
          <li key={`-${v}`}>
            <ChangeSample kind="decrease" width={changeWidth(scale, v)} />
            {`−${formatNumber(lang, v)}`}
          </li>
        ))}
      </ul>
      <ul className="legend-marks">
        {(['increase', 'decrease', 'same', 'added', 'removed'] as const).map((kind) => (
          <li key={kind}>
            <ChangeSample kind={kind} width={kind === 'same' ? COMPARISON_WIDTH.unchanged : 5} />
            {t(`legend.change.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
