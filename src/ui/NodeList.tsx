import { nodeLabel } from '../i18n/nodeLabel.ts';
import { NODE_KINDS, type Dataset } from '../data/schema.ts';
import { formatPartialDate } from '../i18n/index.ts';
import { useAppStore } from '../state/store.ts';
import { ProvenanceMark } from './ProvenanceMark.tsx';
import { useT } from './useT.ts';

/**
 * Every node of the version, grouped by kind: the accessible alternative to the map and the way to
 * select, hover and focus nodes by keyboard.
 */
export function NodeList({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.node);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  return (
    <section className="node-list" aria-labelledby="nodes-title">
      <h2 id="nodes-title">
        {t('nodes.heading')} <small>{t('nodes.count', { count: dataset.nodes.length })}</small>
      </h2>
      {NODE_KINDS.map((kind) => (
        <div key={kind} className={`node-group node-group-${kind}`}>
          <h3>{t(`kind.${kind}.plural`)}</h3>
          <ul>
            {dataset.nodes
              .filter((n) => n.kind === kind)
              .map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="node-item"
                    data-node={n.id}
                    aria-pressed={selected === n.id}
                    onClick={() => select(selected === n.id ? null : n.id)}
                    onMouseEnter={() => hover(n.id)}
                    onMouseLeave={() => hover(null)}
                    onFocus={() => hover(n.id)}
                    onBlur={() => hover(null)}
                  >
                    <span className={`node-dot node-dot-${n.kind}`} aria-hidden="true" />
                    <span className="node-name">{nodeLabel(n, lang)}</span>
                    <span className="node-meta">
                      {n.country} · {t('node.since', { date: formatPartialDate(lang, n.since) })}
                    </span>
                    <ProvenanceMark provenance={n.provenance} />
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
