/**
 * The map on the page: it wires the reader's choices to the renderers in src/map, which are driven and
 * write nothing back themselves. It picks a renderer once (WebGL through MapLibre, else SVG), creates it
 * once, and hands it each new scene; it never re-creates the map when the view changes.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useBasemap, useBasemapGeometry } from './dataHooks.ts';
import type { Dataset } from '../data/schema.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { edgeIdOf } from '../domain/edgeId.ts';
import { nodeBounds } from '../domain/nodePoints.ts';
import { useAppStore } from '../state/store.ts';
import { useScene } from '../state/useScene.ts';
import { usePrefersReducedMotion } from './reducedMotion.ts';
import { useT } from './useT.ts';
import { appFontsReady } from '../map/appFonts.ts';
import type { NetworkMap } from '../map/NetworkMap.ts';
import { PALETTES } from '../map/palette.ts';
import { setReady } from '../map/readySignal.ts';
import { webgl2Available } from '../map/webgl.ts';

type Renderer = 'starting' | 'webgl' | 'svg';

// Only browsers without WebGL download the SVG renderer (and d3-geo).
const SvgMap = lazy(() => import('../map/SvgMap.tsx').then((m) => ({ default: m.SvgMap })));

/**
 * Keep the network clear of the filters and side panels: between them on wide screens; on narrow ones,
 * where both start closed, clear of the filters button above and the panel button below.
 */
function fitPadding(el: HTMLElement) {
  const { clientWidth: w } = el;
  if (w > 720) return { top: 48, bottom: 48, left: Math.min(310, w * 0.25), right: Math.min(400, w * 0.3) };
  return { top: 64, left: 24, right: 24, bottom: 72 };
}

export function MapView({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<NetworkMap | null>(null);
  const [renderer, setRenderer] = useState<Renderer>('starting');
  const scene = useScene(dataset, baseline);
  // The map is created once; its click handler reads the current version through this ref.
  const dataRef = useRef(dataset);
  useEffect(() => {
    dataRef.current = dataset;
  }, [dataset]);
  const theme = useAppStore((s) => s.theme);
  const showBorders = useAppStore((s) => s.showBorders);
  const reducedMotion = usePrefersReducedMotion();
  const basemap = useBasemap();
  const basemapSettled = basemap.isSuccess || basemap.isError;
  const svgGeometry = useBasemapGeometry(basemap.data, renderer === 'svg');

  // Create the renderer once, when the basemap description has arrived (or failed).
  useEffect(() => {
    if (!basemapSettled || renderer !== 'starting') return;
    if (!webgl2Available()) {
      setRenderer('svg');
      return;
    }
    let cancelled = false;
    void (async () => {
      await appFontsReady();
      try {
        const { NetworkMap } = await import('../map/NetworkMap.ts');
        if (cancelled || !container.current) return;
        const state = useAppStore.getState();
        mapRef.current = new NetworkMap({
          container: container.current,
          palette: PALETTES[state.theme],
          basemap: basemap.data ? { land: basemap.data.landUrl, borders: basemap.data.bordersUrl } : null,
          showBorders: state.showBorders,
          camera: state.at,
          bounds: nodeBounds(networkIndex(dataset)),
          padding: fitPadding(container.current),
          motion: !reducedMotion,
          onHover: (id) => useAppStore.getState().hover(id),
          onSelect: (id) => useAppStore.getState().select(id),
          onSelectArc: (source, target, type) => {
            const index = networkIndex(dataRef.current);
            const key = edgeIdOf(index.nodes[source]!.id, index.nodes[target]!.id, type);
            useAppStore.getState().selectEdge(key);
          },
          onCameraChange: (at) => useAppStore.getState().setCamera(at),
          onReady: () => setReady(true),
          onFatal: () => {
            mapRef.current?.destroy();
            mapRef.current = null;
            // Not ready again until the SVG renderer has drawn the view.
            setReady(false);
            setRenderer('svg');
          },
        });
        setRenderer('webgl');
      } catch {
        if (!cancelled) setRenderer('svg');
      }
    })();
    return () => {
      cancelled = true;
    };
    // The map is created once; later changes reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basemapSettled]);

  useEffect(
    () => () => {
      mapRef.current?.destroy();
      mapRef.current = null;
    },
    [],
  );

  useEffect(() => {
    const map = mapRef.current;
    if (renderer !== 'webgl' || !map) return;
    map.setScene(scene);
    if (map.pending) setReady(false);
  }, [renderer, scene]);

  // A camera set by a story step or the URL (not by the reader dragging the map) eases the map there.
  const at = useAppStore((s) => s.at);
  useEffect(() => {
    if (renderer === 'webgl' && at) mapRef.current?.flyTo(at);
  }, [renderer, at]);

  useEffect(() => mapRef.current?.setPalette(PALETTES[theme]), [renderer, theme]);
  useEffect(() => mapRef.current?.setShowBorders(showBorders), [renderer, showBorders]);
  useEffect(() => mapRef.current?.setMotion(!reducedMotion), [renderer, reducedMotion]);

  return (
    <div className="map-area">
      <div ref={container} className="map-canvas" data-renderer={renderer} aria-hidden={renderer === 'svg'} />
      {renderer === 'svg' && (
        <>
          <Suspense fallback={null}>
            <SvgMap
              scene={scene}
              geometry={svgGeometry.data ?? (svgGeometry.isError || basemap.isError ? null : undefined)}
              showBorders={showBorders}
              palette={PALETTES[theme]}
              motion={!reducedMotion}
              onHover={(id) => useAppStore.getState().hover(id)}
              onSelect={(id) => useAppStore.getState().select(id)}
            />
          </Suspense>
          <p className="renderer-note" role="note">
            {t('map.svgFallback')}
          </p>
        </>
      )}
    </div>
  );
}
