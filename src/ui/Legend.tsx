import type { CSSProperties } from 'react';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { flowWidth, flowWidthScale, legendValues } from '../domain/scales.ts';
import { formatNumber } from '../i18n/index.ts';
import { dashArray, EVENT_LOOK, nodeLook } from '../map/look.ts';
import { PALETTES } from '../map/palette.ts';
import type { Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { provenanceText } from './provenanceText.ts';
import { ComparisonLegend } from './ComparisonLegend.tsx';
import { ScaleNote } from './ScaleNote.tsx';
import { useT } from './useT.ts';

/** A sample of an arc or node mark, drawn with the map's own look so the legend cannot disagree with it. */
function ArcSample({ provenance }: { provenance: 'reported' | 'illustrative' | 'mixed' }) {
  const theme = useAppStore((s) => s.theme);
  return (
    <svg
      className="mark-sample mark-sample-arc"
      width="32"
      height="10"
      viewBox="0 0 32 10"
      aria-hidden="true"
    >
      <line
        x1="1"
        y1="5"
        x2="31"
        y2="5"
        stroke={PALETTES[theme].text}
        strokeWidth="3"
        strokeDasharray={dashArray(provenance).join(' ') || undefined}
      />
    </svg>
  );
}

function NodeSample({ look, ring = false }: { look: Parameters<typeof nodeLook>[0]; ring?: boolean }) {
  const theme = useAppStore((s) => s.theme);
  const p = PALETTES[theme];
  const l = nodeLook(look, p);
  return (
    <svg
      className="mark-sample mark-sample-node"
      width="22"
      height="22"
      viewBox="0 0 22 22"
      aria-hidden="true"
    >
      {ring && <circle cx="11" cy="11" r="9.5" fill="none" stroke={p.event} strokeWidth={EVENT_LOOK.width} />}
      <circle
        cx="11"
        cy="11"
        r={ring ? 5 : 7}
        fill={l.fill}
        fillOpacity={l.fillOpacity}
        stroke={l.stroke}
        strokeWidth={l.strokeWidth}
        strokeOpacity={l.strokeOpacity}
        strokeDasharray={l.dash.join(' ') || undefined}
      />
    </svg>
  );
}

/**
 * What colours, widths and marks mean, read from the same scales and look the map draws with, and how much
 * of what is shown is illustrative. In comparison mode the widths are those of the drawn change.
 */
export function Legend({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const comparing = useAppStore((s) => Boolean(s.compare || s.vs));
  const maxEdgeValue = scene.scale.maxEdgeValue;
  const scale = flowWidthScale(maxEdgeValue);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.heading')}</h2>
      <p className="legend-provenance" data-testid="provenance-share">
        {provenanceText(t, lang, scene.agg)}
      </p>
      {comparing ? (
        <>
          <p className="legend-caption legend-compare">{t('legend.compare')}</p>
          <ComparisonLegend scene={scene} />
        </>
      ) : (
        <>
          <ul className="legend-types">
            {FLOW_TYPES.map((type) => (
              <li key={type}>
                <span className={`swatch swatch-${type}`} aria-hidden="true" />
                {t(`type.${type}`)}
              </li>
            ))}
          </ul>
          <p className="legend-caption">{t('legend.width')}</p>
          <ScaleNote scene={scene} />
          <ul className="legend-widths">
            {legendValues(maxEdgeValue).map((v) => (
              <li key={v}>
                <span
                  className="width-sample"
                  // Its height in look pixels: on a wall it grows as the map's arcs do (.width-sample in styles.css).
                  style={{ '--sample-width': flowWidth(scale, v) } as CSSProperties}
                  aria-hidden="true"
                />
                {formatNumber(lang, v)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="legend-caption">{t('legend.direction')}</p>
      <h3 className="legend-caption">{t('legend.marks')}</h3>
      <ul className="legend-marks">
        {(['reported', 'illustrative', 'mixed'] as const).map((p) => (
          <li key={p}>
            <ArcSample provenance={p} />
            {t(`legend.${p}`)}
          </li>
        ))}
        <li>
          <NodeSample look={{ kind: 'partner', status: 'active', provenance: 'mixed' }} />
          {t('legend.nodeMixed')}
        </li>
        <li>
          <NodeSample look={{ kind: 'hub', status: 'planned', provenance: 'reported' }} />
          {t('legend.planned')}
        </li>
        <li>
          <NodeSample look={{ kind: 'partner', status: 'active', provenance: 'reported' }} ring />
          {t('legend.events')}
        </li>
      </ul>
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
