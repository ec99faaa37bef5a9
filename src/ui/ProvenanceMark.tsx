import type { Provenance } from '../data/schema.ts';
import { useT } from './useT.ts';

/** The visible "illustrative" mark every generated record carries wherever it appears. */
export function ProvenanceMark({ provenance }: { provenance: Provenance }) {
  const t = useT();
  if (provenance === 'reported')
    return <span className="mark mark-reported">{t('provenance.reported')}</span>;
  return (
    <span className="mark mark-illustrative" title={t('provenance.illustrative.explain')}>
      {t('provenance.illustrative')}
    </span>
  );
}
