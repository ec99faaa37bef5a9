import { useBasemap } from './dataHooks.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** The basemap's credit line, with the map approval number when the deployer configured one. */
export function Attribution() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { data } = useBasemap();
  if (!data) return null;
  const { attribution, approvalNumber } = data.meta;
  return (
    <p className="attribution">
      {attribution[lang]}
      {approvalNumber && <> · {t('attribution.approval', { number: approvalNumber })}</>}
    </p>
  );
}
