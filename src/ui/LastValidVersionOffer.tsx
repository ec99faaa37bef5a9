import { useEffect, useState } from 'react';
import type { Manifest } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { useLastValidVersion } from './useLastValidVersion.ts';
import { useT } from './useT.ts';

interface Props {
  manifest: Manifest;
  failedVersion: string | undefined;
  /** Where nobody can click (a presentation, a lobby kiosk): open the version found after this many seconds. */
  autoOpenSeconds?: number;
}

/** Under an error: the newest other version that passes validation, one click (or a countdown) away. */
export function LastValidVersionOffer({ manifest, failedVersion, autoOpenSeconds }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setVersion = useAppStore((s) => s.setVersion);
  const openFallback = useAppStore((s) => s.openFallback);
  const last = useLastValidVersion(manifest, failedVersion);
  const found = last.state === 'found' ? last.version : undefined;
  const [left, setLeft] = useState(autoOpenSeconds);

  useEffect(() => {
    if (!found || autoOpenSeconds === undefined) return;
    let remaining = autoOpenSeconds;
    setLeft(remaining);
    const timer = setInterval(() => {
      remaining -= 1;
      setLeft(remaining);
      if (remaining <= 0) {
        clearInterval(timer);
        // Remembered as a fallback, so the screen returns to what its URL asks for once that validates.
        openFallback(found.id);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [found, autoOpenSeconds, openFallback]);

  return (
    <section className="error-fallback" aria-labelledby="error-fallback-title">
      <h3 id="error-fallback-title">{t('error.fallback')}</h3>
      {last.state === 'checking' && <p>{t('error.checkingVersions')}</p>}
      {last.state === 'none' && <p>{t('error.noFallback')}</p>}
      {found && (
        <p>
          <button type="button" onClick={() => setVersion(found.id)}>
            {t('error.openVersion', { version: found.id, title: found.title[lang] })}
          </button>
          {autoOpenSeconds !== undefined && left !== undefined && left > 0 && (
            // A tick every second is not worth announcing; the button says what will open.
            <span aria-hidden="true"> {t('error.autoOpen', { seconds: left })}</span>
          )}
        </p>
      )}
    </section>
  );
}
