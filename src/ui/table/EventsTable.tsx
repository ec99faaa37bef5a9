import type { Dataset } from '../../data/schema.ts';
import { formatEventDate, formatFigure } from '../../i18n/index.ts';
import { nodeName } from '../../i18n/nodeLabel.ts';
import { useAppStore } from '../../state/store.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';

/** The events in the window: what happened where, as their sources date and count them. */
export function EventsTable({ dataset, events }: { dataset: Dataset; events: number[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  return (
    <>
      <h3 id="events-title">{t('table.events')}</h3>
      {events.length === 0 ? (
        <p>{t('table.noEvents')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="events-title">
          <table className="events">
            <thead>
              <tr>
                <th scope="col">{t('table.eventDate')}</th>
                <th scope="col">{t('table.eventPlace')}</th>
                <th scope="col">{t('table.eventKind')}</th>
                <th scope="col">{t('table.eventTitle')}</th>
                <th scope="col">{t('table.eventAttendance')}</th>
                <th scope="col">{t('table.provenance')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((i) => {
                const e = dataset.events[i]!;
                return (
                  <tr key={e.id} data-event={e.id}>
                    <td>{formatEventDate(lang, e)}</td>
                    <td>{nodeName(nodes.get(e.node)!, lang)}</td>
                    <td>{t(`event.kind.${e.kind}`)}</td>
                    <td>{e.title[lang]}</td>
                    <td className="num">
                      {e.attendance ? formatFigure(t, lang, e.attendance) : '—'}
                      {e.countries ? ` · ${t('event.countries', { count: e.countries })}` : ''}
                    </td>
                    <td>
                      <ProvenanceMark provenance={e.provenance} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
