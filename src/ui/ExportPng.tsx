import { useState } from 'react';
import { useBasemap, useLand } from './dataHooks.ts';
import type { Dataset } from '../data/schema.ts';
import { EXPORT_SIZES } from '../map/exportSizes.ts';
import { PALETTES } from '../map/palette.ts';
import type { Scene } from '../state/scene.ts';
import { boldFacesReady } from '../map/appFonts.ts';
import { shownProjection, useAppStore } from '../state/store.ts';
import { usePngText } from './usePngText.ts';
import { useViewSummary } from './useViewSummary.ts';
import { useT } from './useT.ts';

/** "Download PNG": the current view for slides, at a chosen size up to 3840×2160. */
export function ExportPng({ dataset, scene }: { dataset: Dataset; scene: Scene }) {
  const t = useT();
  const [size, setSize] = useState(1);
  const theme = useAppStore((s) => s.theme);
  const projection = useAppStore(shownProjection);
  const basemap = useBasemap();
  const land = useLand(basemap.data);
  const text = usePngText(dataset, scene);
  const summary = useViewSummary(scene);

  const exportNow = async () => {
    const [width, height] = EXPORT_SIZES[size]!;
    // The drawing code (and d3-geo) loads only when someone exports.
    // A canvas does not wait for a face: the title's bold one is loaded first.
    const [{ canvasToPng, drawView, viewFacesReady }, { withPngText }] = await Promise.all([
      import('../map/exportPng.ts'),
      import('../map/pngMetadata.ts'),
      boldFacesReady(useAppStore.getState().lang),
    ]);
    // And every face its words need (a Chinese publisher on an English page), before they are measured.
    await viewFacesReady([{ text, scene }]);
    const canvas = document.createElement('canvas');
    drawView(canvas, width, height, scene, land.data ?? null, PALETTES[theme], text, {
      globe: projection === 'globe',
    });
    // The view in words goes into the file's own description, for viewers, archives and search engines.
    const png = new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
    const url = URL.createObjectURL(
      new Blob([withPngText(png, 'Description', summary)], { type: 'image/png' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `sco-network-${dataset.version.id}-${width}x${height}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="export-png">
      <label>
        <span className="label-text">{t('export.size')}</span>
        <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {EXPORT_SIZES.map(([w, h], i) => (
            <option key={w} value={i}>
              {w}×{h}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void exportNow()} disabled={land.isPending && !basemap.isError}>
        {t('export.png')}
      </button>
    </div>
  );
}
