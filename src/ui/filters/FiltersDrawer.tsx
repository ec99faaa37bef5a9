import { useState } from 'react';
import { FLOW_TYPES, NODE_KINDS, type Dataset } from '../../data/schema.ts';
import { formatNumber } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { effectiveProvenance } from '../../state/url.ts';
import { useTypeTotals } from '../../state/useScene.ts';
import { useT } from '../useT.ts';
import { panelsStartOpen } from '../panelsStartOpen.ts';
import { CountryFilter } from './CountryFilter.tsx';
import { SearchBox } from './SearchBox.tsx';

const toggle = <T,>(list: readonly T[], item: T, order: readonly T[]) =>
  list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));

/** The left drawer: search, and filters that combine (types with counts, kinds, countries, minimum). */
export function FiltersDrawer({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const [open, setOpen] = useState(() => panelsStartOpen('filters'));
  const lang = useAppStore((s) => s.lang);
  const types = useAppStore((s) => s.types);
  const kinds = useAppStore((s) => s.kinds);
  const minValue = useAppStore((s) => s.minValue);
  const provenance = useAppStore(effectiveProvenance);
  const { setTypes, setKinds, setMinValue, setProvenance, resetFilters } = useAppStore.getState();
  // Counts per type follow every other filter but the type toggles themselves.
  const perType = useTypeTotals(dataset);

  if (!open) {
    return (
      <button
        type="button"
        className="drawer-open map-overlay"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {t('filters.open')}
      </button>
    );
  }
  return (
    <aside className="filters-drawer map-overlay" aria-label={t('filters.heading')}>
      <div className="drawer-head">
        <h2>{t('filters.heading')}</h2>
        <button type="button" aria-expanded onClick={() => setOpen(false)}>
          {t('filters.close')}
        </button>
      </div>
      <SearchBox dataset={dataset} />
      <fieldset>
        <legend>{t('filters.types')}</legend>
        {FLOW_TYPES.map((type, i) => (
          <label key={type} className="filter-toggle">
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={() => setTypes(toggle(types, type, FLOW_TYPES))}
            />
            <span className={`swatch swatch-${type}`} aria-hidden="true" /> {t(`type.${type}`)}{' '}
            <span className="count">{formatNumber(lang, perType[i]!)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {NODE_KINDS.map((kind) => (
          <label key={kind} className="filter-toggle">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={() => setKinds(toggle(kinds, kind, NODE_KINDS))}
            />
            <span className={`node-dot node-dot-${kind}`} aria-hidden="true" /> {t(`kind.${kind}.plural`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.provenance')}</legend>
        {(['all', 'reported'] as const).map((p) => (
          <label key={p} className="filter-toggle">
            <input
              type="radio"
              name="provenance"
              value={p}
              checked={provenance === p}
              onChange={() => setProvenance(p)}
            />{' '}
            {t(`filters.provenance.${p}`)}
          </label>
        ))}
      </fieldset>
      <CountryFilter dataset={dataset} />
      <label className="filter-field">
        {t('filters.min')}
        <input
          type="number"
          min={0}
          step={1}
          value={minValue}
          onChange={(e) => setMinValue(Math.max(0, Math.round(Number(e.target.value) || 0)))}
        />
      </label>
      <button type="button" onClick={resetFilters}>
        {t('filters.reset')}
      </button>
    </aside>
  );
}
