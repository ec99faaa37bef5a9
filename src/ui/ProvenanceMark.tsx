import type { EdgeProvenance } from '../domain/aggregate.ts';
import { useT } from './useT.ts';

/** The visible mark every record, edge and node carries wherever it appears: reported, illustrative or mixed. */
export function ProvenanceMark({ provenance }: { provenance: EdgeProvenance }) {
  const t = useT();
  if (provenance === 'reported')
    return <span className="mark mark-reported">{t('provenance.reported')}</span>;
  if (provenance === 'mixed') return <span className="mark mark-mixed">{t('provenance.mixed')}</span>;
  return (
    <span className="mark mark-illustrative" title={t('provenance.illustrative.explain')}>
      {t('provenance.illustrative')}
    </span>
  );
}
