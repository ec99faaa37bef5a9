import { useRef, useState } from 'react';
import { LANGS, type Lang } from '../data/schema.ts';
import type { Manifest } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { LANGUAGE_LABEL } from '../i18n/languageLabel.ts';
import { useT } from './useT.ts';
import { MoreToggle } from './MoreToggle.tsx';
import { useFoldWhenCrowded } from './useFoldWhenCrowded.ts';

/** Title, language, dataset version, comparison, view, presentation, sharing and theme: one row over the map. */
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
  // Where they do not fit beside the title (a phone, a tablet in Russian), the controls beyond the language
  // fold behind "More", so no bar is wider than the screen.
  const [moreOpen, setMoreOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  useFoldWhenCrowded(bar);
  return (
    <header className="top-bar" ref={bar}>
      <h1 className="app-title" title={t('app.title')}>
        {t('app.title')}
      </h1>
      <div className="top-bar-controls" data-expanded={moreOpen}>
        <label className="lang-group">
          <span className="visually-hidden">{LANGUAGE_LABEL}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <MoreToggle controls="top-bar-more" open={moreOpen} onToggle={setMoreOpen}>
          {t('topbar.more')}
        </MoreToggle>
        <div className="top-bar-more" id="top-bar-more">
          {manifest && (
            <label>
              <span className="label-text" id="version-label">
                {t('version.label')}
              </span>
              {/* Named by the word alone, not also by the option shown inside the label. */}
              <select
                aria-labelledby="version-label"
                className="version-select"
                value={versionId}
                onChange={(e) => setVersion(e.target.value)}
              >
                {manifest.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.id} · {v.title[lang]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {manifest && manifest.versions.length > 1 && (
            <select
              aria-label={t('compare.version')}
              className="compare-select"
              value={vs ?? ''}
              onChange={(e) => setVs(e.target.value || null)}
            >
              <option value="">{t('compare.version')}…</option>
              {manifest.versions
                .filter((v) => v.id !== versionId)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('compare.versionOption', { version: v.id })}
                  </option>
                ))}
            </select>
          )}
          <div role="group" aria-label={t('view.label')} className="lang-switch">
            {(['map', 'table'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                {t(`view.${v}`)}
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
            aria-label={`${t('theme.label')}: ${t(theme === 'dark' ? 'theme.dark' : 'theme.light')}`}
            title={`${t('theme.label')}: ${t(theme === 'dark' ? 'theme.dark' : 'theme.light')}`}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
          </button>
        </div>
      </div>
    </header>
  );
}
