import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/schema.ts';
import { PALETTES } from '../map/palette.ts';
import { shownProjection, useAppStore } from '../state/store.ts';
import { whenFirstViewIdle } from './afterFirstView.ts';
import { useScene } from '../state/useScene.ts';
import { useBasemap, useLand } from './dataHooks.ts';
import { setPagePalette } from './pagePalette.ts';
import { usePngText } from './usePngText.ts';

type ExportModule = typeof import('../map/exportPng.ts');

/**
 * What a printed page shows: the map with its legend, provenance, version and sources, drawn like the PNG
 * export (a WebGL canvas does not print reliably), in place of the page's controls and panels (the print
 * stylesheet hides those). The drawing code is fetched once the map is ready and the page idle, so
 * `beforeprint`, which cannot wait, finds it there.
 */
export function PrintView({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const holder = useRef<HTMLDivElement>(null);
  const drawing = useRef<ExportModule | null>(null);
  const scene = useScene(dataset, baseline);
  const text = usePngText(dataset, scene);
  const theme = useAppStore((s) => s.theme);
  const globe = useAppStore((s) => shownProjection(s) === 'globe');
  const land = useLand(useBasemap().data);
  const current = useRef({ scene, text, theme, globe, land: land.data ?? null });
  // Kept current after each render, for the print handler below (registered once).
  useEffect(() => {
    current.current = { scene, text, theme, globe, land: land.data ?? null };
  });
  // `beforeprint` cannot wait for a face: those the printed words need (the language's, the view's
  // publishers') load when the view or the language changes, once the drawing's code is in. Not in an
  // embed, where a phone would download a Chinese face for a page it is unlikely to print.
  const lang = useAppStore((s) => s.lang);
  const embed = useAppStore((s) => s.embed);
  useEffect(() => {
    if (!embed) void drawing.current?.viewFacesReady([current.current]);
  }, [scene, lang, embed]);

  useEffect(() => {
    // Once the map is drawn: on a slow link its 12 kB would otherwise share the link with MapLibre's code.
    const stopWaiting = whenFirstViewIdle(
      () =>
        void import('../map/exportPng.ts').then((m) => {
          drawing.current = m;
          if (!useAppStore.getState().embed) void m.viewFacesReady([current.current]);
        }),
    );
    const beforePrint = () => {
      // The words printed with the map (the view in words; the table view's table and citation) in ink.
      setPagePalette(PALETTES.light);
      const m = drawing.current;
      if (!m || !holder.current) return;
      const { scene, text, theme, globe, land } = current.current;
      // Printing is light on paper: the light palette, A4 landscape proportions.
      const canvas = document.createElement('canvas');
      m.drawView(canvas, 2000, 1414, scene, land, PALETTES[theme === 'dark' ? 'light' : theme], text, {
        globe,
      });
      // Made only for printing, so the page holds no image otherwise.
      const img = document.createElement('img');
      img.alt = '';
      img.src = canvas.toDataURL('image/png');
      img.dataset.drawn = 'true';
      holder.current.replaceChildren(img);
    };
    const afterPrint = () => {
      holder.current?.replaceChildren();
      setPagePalette(PALETTES[current.current.theme]);
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      stopWaiting();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);

  return <div className="print-view" aria-hidden="true" ref={holder} />;
}
