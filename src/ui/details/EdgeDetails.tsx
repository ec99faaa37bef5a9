import { useMemo } from 'react';
import { FLOW_TYPES, type Dataset } from '../../data/schema.ts';
import { citedSources, onEdge, windowRecords } from '../../domain/nodeDetails.ts';
import { histogram } from '../../domain/timeline.ts';
import { provenanceOf } from '../../domain/aggregate.ts';
import { formatNumber } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { parseEdgeId } from '../../domain/edgeId.ts';
import { nodeName } from '../../i18n/nodeLabel.ts';
import type { Scene } from '../../state/scene.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { SourceCitation } from '../SourceCitation.tsx';
import { useT } from '../useT.ts';
import { ActivitySeries } from './ActivitySeries.tsx';
import { DetailsHead } from './DetailsHead.tsx';
import { RecordList } from './RecordList.tsx';
import { useMarkedWindow } from './useMarkedWindow.ts';

/** One flow edge (source, target, type): its total in the window, its activity over time, its records. */
export function EdgeDetails({ dataset, scene, edge }: { dataset: Dataset; scene: Scene; edge: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const { index, query } = scene;
  const parsed = parseEdgeId(edge);
  const s = parsed ? index.nodeIndex.get(parsed.source) : undefined;
  const tg = parsed ? index.nodeIndex.get(parsed.target) : undefined;
  const type = parsed ? FLOW_TYPES.indexOf(parsed.type) : -1;
  const granularity = time?.to.granularity ?? 'year';
  const include = useMemo(
    () => (s === undefined || tg === undefined ? null : onEdge(index, s, tg, type, query.provenance)),
    [index, s, tg, type, query.provenance],
  );
  const series = useMemo(
    () => (include ? histogram(index, granularity, include) : null),
    [index, granularity, include],
  );
  const marked = useMarkedWindow(index, granularity);
  if (!parsed || !include || !series) return null;
  const flows = windowRecords(index, query.window, include);
  const name = (i: number) => nodeName(dataset.nodes[i]!, lang);
  const value = flows.reduce((sum, f) => sum + f.value, 0);
  const reported = flows.filter((f) => f.provenance === 'reported').reduce((sum, f) => sum + f.value, 0);
  const provenance = provenanceOf(flows.length, flows.filter((f) => f.provenance === 'reported').length);
  return (
    <section className="details" aria-labelledby="details-title">
      <DetailsHead
        selection={edge}
        title={t('edge.heading', { source: name(s!), target: name(tg!) })}
        onClose={() => selectEdge(null)}
      />
      <p className="details-meta">
        <span className={`chip chip-${parsed.type}`} aria-hidden="true" /> {t(`type.${parsed.type}`)} ·{' '}
        {t('edge.records', { count: flows.length, value: formatNumber(lang, value) })}{' '}
        {flows.length > 0 && <ProvenanceMark provenance={provenance} />}
      </p>
      {flows.length > 0 && (
        <p className="details-meta" data-testid="edge-split">
          {t('details.split', {
            reported: formatNumber(lang, reported),
            illustrative: formatNumber(lang, value - reported),
          })}
        </p>
      )}
      <h3>{t('details.activity')}</h3>
      <ActivitySeries series={series} window={marked} />
      <h3>{t('details.flows')}</h3>
      <RecordList dataset={dataset} flows={flows} linkEdges={false} />
      <h3>{t('details.sources')}</h3>
      {citedSources(
        dataset.sources,
        flows.flatMap((f) => f.sources),
      ).map((src) => (
        <p key={src.id}>
          <SourceCitation source={src} />
        </p>
      ))}
    </section>
  );
}
