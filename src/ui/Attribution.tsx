import { useBasemap } from './dataHooks.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** The basemap's credit line, with the map approval number when the deployer configured one. */
export function Attribution({ inline = false }: { inline?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { data } = useBasemap();
  if (!data) return null;
  const { attribution, approvalNumber } = data.meta;
  return (
    // Inline in the embed's footer; elsewhere on its own at the map's bottom left.
    <p className={inline ? 'attribution-inline' : 'attribution map-overlay'}>
      {attribution[lang]}
      {approvalNumber && <> · {t('attribution.approval', { number: approvalNumber })}</>}
    </p>
  );
}
