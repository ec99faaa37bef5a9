import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { flowWidth, flowWidthScale, legendValues } from '../domain/scales.ts';
import { formatNumber } from '../i18n/index.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** What colours, widths and shapes mean, read from the same scales the map draws with. */
export function Legend({ maxEdgeValue }: { maxEdgeValue: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const comparing = useAppStore((s) => Boolean(s.compare || s.vs));
  const scale = flowWidthScale(maxEdgeValue);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.heading')}</h2>
      <ul className="legend-types">
        {FLOW_TYPES.map((type) => (
          <li key={type}>
            <span className={`swatch swatch-${type}`} aria-hidden="true" />
            {t(`type.${type}`)}
          </li>
        ))}
      </ul>
      <p className="legend-caption">{t('legend.width')}</p>
      <ul className="legend-widths">
        {legendValues(maxEdgeValue).map((v) => (
          <li key={v}>
            <span
              className="width-sample"
              style={{ height: `${flowWidth(scale, v)}px` }}
              aria-hidden="true"
            />
            {formatNumber(lang, v)}
          </li>
        ))}
      </ul>
      <p className="legend-caption">{t('legend.direction')}</p>
      {comparing && <p className="legend-caption legend-compare">{t('legend.compare')}</p>}
      <ul className="legend-kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`node-dot node-dot-${kind}`} aria-hidden="true" />
            {t(`kind.${kind}.plural`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
