/**
 * The map on the page: it wires the reader's choices to the renderers in src/map, which are driven and
 * write nothing back themselves. It picks a renderer once (WebGL through MapLibre, else SVG), creates it
 * once, and hands it each new scene; it never re-creates the map when the view changes.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useBasemap, useBorders, useLand } from './dataHooks.ts';
import { EdgeTooltip } from './EdgeTooltip.tsx';
import { FirstPicture } from './FirstPicture.tsx';
import { fitPadding, overlayBoxes, watchOverlays } from './mapOverlays.ts';
import type { Dataset } from '../data/schema.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { edgeIdOf } from '../domain/edgeId.ts';
import { nodeBounds } from '../domain/nodePoints.ts';
import { shownProjection, useAppStore } from '../state/store.ts';
import { useScene } from '../state/useScene.ts';
import { usePrefersReducedMotion } from './reducedMotion.ts';
import { useT } from './useT.ts';
import { useWallScale } from './useWallScale.ts';
import { appFontsReady } from '../map/appFonts.ts';
import type { NetworkMap } from '../map/NetworkMap.ts';
import { PALETTES } from '../map/palette.ts';
import { setReady } from '../map/readySignal.ts';
import { webgl2MayWork } from '../map/webgl.ts';

type Renderer = 'starting' | 'webgl' | 'svg';

// Only browsers without WebGL download the SVG renderer (and d3-geo).
const SvgMap = lazy(() => import('../map/SvgMap.tsx').then((m) => ({ default: m.SvgMap })));

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
  const scale = useWallScale();
  const basemap = useBasemap();
  const land = useLand(basemap.data);
  // The land as the renderers take it: the object, null when there is none to be had, undefined until known.
  const landData = land.data ?? (basemap.isError || land.isError ? null : undefined);
  const borders = useBorders(basemap.data, renderer === 'svg' && showBorders);
  const bounds = useMemo(() => nodeBounds(networkIndex(dataset)), [dataset]);
  const at = useAppStore((s) => s.at);
  const [initialCamera] = useState(() => useAppStore.getState().at);
  /** An arc's edge id from the node indices it carries, in the version currently shown. */
  const edgeKey = (source: number, target: number, type: number) => {
    const index = networkIndex(dataRef.current);
    return edgeIdOf(index.nodes[source]!.id, index.nodes[target]!.id, type);
  };

  // Create the renderer once, when the land has arrived (or is known to be missing). Its code was asked
  // for at start-up (src/ui/boot.ts), so it is usually here by then.
  useEffect(() => {
    if (landData === undefined || renderer !== 'starting') return;
    if (!webgl2MayWork()) {
      setRenderer('svg');
      return;
    }
    let cancelled = false;
    void (async () => {
      // Not waiting for the fonts: the map sets up its WebGL context, programs and tiles meanwhile. Its only
      // text is the nodes' labels, and the scene that carries them waits for the fonts (the effect below).
      try {
        const { NetworkMap } = await import('../map/NetworkMap.ts');
        if (cancelled || !container.current) return;
        const state = useAppStore.getState();
        mapRef.current = new NetworkMap({
          container: container.current,
          palette: PALETTES[state.theme],
          basemap: basemap.data
            ? { land: landData ?? basemap.data.landUrl, bordersUrl: basemap.data.bordersUrl }
            : null,
          showBorders: state.showBorders,
          camera: state.at,
          bounds,
          padding: () =>
            container.current ? fitPadding(container.current) : { top: 0, bottom: 0, left: 0, right: 0 },
          motion: !reducedMotion,
          scale,
          projection: shownProjection(state),
          onHover: (id) => useAppStore.getState().hover(id),
          onSelect: (id) => useAppStore.getState().select(id),
          onSelectArc: (source, target, type) =>
            useAppStore.getState().selectEdge(edgeKey(source, target, type)),
          onHoverArc: (arc) =>
            useAppStore
              .getState()
              .hoverEdge(arc ? { id: edgeKey(arc.source, arc.target, arc.type), x: arc.x, y: arc.y } : null),
          onCameraChange: (at) => useAppStore.getState().setCamera(at),
          onReady: () => setReady(true),
          labelObstacles: () => (container.current ? overlayBoxes(container.current) : []),
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
        // No WebGL2 context to be had (MapLibre throws): what it left in the container goes, SVG takes over.
        container.current?.replaceChildren();
        container.current?.classList.remove('maplibregl-map');
        if (!cancelled) setRenderer('svg');
      }
    })();
    return () => {
      cancelled = true;
    };
    // The map is created once; later changes reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landData !== undefined]);

  useEffect(
    () => () => {
      mapRef.current?.destroy();
      mapRef.current = null;
    },
    [],
  );

  // Labels in a new language wait for that language's faces: MapLibre keeps the glyphs it first drew.
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    const map = mapRef.current;
    if (renderer !== 'webgl' || !map) return;
    let current = true;
    void appFontsReady(lang).then(() => {
      if (!current) return;
      map.setScene(scene);
      if (map.pending) setReady(false);
    });
    return () => {
      current = false;
    };
  }, [renderer, scene, lang]);

  // A camera set by a story step or the URL (not by the reader dragging the map) eases the map there.
  useEffect(() => {
    if (renderer === 'webgl' && at) mapRef.current?.flyTo(at);
  }, [renderer, at]);

  // Panels opening, closing or resizing refit the network between them and move labels out from under them.
  useEffect(() => {
    const app = container.current?.closest('.app');
    if (renderer !== 'webgl' || !app) return;
    return watchOverlays(app, () => mapRef.current?.relayout());
  }, [renderer]);

  useEffect(() => mapRef.current?.setPalette(PALETTES[theme]), [renderer, theme]);
  useEffect(() => mapRef.current?.setShowBorders(showBorders), [renderer, showBorders]);
  useEffect(() => mapRef.current?.setMotion(!reducedMotion), [renderer, reducedMotion]);
  useEffect(() => mapRef.current?.setScale(scale), [renderer, scale]);
  const projection = useAppStore(shownProjection);
  useEffect(() => mapRef.current?.setProjection(projection), [renderer, projection]);

  return (
    <div className="map-area">
      <div ref={container} className="map-canvas" data-renderer={renderer} aria-hidden={renderer === 'svg'} />
      <FirstPicture
        scene={scene}
        land={landData}
        palette={PALETTES[theme]}
        camera={initialCamera}
        bounds={bounds}
        padding={fitPadding}
        scale={scale}
        flat={projection === 'mercator'}
      />
      <EdgeTooltip scene={scene} />
      {renderer === 'svg' && (
        <>
          <Suspense fallback={null}>
            <SvgMap
              scene={scene}
              geometry={landData}
              borders={borders.data}
              showBorders={showBorders}
              palette={PALETTES[theme]}
              globe={projection === 'globe'}
              motion={!reducedMotion}
              onHover={(id) => useAppStore.getState().hover(id)}
              onSelect={(id) => useAppStore.getState().select(id)}
              onHoverArc={(arc) =>
                useAppStore
                  .getState()
                  .hoverEdge(
                    arc ? { id: edgeKey(arc.source, arc.target, arc.type), x: arc.x, y: arc.y } : null,
                  )
              }
              onSelectArc={(source, target, type) =>
                useAppStore.getState().selectEdge(edgeKey(source, target, type))
              }
            />
          </Suspense>
          <p className="renderer-note map-overlay" role="note">
            {t('map.svgFallback')}
          </p>
        </>
      )}
    </div>
  );
}
