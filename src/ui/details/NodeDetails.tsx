import { useMemo } from 'react';
import { FLOW_TYPES, LANGS, type Dataset } from '../../data/schema.ts';
import { citedSources, nodeEvents, nodeFlows, nodeTotals } from '../../domain/nodeDetails.ts';
import { histogram } from '../../domain/timeline.ts';
import { formatNumber, formatPartialDate } from '../../i18n/index.ts';
import type { Scene } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { SourceCitation } from '../SourceCitation.tsx';
import { useT } from '../useT.ts';
import { ActivitySeries } from './ActivitySeries.tsx';
import { DetailsHead } from './DetailsHead.tsx';
import { NodeEdges } from './NodeEdges.tsx';
import { EventList } from './EventList.tsx';
import { RecordList } from './RecordList.tsx';
import { useMarkedWindow } from './useMarkedWindow.ts';

/**
 * Everything about the selected node in the current view: what it is (built or planned, reported or not),
 * its totals and how much of them is illustrative, the events held there, each record with its provenance
 * and source.
 */
export function NodeDetails({ dataset, scene, nodeId }: { dataset: Dataset; scene: Scene; nodeId: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const types = useAppStore((s) => s.types);
  const select = useAppStore((s) => s.select);
  const { index, agg, query } = scene;
  const i = index.nodeIndex.get(nodeId);
  const granularity = time?.to.granularity ?? 'year';
  const marked = useMarkedWindow(index, granularity);
  const series = useMemo(
    () =>
      i === undefined
        ? null
        : histogram(index, granularity, (r) => index.flowSource[r] === i || index.flowTarget[r] === i),
    [index, granularity, i],
  );
  if (i === undefined || !series) return null;
  const node = dataset.nodes[i]!;
  const totals = nodeTotals(agg, i);
  const flows = nodeFlows(index, i, query.window, types, query.provenance);
  const events = nodeEvents(index, agg, i);
  const activity = agg.nodeActivity[i]!;
  const reported = agg.nodeReported[i]!;
  const sources = citedSources(dataset.sources, [
    ...node.sources,
    ...events.flatMap((e) => e.sources),
    ...flows.flatMap((f) => f.sources),
  ]);
  return (
    <section className="details" aria-labelledby="details-title">
      <DetailsHead title={node.name[lang]} selection={nodeId} onClose={() => select(null)} />
      <p className="details-meta">
        {t(`kind.${node.kind}`)} · {node.country} ·{' '}
        {t('node.since', { date: formatPartialDate(lang, node.since) })}{' '}
        <ProvenanceMark provenance={node.provenance} />
      </p>
      <p className={`details-meta node-status node-status-${node.status}`}>
        {t(`node.status.${node.status}`)}
      </p>
      {node.predecessor && (
        <p className="details-meta">
          {t('node.predecessor', {
            date: formatPartialDate(lang, node.since),
            name: node.predecessor.name[lang],
          })}
        </p>
      )}
      <dl className="details-names" aria-label={t('details.names')}>
        {LANGS.filter((l) => l !== lang).map((l) => (
          <div key={l}>
            <dt>{t(`lang.${l}`)}</dt>
            <dd lang={l}>{node.name[l]}</dd>
          </div>
        ))}
      </dl>
      {node.description && <p className="details-description">{node.description[lang]}</p>}
      <h3>{t('details.totals')}</h3>
      <table className="details-totals">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('details.in')}</th>
            <th scope="col">{t('details.out')}</th>
          </tr>
        </thead>
        <tbody>
          {FLOW_TYPES.map((type, k) => (
            <tr key={type}>
              <th scope="row">
                <span className={`swatch swatch-${type}`} aria-hidden="true" /> {t(`type.${type}`)}
              </th>
              <td>{formatNumber(lang, totals.incoming[k]!)}</td>
              <td>{formatNumber(lang, totals.outgoing[k]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {activity > 0 && (
        <p className="details-meta" data-testid="node-split">
          {t('details.split', {
            reported: formatNumber(lang, reported),
            illustrative: formatNumber(lang, activity - reported),
          })}
        </p>
      )}
      <h3>{t('details.edges')}</h3>
      <NodeEdges scene={scene} node={i} />
      <h3>{t('details.events')}</h3>
      <EventList events={events} />
      <h3>{t('details.activity')}</h3>
      <ActivitySeries series={series} window={marked} />
      <h3>{t('details.flows')}</h3>
      <RecordList dataset={dataset} flows={flows} linkEdges />
      <h3>{t('details.sources')}</h3>
      {sources.map((s) => (
        <p key={s.id}>
          <SourceCitation source={s} />
        </p>
      ))}
    </section>
  );
}
