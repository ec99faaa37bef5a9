import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from '../domain/aggregate.ts';
import { arcGeometry } from '../domain/arcs.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { nodePoints } from '../domain/nodePoints.ts';
import { testDataset } from '../domain/testDataset.ts';
import { ALL_TIME } from '../domain/timeWindow.ts';
import type { MapScene } from '../state/scene.ts';
import { lookUniforms } from './arcs/lookUniforms.ts';
import { drawView } from './exportPng.ts';
import { ARC_LOOK, arcAlpha } from './look.ts';
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
    nodes: nodePoints(index, agg, (n) => n.name.en),
    highlight: null,
    connected: new Set(),
  };
}

const svg = () =>
  renderToStaticMarkup(
    <SvgScene
      scene={scene()}
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
function pngArcAlphas(): number[] {
  const alphas: number[] = [];
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
              ? () => alphas.push(Math.round((target.globalAlpha as number) * 1e6) / 1e6)
              : () => dashed,
      set: (target, key, value) => ((target[key as string] = value), true),
    },
  );
  const canvas = { getContext: () => ctx } as unknown as HTMLCanvasElement;
  const text = { title: '', window: '', version: '', source: '', provenance: '' };
  const types = { project: '', talent: '', agreement: '' };
  drawView(canvas, 1920, 1080, scene(), null, PALETTES.dark, {
    ...text,
    types,
    marks: { reported: '', illustrative: '', mixed: '' },
  });
  return alphas;
}

describe('one look for every renderer', () => {
  const original = ARC_LOOK.alpha;
  afterEach(() => ((ARC_LOOK as { alpha: number }).alpha = original));

  it('gives each arc its opacity from emphasis, provenance and highlight', () => {
    expect(arcAlpha(0, 'reported', false)).toBeCloseTo(0.85);
    expect(arcAlpha(3, 'reported', false)).toBeCloseTo(0.85 * 0.18);
    expect(arcAlpha(2, 'reported', false)).toBeCloseTo(0.85 * 0.5);
    expect(arcAlpha(0, 'illustrative', false)).toBeCloseTo(0.85 * 0.7);
    expect(arcAlpha(0, 'mixed', true)).toBeCloseTo(0.85 * 0.9 * 0.12);
  });

  it('WebGL, SVG and PNG take it from src/map/look.ts: change one opacity there and all three change', () => {
    const before = { webgl: lookUniforms().alpha, svg: svgArcOpacities(), png: pngArcAlphas() };
    expect(before.svg.length).toBeGreaterThan(2);
    expect(before.png).toHaveLength(before.svg.length);
    (ARC_LOOK as { alpha: number }).alpha = original / 2;
    const after = { webgl: lookUniforms().alpha, svg: svgArcOpacities(), png: pngArcAlphas() };
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
});
