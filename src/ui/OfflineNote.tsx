import { useSyncExternalStore } from 'react';
import { useT } from './useT.ts';

const subscribe = (changed: () => void) => {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
};

/** One line while the browser is offline: what is shown comes from this device (src/ui/offlineCache.ts). */
export function OfflineNote() {
  const t = useT();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <p className="superseded superseded-compact" role="status" data-testid="offline-note">
      {t('offline.note')}
    </p>
  );
}
