/**
 * The map without WebGL: the same basemap, nodes, flows and labels as SVG through d3-geo. It draws the
 * arcs from the same packed geometry as the WebGL layer: Mercator world coordinates map linearly onto
 * the d3 Mercator projection, so a quadratic Bézier stays the same curve.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBasemapGeometry, type Basemap } from '../data/basemapQuery.ts';
import { ARC, ARC_STRIDE } from '../domain/arcs.ts';
import { placeLabels } from '../domain/labelPlacement.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import type { Scene } from './NetworkMap.ts';
import type { Palette } from './palette.ts';
import { setReady } from './readySignal.ts';

interface Props {
  scene: Scene;
  basemap: Basemap | undefined;
  palette: Palette;
  motion: boolean;
}

function useSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

export function SvgMap({ scene, basemap, palette, motion }: Props) {
  const wrapper = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapper);
  const showBorders = useAppStore((s) => s.showBorders);
  const geometry = useBasemapGeometry(basemap, true);
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);

  const projection = useMemo(() => {
    const points = scene.nodes.map((n) => [n.lon, n.lat] as [number, number]);
    const box = {
      type: 'MultiPoint' as const,
      coordinates: points.length
        ? points
        : [
            [20, 20],
            [130, 55],
          ],
    };
    return geoMercator().fitExtent(
      [
        [60, 60],
        [Math.max(120, width - 60), Math.max(120, height - 60)],
      ],
      box,
    );
  }, [scene.nodes, width, height]);

  const path = useMemo(() => geoPath(projection), [projection]);
  // Mercator world (0..1) → pixels on this projection: the same linear map for x and y.
  const k = projection.scale() * 2 * Math.PI;
  const [tx, ty] = projection.translate();
  const px = (x: number) => tx + k * (x - 0.5);
  const py = (y: number) => ty + k * (y - 0.5);

  const arcs = useMemo(() => {
    const d = scene.arcs.data;
    return Array.from({ length: scene.arcs.count }, (_, i) => {
      const o = i * ARC_STRIDE;
      const s = d[o + ARC.source]!;
      const t = d[o + ARC.target]!;
      return {
        key: `${s}-${t}-${d[o + ARC.type]}`,
        d: `M${px(d[o + ARC.x0]!)},${py(d[o + ARC.y0]!)} Q${px(d[o + ARC.cx]!)},${py(d[o + ARC.cy]!)} ${px(d[o + ARC.x1]!)},${py(d[o + ARC.y1]!)}`,
        type: FLOW_TYPES[d[o + ARC.type]!]!,
        width: d[o + ARC.width]!,
        dimmed: scene.highlight !== null && s !== scene.highlight && t !== scene.highlight,
        // Same emphasis as the WebGL layer: shrank or gone at half strength, unchanged faint.
        emphasis: d[o + ARC.emphasis]! > 2.5 ? 0.22 : d[o + ARC.emphasis]! > 1.5 ? 0.5 : 1,
      };
    });
    // px/py are derived from the projection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene.arcs, scene.highlight, projection]);

  const labels = useMemo(() => {
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    const placed = placeLabels(
      scene.nodes.map((n) => {
        const [x, y] = projection([n.lon, n.lat])!;
        const size = n.kind === 'center' ? 16 : 12;
        return {
          id: n.id,
          x,
          y,
          radius: n.radius,
          width: n.label.length * size * 0.62,
          height: size * 1.2,
          priority: n.labelPriority,
          required: n.kind === 'center',
        };
      }),
    );
    return placed.map((p) => ({ ...p, node: byId.get(p.id)! }));
  }, [scene.nodes, projection]);

  const drawn = width > 0 && (geometry.isSuccess || geometry.isError);
  useEffect(() => {
    if (!drawn) return;
    // The SVG is in the DOM once React commits; signal after the browser has painted it.
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn, scene]);

  return (
    <div ref={wrapper} className="svg-map">
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label="map"
          data-testid="svg-map"
          style={{ background: palette.water }}
        >
          <defs>
            {FLOW_TYPES.map((type) => (
              <marker
                key={type}
                id={`arrow-${type}`}
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth="4"
                markerHeight="4"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill={palette.flow[type]} />
              </marker>
            ))}
          </defs>
          {geometry.data && (
            <g className="basemap">
              <path
                d={path(geometry.data.land) ?? ''}
                fill={palette.land}
                stroke={palette.coast}
                strokeWidth={1.2}
                paintOrder="stroke"
              />
              {showBorders && (
                <path
                  d={path(geometry.data.borders) ?? ''}
                  fill="none"
                  stroke={palette.borderLine}
                  strokeWidth={0.5}
                  strokeDasharray="2 1.5"
                />
              )}
            </g>
          )}
          <g className="arcs" fill="none">
            {arcs.map((a) => (
              <path
                key={a.key}
                d={a.d}
                stroke={palette.flow[a.type]}
                strokeWidth={a.width}
                strokeOpacity={(a.dimmed ? 0.12 : 0.8) * a.emphasis}
                strokeLinecap="round"
                markerEnd={`url(#arrow-${a.type})`}
                className={motion ? 'arc-moving' : undefined}
              />
            ))}
          </g>
          <g className="nodes">
            {scene.nodes.map((n) => {
              const [x, y] = projection([n.lon, n.lat])!;
              const dimmed = scene.highlight !== null && !scene.connected.has(n.index);
              return (
                <circle
                  key={n.id}
                  data-node={n.id}
                  cx={x}
                  cy={y}
                  r={n.radius}
                  fill={n.kind === 'hub' ? palette.water : palette.node[n.kind]}
                  stroke={
                    n.kind === 'hub' ? palette.node.hub : n.kind === 'center' ? palette.text : palette.water
                  }
                  strokeWidth={n.kind === 'hub' ? 3 : n.kind === 'center' ? 2 : 1}
                  opacity={dimmed ? 0.25 : 1}
                  onMouseEnter={() => hover(n.id)}
                  onMouseLeave={() => hover(null)}
                  onClick={() => select(n.id)}
                />
              );
            })}
          </g>
          <g
            className="labels"
            paintOrder="stroke"
            stroke={palette.textHalo}
            strokeWidth={3}
            strokeLinejoin="round"
          >
            {labels.map((l) => (
              <text
                key={l.id}
                x={l.x}
                y={l.y}
                textAnchor={l.anchor}
                fill={l.node.kind === 'center' ? palette.node.center : palette.text}
                fontSize={l.node.kind === 'center' ? 16 : 12}
                fontWeight={l.node.kind === 'center' ? 700 : 400}
              >
                {l.node.label}
              </text>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}
