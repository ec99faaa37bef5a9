import { FLOW_TYPES } from '../../data/schema.ts';
import { edgeIdOf } from '../../domain/edgeId.ts';
import { nodeEdges } from '../../domain/nodeDetails.ts';
import { formatNumber } from '../../i18n/index.ts';
import { nodeName } from '../../i18n/nodeLabel.ts';
import type { Scene } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';

/** The node's connections in the view, as buttons: the keyboard's way to an edge without pointing at it. */
export function NodeEdges({ scene, node }: { scene: Scene; node: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const { nodes } = scene.index.dataset;
  const edges = nodeEdges(scene.agg, node);
  if (!edges.length) return <p className="details-meta">{t('details.noEdges')}</p>;
  return (
    <ul className="node-edges">
      {edges.map((e) => {
        const type = FLOW_TYPES[e.type]!;
        const id = edgeIdOf(nodes[e.source]!.id, nodes[e.target]!.id, e.type);
        return (
          <li key={id}>
            <button type="button" data-edge={id} onClick={() => selectEdge(id)}>
              <span className={`chip chip-${type}`} aria-hidden="true" />{' '}
              {t('edge.heading', {
                source: nodeName(nodes[e.source]!, lang),
                target: nodeName(nodes[e.target]!, lang),
              })}
              {' · '}
              {t(`type.${type}`)} · {formatNumber(lang, e.value)}
            </button>{' '}
            <ProvenanceMark provenance={e.provenance} />
          </li>
        );
      })}
    </ul>
  );
}
