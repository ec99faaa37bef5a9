import type { Dataset } from '../../data/schema.ts';
import { formatNumber } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { useCountryTotals } from '../../state/useScene.ts';
import { useT } from '../useT.ts';

/**
 * Countries as checkboxes with the flow value each would show, the chosen ones repeated as chips at the
 * top (each removable) and a "clear" that shows all again: the filter's state is visible at a glance.
 */
export function CountryFilter({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.countries);
  const setCountries = useAppStore((s) => s.setCountries);
  const totals = useCountryTotals(dataset);
  const all = [...new Set(dataset.nodes.map((n) => n.country))].sort();
  const names = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : lang], { type: 'region' });
  const name = (c: string) => names.of(c) ?? c;
  const toggle = (c: string) =>
    setCountries(countries.includes(c) ? countries.filter((x) => x !== c) : [...countries, c].sort());
  return (
    <fieldset className="country-filter">
      <legend>{t('filters.countries')}</legend>
      <div className="country-chips" aria-live="polite">
        {countries.length === 0 ? (
          <span className="muted">{t('filters.countriesAll')}</span>
        ) : (
          <>
            {countries.map((c) => (
              <button
                key={c}
                type="button"
                className="country-chip"
                aria-label={t('filters.countryRemove', { country: name(c) })}
                onClick={() => toggle(c)}
              >
                {name(c)} ×
              </button>
            ))}
            <button type="button" className="country-clear" onClick={() => setCountries([])}>
              {t('filters.countriesClear')}
            </button>
          </>
        )}
      </div>
      <div className="country-options">
        {all.map((c) => (
          <label key={c} className="filter-toggle">
            <input type="checkbox" checked={countries.includes(c)} onChange={() => toggle(c)} />
            {name(c)} <span className="muted">({c})</span>{' '}
            <span className="count">{formatNumber(lang, totals.get(c) ?? 0)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
