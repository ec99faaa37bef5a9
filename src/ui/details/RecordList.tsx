import { nodeName } from '../../i18n/nodeLabel.ts';
import type { Dataset, Flow } from '../../data/schema.ts';
import { formatNumber, formatPartialDate } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { edgeId } from '../../domain/edgeId.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';

/** Flow records as the details panels list them: title, ends, date at its precision, value, provenance. */
export function RecordList({
  dataset,
  flows,
  linkEdges,
}: {
  dataset: Dataset;
  flows: Flow[];
  linkEdges: boolean;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const names = new Map(dataset.nodes.map((n) => [n.id, nodeName(n, lang)]));
  if (flows.length === 0) return <p>{t('details.noFlows')}</p>;
  return (
    <ul className="details-flows">
      {flows.slice(0, 200).map((f) => (
        <li key={f.id}>
          <span className={`chip chip-${f.type}`} aria-hidden="true" />
          {linkEdges ? (
            <button
              type="button"
              className="flow-title link-button"
              onClick={() => selectEdge(edgeId(f.source, f.target, f.type))}
            >
              {f.title[lang]}
            </button>
          ) : (
            <span className="flow-title">{f.title[lang]}</span>
          )}
          <span className="flow-meta">
            {names.get(f.source)} → {names.get(f.target)} · {formatPartialDate(lang, f.date)} ·{' '}
            {t(`type.${f.type}`)} {formatNumber(lang, f.value)} <ProvenanceMark provenance={f.provenance} />
          </span>
          {f.partners && (
            <span className="flow-partners">
              {t('details.partners')}: {f.partners.join('; ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
