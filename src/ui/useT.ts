import { useMemo } from 'react';
import { translator } from '../i18n/index.ts';
import { useAppStore } from '../state/store.ts';

/** The translate function for the active language. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
