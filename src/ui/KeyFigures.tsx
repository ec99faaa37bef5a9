import type { Dataset } from '../data/schema.ts';
import { formatFigure, formatPartialDate } from '../i18n/index.ts';
import { useAppStore } from '../state/store.ts';
import { SourceCitation } from './SourceCitation.tsx';
import { useT } from './useT.ts';

/** The report's headline figures, each with its citation within reach. */
export function KeyFigures({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return (
    <section className="key-figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figures.heading')}</h2>
      <dl>
        {dataset.figures.map((f) => (
          <div key={f.id} className="figure" data-figure={f.id}>
            <dt>{f.label[lang]}</dt>
            <dd>
              <span className="figure-value">{formatFigure(t, lang, f)}</span>
              <span className="figure-as-of">
                {t('figures.asOf', { date: formatPartialDate(lang, f.asOf) })}
              </span>
              {f.note && <span className="figure-note">{f.note[lang]}</span>}
              {f.sources.map((id) => {
                const source = sources.get(id);
                return source ? <SourceCitation key={id} source={source} /> : null;
              })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
