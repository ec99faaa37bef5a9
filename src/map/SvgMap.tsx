/**
 * The map without WebGL: the same basemap, nodes, event marks, flows and labels as SVG through d3-geo,
 * from the same packed geometry as the WebGL layer (src/map/flatProjection.ts) and the same look
 * (src/map/look.ts).
 */
import { arcDimmed } from '../domain/highlight.ts';
import { geoPath } from 'd3-geo';
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { ARC, ARC_STRIDE, PROVENANCE_OF_CODE } from '../domain/arcs.ts';
import { placeLabels } from '../domain/labelPlacement.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { fitFlatProjection } from './flatProjection.ts';
import { fitGlobeProjection } from './globeProjection.ts';
import {
  ARC_LOOK,
  arcAlpha,
  arcColor,
  changeMarkLook,
  CHANGE_MARK_LOOK,
  dashArray,
  emphasisLook,
  EVENT_LOOK,
  eventRings,
  LABEL_LOOK,
  NODE_LOOK,
  nodeLook,
} from './look.ts';
import type { MapScene } from '../state/scene.ts';
import type { Palette } from './palette.ts';
import { setReady } from './readySignal.ts';

interface Props {
  scene: MapScene;
  /** The land once loaded; null when it failed (the network still shows), undefined while loading. */
  geometry: FeatureCollection | null | undefined;
  /** National borders, once the reader turned them on and they arrived. */
  borders: FeatureCollection | undefined;
  showBorders: boolean;
  palette: Palette;
  /** Drawn on an orthographic globe (URL `projection=globe`), as the WebGL map shows it. */
  globe?: boolean;
  motion: boolean;
  /** The map is driven: what the reader points at and clicks goes back through these. */
  onHover: (nodeId: string | null) => void;
  onSelect: (nodeId: string | null) => void;
  /** An arc under the pointer (its ends, type and the pointer in CSS pixels of the map), or none. */
  onHoverArc?: (arc: { source: number; target: number; type: number; x: number; y: number } | null) => void;
  onSelectArc?: (source: number, target: number, type: number) => void;
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

export function SvgMap(props: Props) {
  const { scene, geometry } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapper);
  const drawn = width > 0 && geometry !== undefined;
  useEffect(() => {
    if (!drawn) return;
    // The SVG is in the DOM once React commits; signal after the browser has painted it.
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn, scene]);
  return (
    <div ref={wrapper} className="svg-map">
      {width > 0 && <SvgScene {...props} width={width} height={height} />}
    </div>
  );
}

/** The picture itself, for a given size: a pure function of its props (tests render it to a string). */
export function SvgScene({
  scene,
  geometry,
  borders,
  showBorders,
  palette,
  motion,
  onHover,
  onSelect,
  onHoverArc,
  onSelectArc,
  width,
  height,
  globe: onGlobe = false,
}: Props & { width: number; height: number }) {
  const { flat, globe } = useMemo(() => {
    const extent: [[number, number], [number, number]] = [
      [60, 60],
      [Math.max(120, width - 60), Math.max(120, height - 60)],
    ];
    return {
      flat: fitFlatProjection(scene.nodes, extent),
      globe: onGlobe ? fitGlobeProjection(scene.nodes, extent) : null,
    };
  }, [scene.nodes, width, height, onGlobe]);
  const path = useMemo(() => geoPath(globe?.projection ?? flat.projection), [flat, globe]);
  /** The nodes drawn, each where it is (on the globe, those on the near side). */
  const placed = useMemo(
    () =>
      scene.nodes.flatMap((n) => {
        const at = globe ? globe.at(n) : flat.at(n);
        return at ? [{ n, x: at[0], y: at[1] }] : [];
      }),
    [scene.nodes, flat, globe],
  );

  const arcs = useMemo(() => {
    const d = scene.arcs.data;
    const { px, py } = flat;
    return Array.from({ length: scene.arcs.count }, (_, i) => {
      const o = i * ARC_STRIDE;
      const s = d[o + ARC.source]!;
      const t = d[o + ARC.target]!;
      const provenance = PROVENANCE_OF_CODE[d[o + ARC.provenance]!]!;
      const dimmed = arcDimmed(scene.highlight, s, t);
      const emphasis = d[o + ARC.emphasis]!;
      const look = emphasisLook(emphasis);
      return {
        key: `${s}~${t}~${d[o + ARC.type]}`,
        source: s,
        target: t,
        typeIndex: d[o + ARC.type]!,
        d: globe
          ? globe
              .arc(d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!)
              .map((run) => `M${run.map(([x, y]) => `${x},${y}`).join(' L')}`)
              .join(' ')
          : `M${px(d[o + ARC.x0]!)},${py(d[o + ARC.y0]!)} Q${px(d[o + ARC.cx]!)},${py(d[o + ARC.cy]!)} ${px(d[o + ARC.x1]!)},${py(d[o + ARC.y1]!)}`,
        color: arcColor(emphasis, FLOW_TYPES[d[o + ARC.type]!]!, palette),
        marker: look.color === 'type' ? FLOW_TYPES[d[o + ARC.type]!]! : look.color,
        hollow: look.hollow,
        width: d[o + ARC.width]!,
        provenance,
        alpha: arcAlpha(emphasis, provenance, dimmed, palette),
        dash: dashArray(provenance).join(' ') || undefined,
      };
    });
  }, [scene.arcs, scene.highlight, flat, globe, palette]);
  const markerColors: Record<string, string> = { ...palette.flow, ...palette.change };

  const labels = useMemo(() => {
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    const labelled = placeLabels(
      placed.map(({ n, x, y }) => {
        const size = LABEL_LOOK.size[n.kind];
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
      {
        // Clear of every node and inside the picture, as on the WebGL map.
        obstacles: placed.map(({ n, x, y }) => {
          return [x - n.radius, y - n.radius, x + n.radius, y + n.radius] as [number, number, number, number];
        }),
        bounds: [0, 0, width, height],
      },
    );
    return labelled.map((p) => ({ ...p, node: byId.get(p.id)! }));
  }, [scene.nodes, placed, width, height]);

  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label="map"
      data-testid="svg-map"
      style={{ background: palette.water }}
    >
      <defs>
        {Object.entries(markerColors).map(([name, color]) => (
          <marker
            key={name}
            id={`arrow-${name}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="4"
            markerHeight="4"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
      {globe && (
        <path
          className="globe-outline"
          d={path({ type: 'Sphere' }) ?? ''}
          fill="none"
          stroke={palette.coast}
        />
      )}
      {geometry && (
        <g className="basemap">
          <path
            d={path(geometry) ?? ''}
            fill={palette.land}
            stroke={palette.coast}
            strokeWidth={1.2}
            paintOrder="stroke"
          />
          {showBorders && borders && (
            <path
              d={path(borders) ?? ''}
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
          <Fragment key={a.key}>
            <path
              d={a.d}
              data-provenance={a.provenance}
              stroke={a.color}
              strokeWidth={a.width}
              strokeOpacity={a.alpha}
              strokeDasharray={a.dash}
              // Round caps would close the gaps of a dashed (illustrative) arc.
              strokeLinecap={a.dash ? 'butt' : 'round'}
              markerEnd={`url(#arrow-${a.marker})`}
              className={motion ? 'arc-moving' : undefined}
              onMouseMove={(e) => {
                const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
                onHoverArc?.({
                  source: a.source,
                  target: a.target,
                  type: a.typeIndex,
                  x: e.clientX - box.left,
                  y: e.clientY - box.top,
                });
              }}
              onMouseLeave={() => onHoverArc?.(null)}
              onClick={() => onSelectArc?.(a.source, a.target, a.typeIndex)}
            />
            {a.hollow && (
              // The open core of a decrease, in the land's colour, as the WebGL shader draws it.
              <path
                d={a.d}
                className="arc-core"
                pointerEvents="none"
                stroke={palette.land}
                strokeWidth={a.width * ARC_LOOK.hollowCore}
                strokeOpacity={a.alpha}
                strokeDasharray={a.dash}
                strokeLinecap={a.dash ? 'butt' : 'round'}
              />
            )}
          </Fragment>
        ))}
      </g>
      <g className="change-marks">
        {scene.marks.map((m) => {
          const look = changeMarkLook(m.kind, palette);
          const o = m.arc * ARC_STRIDE;
          const d = scene.arcs.data;
          const [cx, cy] = globe
            ? (globe.middle(d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!) ?? [NaN, NaN])
            : [flat.px(m.x), flat.py(m.y)];
          if (Number.isNaN(cx)) return null;
          return (
            <circle
              key={m.arc}
              data-change={m.kind}
              cx={cx}
              cy={cy}
              r={CHANGE_MARK_LOOK.radius}
              fill={look.fill}
              stroke={look.stroke}
              strokeWidth={look.strokeWidth}
            />
          );
        })}
      </g>
      <g className="nodes">
        {placed.map(({ n, x, y }) => {
          const dimmed = scene.highlight !== null && !scene.connected.has(n.index);
          const look = nodeLook(n, palette);
          const opacity = dimmed ? NODE_LOOK.dimmedAlpha : 1;
          return (
            <g key={n.id} opacity={opacity}>
              {eventRings(n.radius, n.events).map((r) => (
                <circle
                  key={r}
                  className="event-ring"
                  cx={x}
                  cy={y}
                  r={r}
                  fill="none"
                  stroke={palette.event}
                  strokeWidth={EVENT_LOOK.width}
                  strokeOpacity={EVENT_LOOK.opacity}
                />
              ))}
              <circle
                data-node={n.id}
                data-provenance={n.provenance}
                data-status={n.status}
                cx={x}
                cy={y}
                r={n.radius}
                fill={look.fill}
                fillOpacity={look.fillOpacity}
                stroke={look.stroke}
                strokeWidth={look.strokeWidth}
                strokeOpacity={look.strokeOpacity}
                strokeDasharray={look.dash.join(' ') || undefined}
                onMouseEnter={() => onHover(n.id)}
                onMouseLeave={() => onHover(null)}
                onClick={() => onSelect(n.id)}
              />
            </g>
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
            fontSize={LABEL_LOOK.size[l.node.kind]}
            fontWeight={l.node.kind === 'center' ? 700 : 400}
          >
            {l.node.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
