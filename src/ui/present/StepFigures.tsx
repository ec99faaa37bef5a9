import type { Dataset } from '../../data/schema.ts';
import { formatFigure, formatPartialDate } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { effectiveProvenance } from '../../state/url.ts';
import { ProvenanceMark } from '../ProvenanceMark.tsx';
import { useT } from '../useT.ts';
import { shortCitation } from './shortCitation.ts';

/**
 * The headline figures a story step states, large on the wall, each with its date and source. A room
 * showing reported records only shows reported figures only; any other figure carries its mark.
 */
export function StepFigures({ dataset, ids }: { dataset: Dataset; ids: readonly string[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const reportedOnly = useAppStore(effectiveProvenance) === 'reported';
  const figures = ids
    .flatMap((id) => dataset.figures.filter((f) => f.id === id))
    .filter((f) => !reportedOnly || f.provenance === 'reported');
  if (!figures.length) return null;
  return (
    <dl className="step-figures" aria-label={t('present.figures')}>
      {figures.map((f) => (
        <div key={f.id} className="step-figure" data-figure={f.id}>
          <dt>{f.label[lang]}</dt>
          <dd className="step-figure-value">{formatFigure(t, lang, f)}</dd>
          <dd className="step-figure-source">
            {t('figures.asOf', { date: formatPartialDate(lang, f.asOf) })} ·{' '}
            {t('present.sourceLine', { source: shortCitation(t, dataset, f.sources) })}
            {f.provenance !== 'reported' && (
              <>
                {' '}
                <ProvenanceMark provenance={f.provenance} />
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
