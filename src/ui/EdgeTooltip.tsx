import { parseEdgeId } from '../domain/edgeId.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { formatNumber } from '../i18n/index.ts';
import { nodeName } from '../i18n/nodeLabel.ts';
import type { Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { ProvenanceMark } from './ProvenanceMark.tsx';
import { useT } from './useT.ts';

/**
 * What the pointer rests on: the edge's ends and type, its total in the view (or, comparing, before and
 * after), how much of it is reported, and its provenance mark. Text only; a click opens the details.
 */
export function EdgeTooltip({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hovered = useAppStore((s) => s.hoveredEdge);
  if (!hovered) return null;
  const parsed = parseEdgeId(hovered.id);
  if (!parsed) return null;
  const { index } = scene;
  const s = index.nodeIndex.get(parsed.source);
  const tg = index.nodeIndex.get(parsed.target);
  if (s === undefined || tg === undefined) return null;
  const type = FLOW_TYPES.indexOf(parsed.type);
  const name = (i: number) => nodeName(index.dataset.nodes[i]!, lang);
  const compared = scene.comparison?.rows.find(
    (r) => r.source === parsed.source && r.target === parsed.target && r.type === type,
  );
  const edge = scene.agg.edges.find((e) => e.source === s && e.target === tg && e.type === type);
  return (
    <div
      className="edge-tooltip"
      role="status"
      data-testid="edge-tooltip"
      style={{ left: hovered.x + 14, top: hovered.y + 14 }}
    >
      <strong>{t('edge.heading', { source: name(s), target: name(tg) })}</strong>
      <span>
        <span className={`chip chip-${parsed.type}`} aria-hidden="true" /> {t(`type.${parsed.type}`)}
      </span>
      {compared ? (
        <span>
          {t('tooltip.change', {
            before: formatNumber(lang, compared.before),
            after: formatNumber(lang, compared.after),
          })}{' '}
          <ProvenanceMark provenance={compared.provenance} />
        </span>
      ) : (
        edge && (
          <>
            <span>
              {t('edge.records', { count: edge.records, value: formatNumber(lang, edge.value) })}{' '}
              <ProvenanceMark provenance={edge.provenance} />
            </span>
            <span className="muted">
              {t('details.split', {
                reported: formatNumber(lang, edge.reported),
                illustrative: formatNumber(lang, edge.value - edge.reported),
              })}
            </span>
          </>
        )
      )}
    </div>
  );
}
