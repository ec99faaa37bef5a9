import type { Event } from '../../data/schema.ts';
import { formatEventDate, formatFigure } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';

/** Events held at a node in the view, each with its date, kind, attendance, what it was and provenance. */
export function EventList({ events }: { events: Event[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (events.length === 0) return <p>{t('details.noEvents')}</p>;
  return (
    <ul className="details-events">
      {events.map((e) => (
        <li key={e.id} data-event={e.id}>
          <span className="flow-title">{e.title[lang]}</span>
          <span className="flow-meta">
            {formatEventDate(lang, e)} · {t(`event.kind.${e.kind}`)}
            {e.attendance
              ? ` · ${t('event.attendance', { count: formatFigure(t, lang, e.attendance) })}`
              : ''}
            {e.countries ? ` · ${t('event.countries', { count: e.countries })}` : ''}{' '}
            <ProvenanceMark provenance={e.provenance} />
          </span>
          {e.description && <span className="flow-partners">{e.description[lang]}</span>}
          {e.partners && (
            <span className="flow-partners">
              {t('details.partners')}: {e.partners.join('; ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
