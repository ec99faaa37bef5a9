import { nodeName } from '../../i18n/nodeLabel.ts';
import { useId, useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { search } from '../../domain/search.ts';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../useT.ts';

/** Finds nodes and partner organisations by name in any of the three languages; a result selects its node. */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const query = useAppStore((s) => s.search);
  const { setSearch, select } = useAppStore.getState();
  const hits = useMemo(() => search(dataset, query), [dataset, query]);
  const names = new Map(dataset.nodes.map((n) => [n.id, nodeName(n, lang)]));
  return (
    <div className="search">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        onChange={(e) => setSearch(e.target.value)}
      />
      {query.trim() && (
        <ul className="search-results" aria-live="polite">
          {hits.length === 0 && <li>{t('search.none')}</li>}
          {hits.map((h) => (
            <li key={`${h.nodeId}|${h.partner ?? ''}`}>
              <button type="button" onClick={() => select(h.nodeId)}>
                {names.get(h.nodeId)}
                {h.partner && <small> · {t('search.via', { partner: h.partner })}</small>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
