import { useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Preamble } from '../../domain/csv.ts';
import { edgeId } from '../../domain/edgeId.ts';
import { illustrativeShare } from '../../domain/provenance.ts';
import {
  comparisonRows,
  edgeRows,
  nodeTotalRows,
  toComparisonCsv,
  toCsv,
  toRecordsCsv,
  type Sort,
  type SortKey,
} from '../../domain/table.ts';
import { formatNumber, formatPeriodLabel } from '../../i18n/index.ts';
import { nodeName } from '../../i18n/nodeLabel.ts';
import { useViewSummary } from '../useViewSummary.ts';
import { ViewSummary } from '../ViewSummary.tsx';
import { selectViewRecords } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';
import { CitationBlock } from '../share/CitationBlock.tsx';
import { useViewLink } from '../share/useViewLink.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { EventsTable } from './EventsTable.tsx';
import { useVirtualRows } from './useVirtualRows.ts';

const ROW_HEIGHT = 32;
const COLUMNS: SortKey[] = ['source', 'target', 'type', 'records', 'value', 'provenance'];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The current window as a table of aggregated edges (sortable, virtualised), the events in it, and two CSV
 * downloads that reproduce it: the edge totals and the records behind them, each opening with the view's
 * address and the sha256 of the version's files.
 */
export function TableView({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const compare = useAppStore((s) => s.compare);
  const scene = useScene(dataset, baseline);
  const { index, agg, comparison } = scene;
  const name = useMemo(() => (n: Parameters<typeof nodeName>[0]) => nodeName(n, lang), [lang]);
  const compared = useMemo(
    () => (comparison ? comparisonRows(index, comparison.rows, name) : null),
    [comparison, index, name],
  );
  const [sort, setSort] = useState<Sort>({ key: 'value', descending: true });
  const rows = useMemo(() => edgeRows(index, agg, name, lang, sort), [index, agg, name, lang, sort]);
  const totals = useMemo(() => nodeTotalRows(index, agg, name), [index, agg, name]);
  const scroller = useRef<HTMLDivElement>(null);
  const { start, end } = useVirtualRows(scroller, rows.length, ROW_HEIGHT);
  const link = useViewLink(dataset, scene);
  const summary = useViewSummary(scene);
  const preamble = (): Preamble => ({
    version: dataset.version,
    url: link,
    illustrativeShare: illustrativeShare(agg),
    summary,
  });
  const fileName = (what: string) => `sco-${what}-${dataset.version.id}.csv`;

  const showEdge = (key: string) => {
    const { selectEdge, setView } = useAppStore.getState();
    selectEdge(key);
    setView('map');
  };
  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, descending: !s.descending }
        : { key, descending: key === 'records' || key === 'value' },
    );
  const ariaSort = (key: SortKey) =>
    sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none';

  if (compared) {
    const period = (p: typeof time) => (p ? formatPeriodLabel(lang, p.to) : t('timeline.allTime'));
    const heading =
      comparison?.kind === 'period'
        ? t('compare.headingPeriod', { a: period(compare), b: period(time) })
        : t('compare.headingVersion', { a: baseline?.version.id ?? '', b: dataset.version.id });
    return (
      <section className="table-view map-overlay" aria-labelledby="table-title">
        <div className="table-head">
          <h2 id="table-title">
            {heading} <small>{t('table.rows', { count: compared.length })}</small>
          </h2>
          <button
            type="button"
            onClick={() => download(fileName('comparison'), toComparisonCsv(compared, preamble()))}
          >
            {t('table.export')}
          </button>
        </div>
        <ViewSummary dataset={dataset} baseline={baseline} shown />
        <ComparisonTable rows={compared} />
        <CitationBlock dataset={dataset} scene={scene} />
      </section>
    );
  }

  return (
    <section className="table-view map-overlay" aria-labelledby="table-title">
      <div className="table-head">
        <h2 id="table-title">
          {t('table.heading')} <small>{t('table.rows', { count: rows.length })}</small>
        </h2>
        <button type="button" onClick={() => download(fileName('edges'), toCsv(rows, preamble()))}>
          {t('table.exportEdges')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              fileName('records'),
              toRecordsCsv(selectViewRecords(scene), index, name, lang, preamble()),
            )
          }
        >
          {t('table.exportRecords')}
        </button>
      </div>
      <ViewSummary dataset={dataset} baseline={baseline} shown />
      {rows.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <div
          className="table-scroll"
          ref={scroller}
          tabIndex={0}
          role="region"
          aria-label={t('table.heading')}
        >
          <table className="edges" aria-rowcount={rows.length + 1}>
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col" aria-sort={ariaSort(key)}>
                    <button type="button" onClick={() => sortBy(key)}>
                      {t(`table.${key}`)} {sort.key === key ? (sort.descending ? '↓' : '↑') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {start > 0 && <tr aria-hidden="true" style={{ height: start * ROW_HEIGHT }} />}
              {rows.slice(start, end).map((r, i) => (
                <tr
                  key={edgeId(r.source, r.target, r.type)}
                  aria-rowindex={start + i + 2}
                  style={{ height: ROW_HEIGHT }}
                  data-edge={edgeId(r.source, r.target, r.type)}
                  data-provenance={r.provenance}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      title={t('edge.select')}
                      onClick={() => showEdge(edgeId(r.source, r.target, r.type))}
                    >
                      {r.sourceName}
                    </button>
                  </td>
                  <td>{r.targetName}</td>
                  <td>
                    <span className={`chip chip-${r.type}`} aria-hidden="true" /> {t(`type.${r.type}`)}
                  </td>
                  <td className="num">{formatNumber(lang, r.records)}</td>
                  <td className="num">{formatNumber(lang, r.value)}</td>
                  <td>
                    <ProvenanceMark provenance={r.provenance} />
                  </td>
                </tr>
              ))}
              {end < rows.length && (
                <tr aria-hidden="true" style={{ height: (rows.length - end) * ROW_HEIGHT }} />
              )}
            </tbody>
          </table>
        </div>
      )}
      <EventsTable dataset={dataset} events={agg.events} />
      <h3>{t('table.nodeTotals')}</h3>
      <table className="node-totals">
        <thead>
          <tr>
            <th scope="col">{t('table.node')}</th>
            <th scope="col">{t('table.in')}</th>
            <th scope="col">{t('table.out')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td className="num">{formatNumber(lang, r.incoming)}</td>
              <td className="num">{formatNumber(lang, r.outgoing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CitationBlock dataset={dataset} scene={scene} />
    </section>
  );
}
