import { LANGS } from '../data/schema.ts';
import type { Manifest } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** Title, dataset version, language and theme: the slim bar over the map. */
export function TopBar({ manifest, versionId }: { manifest?: Manifest; versionId?: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const setVersion = useAppStore((s) => s.setVersion);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const view = useAppStore((s) => s.view);
  const vs = useAppStore((s) => s.vs);
  const setPresent = useAppStore((s) => s.setPresent);
  const setShareOpen = useAppStore((s) => s.setShareOpen);
  const setVs = useAppStore((s) => s.setVs);
  const setView = useAppStore((s) => s.setView);
  return (
    <header className="top-bar">
      <h1 className="app-title">{t('app.title')}</h1>
      <div className="top-bar-controls">
        {manifest && (
          <label>
            <span className="label-text">{t('version.label')}</span>
            <select value={versionId} onChange={(e) => setVersion(e.target.value)}>
              {manifest.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.id} · {v.title[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
        {manifest && manifest.versions.length > 1 && (
          <label>
            <span className="label-text">{t('compare.version')}</span>
            <select value={vs ?? ''} onChange={(e) => setVs(e.target.value || null)}>
              <option value="">{t('compare.none')}</option>
              {manifest.versions
                .filter((v) => v.id !== versionId)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.id}
                  </option>
                ))}
            </select>
          </label>
        )}
        <div role="group" aria-label={t('view.label')} className="lang-switch">
          {(['map', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t('lang.label')} className="lang-switch lang-group">
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => setPresent(true)}>
          {t('present.open')}
        </button>
        <button type="button" onClick={() => setShareOpen(true)}>
          {t('share.open')}
        </button>
        <button
          type="button"
          className="theme-toggle"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {t('theme.label')}: {t(theme === 'dark' ? 'theme.dark' : 'theme.light')}
        </button>
      </div>
    </header>
  );
}
