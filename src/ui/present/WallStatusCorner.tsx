import type { Dataset } from '../../data/schema.ts';
import { formatClock } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { useManifest } from '../dataHooks.ts';
import { useT } from '../useT.ts';
import { useWallStatus } from './wallStatus.ts';

/** The wall's status, small and out of the way: data version, last check of the server, offline. */
export function WallStatusCorner({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const status = useWallStatus();
  const manifest = useManifest();
  const checkedAt = status.checkedAt ?? (manifest.dataUpdatedAt || null);
  const version = dataset.version.id;
  return (
    <p className="wall-status" data-testid="wall-status">
      <span>{t('wall.version', { version })}</span>
      {checkedAt !== null && <span>{t('wall.checked', { time: formatClock(lang, checkedAt) })}</span>}
      {status.offline && <span className="wall-offline">{t('wall.offline')}</span>}
      {status.updatedTo === version && <span className="wall-updated">{t('wall.updated')}</span>}
    </p>
  );
}
