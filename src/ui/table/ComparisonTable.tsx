import { edgeId } from '../../domain/edgeId.ts';
import type { ComparisonRow } from '../../domain/table.ts';
import { formatNumber } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';

/** Each edge's value before and after, and the change, largest change first. */
export function ComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const signed = (v: number) => (v > 0 ? `+${formatNumber(lang, v)}` : formatNumber(lang, v));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('compare.change')}>
      <table className="edges comparison">
        <thead>
          <tr>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.type')}</th>
            <th scope="col">{t('compare.before')}</th>
            <th scope="col">{t('compare.after')}</th>
            <th scope="col">{t('compare.change')}</th>
            <th scope="col">{t('table.provenance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 2000).map((r) => (
            <tr
              key={edgeId(r.source, r.target, r.type)}
              data-edge={edgeId(r.source, r.target, r.type)}
              data-status={r.status}
            >
              <td>{r.sourceName}</td>
              <td>{r.targetName}</td>
              <td>
                <span className={`chip chip-${r.type}`} aria-hidden="true" /> {t(`type.${r.type}`)}
              </td>
              <td className="num">{formatNumber(lang, r.before)}</td>
              <td className="num">{formatNumber(lang, r.after)}</td>
              <td className="num">
                {signed(r.change)}{' '}
                <span className={`status status-${r.status}`}>{t(`status.${r.status}` as MessageKey)}</span>
              </td>
              <td>
                <ProvenanceMark provenance={r.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
