import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from '../domain/aggregate.ts';
import { arcGeometry, changeMarks } from '../domain/arcs.ts';
import { compareAggregates, comparisonAggregate } from '../domain/compare.ts';
import { parseTimeSelection } from '../data/period.ts';
import { monthWindow } from '../domain/timeWindow.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { nodePoints } from '../domain/nodePoints.ts';
import { testDataset } from '../domain/testDataset.ts';
import { ALL_TIME } from '../domain/timeWindow.ts';
import type { MapScene } from '../state/scene.ts';
import { lookUniforms } from './arcs/lookUniforms.ts';
import { drawView } from './exportPng.ts';
import { ARC_LOOK, arcAlpha, arcColor, emphasisLook } from './look.ts';
import { PALETTES } from './palette.ts';
import { SvgScene } from './SvgMap.tsx';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The test dataset's view: one reported record on minsk → qingdao talent makes it mixed, the rest illustrative. */
function scene(): MapScene {
  const dataset = testDataset();
  dataset.flows[1] = { ...dataset.flows[1]!, provenance: 'reported', sources: ['s'] };
  const index = networkIndex(dataset);
  const agg = aggregate(index, { window: ALL_TIME, types: FLOW_TYPES, kinds: NODE_KINDS });
  return {
    arcs: arcGeometry(index, agg),
    marks: [],
    nodes: nodePoints(index, agg, (n) => n.name.en),
    highlight: null,
    connected: new Set(),
  };
}

/** 2021 → 2022 of the test dataset: one new edge (project minsk→qingdao), two gone. */
function comparisonScene(): MapScene {
  const index = networkIndex(testDataset());
  const at = (time: string) =>
    aggregate(index, {
      window: monthWindow(parseTimeSelection(time), 'period'),
      types: FLOW_TYPES,
      kinds: NODE_KINDS,
    });
  const rows = compareAggregates({ index, agg: at('2021') }, { index, agg: at('2022') });
  const drawn = comparisonAggregate(index, rows, new Uint8Array([1, 1, 1]), []);
  const arcs = arcGeometry(index, drawn.agg, drawn.emphasis);
  return {
    arcs,
    marks: changeMarks(arcs),
    nodes: nodePoints(index, drawn.agg, (n) => n.name.en),
    highlight: null,
    connected: new Set(),
  };
}

const svg = (s: MapScene = scene()) =>
  renderToStaticMarkup(
    <SvgScene
      scene={s}
      geometry={null}
      borders={undefined}
      showBorders={false}
      palette={PALETTES.dark}
      motion={false}
      onHover={() => {}}
      onSelect={() => {}}
      width={800}
      height={500}
    />,
  );

const svgArcOpacities = () =>
  [...svg().matchAll(/<path[^>]*data-provenance="(\w+)"[^>]*stroke-opacity="([\d.]+)"/g)].map((m) => [
    m[1],
    Number(m[2]),
  ]);

/** The PNG export's arc strokes, read from a canvas context that records what is drawn. */
function pngStrokes(s: MapScene = scene()): { alphas: number[]; colours: string[]; fills: string[] } {
  const alphas: number[] = [];
  const colours: string[] = [];
  const fills: string[] = [];
  let dashed = false;
  const ctx = new Proxy(
    { globalAlpha: 1, lineWidth: 1, measureText: () => ({ width: 10 }) } as Record<string, unknown>,
    {
      get: (target, key) =>
        key in target
          ? target[key as string]
          : key === 'setLineDash'
            ? (d: number[]) => (dashed = d.length > 0)
            : key === 'quadraticCurveTo'
              ? () => {
                  alphas.push(Math.round((target.globalAlpha as number) * 1e6) / 1e6);
                  // A gradient (the fade in from the source) counts as the colour it reaches.
                  const style = target.strokeStyle as string | { stops: string[] };
                  colours.push(typeof style === 'string' ? style : style.stops.at(-1)!);
                }
              : key === 'createLinearGradient'
                ? () => {
                    const stops: string[] = [];
                    return { stops, addColorStop: (_: number, c: string) => stops.push(c) };
                  }
                : key === 'fill'
                  ? () => fills.push(target.fillStyle as string)
                  : () => dashed,
      set: (target, key, value) => ((target[key as string] = value), true),
    },
  );
  const canvas = { getContext: () => ctx } as unknown as HTMLCanvasElement;
  const text = { title: '', window: '', version: '', source: '', provenance: '' };
  const types = { project: '', talent: '', agreement: '' };
  drawView(canvas, 1920, 1080, s, null, PALETTES.dark, {
    ...text,
    types,
    marks: { reported: '', illustrative: '', mixed: '' },
  });
  return { alphas, colours, fills };
}
const pngArcAlphas = () => pngStrokes().alphas;

describe('one look for every renderer', () => {
  const original = ARC_LOOK.alpha;
  afterEach(() => ((ARC_LOOK as { alpha: number }).alpha = original));

  it('gives each arc its opacity from the theme, provenance and highlight', () => {
    // Dark theme arcs at 0.9; illustrative ×0.85, mixed ×0.9, away from the highlight ×0.12.
    expect(arcAlpha(0, 'reported', false, PALETTES.dark)).toBeCloseTo(0.9);
    expect(arcAlpha(0, 'reported', false, PALETTES.light)).toBeCloseTo(1);
    expect(arcAlpha(3, 'reported', false, PALETTES.dark)).toBeCloseTo(0.9);
    expect(arcAlpha(0, 'illustrative', false, PALETTES.dark)).toBeCloseTo(0.9 * 0.85);
    expect(arcAlpha(0, 'mixed', true, PALETTES.dark)).toBeCloseTo(0.9 * 0.9 * 0.12);
  });

  it('colours a comparison by direction, not by type: blue grew or new, orange and hollow shrank or gone', () => {
    const p = PALETTES.dark;
    expect([0, 1, 2, 3, 4, 5].map((e) => arcColor(e, 'talent', p))).toEqual([
      '#e69f00',
      '#56b4e9',
      '#e69f00',
      '#8a9ab0',
      '#56b4e9',
      '#e69f00',
    ]);
    expect([0, 1, 2, 3, 4, 5].map((e) => emphasisLook(e).hollow)).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('WebGL, SVG and PNG take it from src/map/look.ts: change one opacity there and all three change', () => {
    const before = { webgl: lookUniforms(PALETTES.dark).alpha, svg: svgArcOpacities(), png: pngArcAlphas() };
    expect(before.svg.length).toBeGreaterThan(2);
    expect(before.png).toHaveLength(before.svg.length);
    (ARC_LOOK as { alpha: number }).alpha = original / 2;
    const after = { webgl: lookUniforms(PALETTES.dark).alpha, svg: svgArcOpacities(), png: pngArcAlphas() };
    expect(after.webgl).toBeCloseTo(before.webgl / 2);
    after.svg.forEach(([p, o], i) => {
      expect(p).toBe(before.svg[i]![0]);
      expect(o as number).toBeCloseTo((before.svg[i]![1] as number) / 2, 4);
    });
    after.png.forEach((a, i) => expect(a).toBeCloseTo(before.png[i]! / 2, 4));
  });

  it('draws the SVG fallback exactly as the reviewed golden file (UPDATE_GOLDEN=1 npm test rewrites it)', () => {
    const file = path.join(here, 'golden', 'svg-fallback.svg');
    const markup = `${svg().replace(/></g, '>\n<')}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) fs.writeFileSync(file, markup);
    expect(markup).toBe(fs.readFileSync(file, 'utf8'));
  });

  it('draws a comparison the same way in SVG and PNG: two hues, hollow decreases, marks for new and gone', () => {
    const p = PALETTES.dark;
    const markup = svg(comparisonScene());
    const strokes = [...markup.matchAll(/<path d="M[^"]*"[^>]*? stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    // One new edge (solid blue) and two gone ones (orange, each with a core in the land's colour).
    expect(strokes.sort()).toEqual(
      [p.land, p.land, p.change.increase, p.change.decrease, p.change.decrease].sort(),
    );
    expect(markup.match(/class="arc-core"/g)).toHaveLength(2);
    expect([...markup.matchAll(/data-change="(\w+)"/g)].map((m) => m[1]).sort()).toEqual([
      'added',
      'removed',
      'removed',
    ]);
    const png = pngStrokes(comparisonScene());
    expect([...png.colours].sort()).toEqual([...strokes].sort());
    // The marks: a filled blue dot for the new edge, two land-filled rings for the gone ones.
    expect(png.fills.filter((f) => f === p.change.increase)).toHaveLength(1);
  });
});
