/**
 * The public record, as a viewer sees it: reported and illustrative records differ in pixels on every
 * renderer (WebGL map, SVG fallback, PNG export), a reported-only view shows only reported records on the
 * map, in the table and in the CSV, and the rooms nobody reads up close show reported records by default.
 */
import fs from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../scripts/lib/csv.ts';
import { loadManifest, loadVersion } from '../scripts/lib/load-local.ts';
import { aggregate, type ViewQuery } from '../src/domain/aggregate.ts';
import { arcGeometry, arcPoint } from '../src/domain/arcs.ts';
import { toMercator } from '../src/domain/mercator.ts';
import { networkIndex } from '../src/domain/networkIndex.ts';
import { nodePoints } from '../src/domain/nodePoints.ts';
import { ALL_TIME } from '../src/domain/timeWindow.ts';
import { fitFlatProjection } from '../src/map/flatProjection.ts';
import { PALETTES } from '../src/map/palette.ts';
import { expectGolden, normaliseOrigin } from './golden.ts';
import {
  hex,
  near,
  openPage,
  screenshotPixels,
  waitReady,
  withBrowser,
  type Pixels,
  closeFilters,
  openFilters,
} from './harness.ts';

const manifest = loadManifest('public/data');
if (!manifest.ok) throw new Error('invalid manifest');
const dataset = loadVersion('public/data', manifest.value, manifest.value.default);
if (!dataset.ok) throw new Error('invalid default version');
const index = networkIndex(dataset.value);
const palette = PALETTES.dark;

/**
 * Two views of one arc each, from the shipped data: Qingdao → Mongolia projects, only reported records
 * (Haishi Hainuo), and Minsk → Qingdao talent, only illustrative records (the report's 34 talents).
 */
const VIEWS = {
  reported: { search: 'types=project&country=MN', types: ['project'] as const, countries: ['MN'] },
  illustrative: { search: 'types=talent&country=BY', types: ['talent'] as const, countries: ['BY'] },
};

function queryOf(view: (typeof VIEWS)[keyof typeof VIEWS]): ViewQuery {
  return {
    window: ALL_TIME,
    types: view.types,
    kinds: ['center', 'hub', 'partner'],
    countries: view.countries,
  };
}

/** The one arc of a view, as the domain computes it, and the view's nodes. */
function arcOf(view: (typeof VIEWS)[keyof typeof VIEWS]) {
  const agg = aggregate(index, queryOf(view));
  const arcs = arcGeometry(index, agg);
  expect(arcs.count).toBe(1);
  return { arcs, nodes: nodePoints(index, agg, (n) => n.name.en), provenance: agg.edges[0]!.provenance };
}

/** How much of the curve between t = 0.3 and 0.7 shows the background (land or water), not the arc. */
function backgroundShare(at: (t: number) => [number, number, number]): number {
  const land = hex(palette.land);
  const water = hex(palette.water);
  let background = 0;
  const samples = 160;
  for (let i = 0; i < samples; i++) {
    const c = at(0.3 + (0.4 * i) / (samples - 1));
    if (near(c, land, 10) || near(c, water, 10)) background++;
  }
  return background / samples;
}

async function closePanels(page: Page) {
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await closeFilters(page);
  await page.waitForTimeout(300);
}

describe('reported and illustrative records look different', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  /** Opens a view on the WebGL map at a fixed camera and reads the pixels along its one arc. */
  async function webglShare(search: string, view: (typeof VIEWS)[keyof typeof VIEWS]) {
    const camera = { lon: 80, lat: 45, zoom: 2.4 };
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      `?lang=en&at=${camera.lon},${camera.lat},${camera.zoom}&${search}`,
      { reducedMotion: 'reduce', viewport: { width: 1000, height: 800 } },
    );
    await waitReady(page);
    await closePanels(page);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const pixels = await screenshotPixels(page);
    const { arcs } = arcOf(view);
    const world = 512 * 2 ** camera.zoom;
    const [cx, cy] = toMercator(camera.lon, camera.lat);
    const share = backgroundShare((t) => {
      const [x, y] = arcPoint(arcs, 0, t);
      return pixels.at(box.x + box.width / 2 + (x - cx) * world, box.y + box.height / 2 + (y - cy) * world);
    });
    expect(errors).toEqual([]);
    await page.context().close();
    return share;
  }

  it('on the map: a reported arc is solid, an illustrative one is broken into dashes', async () => {
    expect(arcOf(VIEWS.reported).provenance).toBe('reported');
    expect(arcOf(VIEWS.illustrative).provenance).toBe('illustrative');
    const solid = await webglShare(VIEWS.reported.search, VIEWS.reported);
    const dashed = await webglShare(VIEWS.illustrative.search, VIEWS.illustrative);
    expect(solid).toBeLessThan(0.1);
    expect(dashed).toBeGreaterThan(0.25);
    expect(dashed).toBeLessThan(0.8);
  });

  it('in a reported-only view the illustrative arc is not drawn at all', async () => {
    const gone = await webglShare(`${VIEWS.illustrative.search}&provenance=reported`, VIEWS.illustrative);
    expect(gone).toBe(1);
  });

  it('in the PNG export: solid for reported, dashed for illustrative', async () => {
    const shares: Record<string, number> = {};
    for (const [kind, view] of Object.entries(VIEWS)) {
      const { page } = await openPage(env.browser, env.server, `?lang=en&${view.search}`, {
        reducedMotion: 'reduce',
      });
      await waitReady(page);
      await page.getByLabel('Image size').selectOption({ label: '1920×1080' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const png = PNG.sync.read(fs.readFileSync((await download.path())!));
      const pixels: Pixels = {
        width: png.width,
        height: png.height,
        at: (x, y) => {
          const i = (Math.round(y) * png.width + Math.round(x)) * 4;
          return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        },
      };
      // The export's layout at 1080 p: the view's nodes fitted between the title, legend and source line.
      const { arcs, nodes } = arcOf(view);
      const flat = fitFlatProjection(nodes, [
        [80, 150],
        [1920 - 420, 1080 - 130],
      ]);
      shares[kind] = backgroundShare((t) => {
        const [x, y] = arcPoint(arcs, 0, t);
        return pixels.at(flat.px(x), flat.py(y));
      });
      await page.context().close();
    }
    expect(shares.reported).toBeLessThan(0.1);
    expect(shares.illustrative).toBeGreaterThan(0.25);
  });
});

describe('reported and illustrative without WebGL (SVG fallback)', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(() => env.close());

  it('a reported arc is solid, an illustrative one dashed, read from the drawn curve', async () => {
    const shares: Record<string, number> = {};
    for (const [kind, view] of Object.entries(VIEWS)) {
      const { page } = await openPage(env.browser, env.server, `?lang=en&${view.search}`, {
        reducedMotion: 'reduce',
        viewport: { width: 1000, height: 800 },
      });
      await waitReady(page);
      await closePanels(page);
      expect(await page.getAttribute('.map-canvas', 'data-renderer')).toBe('svg');
      expect(await page.locator('[data-testid="svg-map"] .arcs path').getAttribute('data-provenance')).toBe(
        kind,
      );
      // Points along the path the browser drew, in page coordinates.
      const points = await page
        .locator('[data-testid="svg-map"] .arcs path')
        .evaluate((p: SVGPathElement) => {
          const length = p.getTotalLength();
          const m = p.getScreenCTM()!;
          return Array.from({ length: 101 }, (_, i) => {
            const q = p.getPointAtLength((length * i) / 100);
            return [q.x * m.a + q.y * m.c + m.e, q.x * m.b + q.y * m.d + m.f] as [number, number];
          });
        });
      const pixels = await screenshotPixels(page);
      shares[kind] = backgroundShare((t) => pixels.at(...points[Math.round(t * 100)]!));
      await page.context().close();
    }
    expect(shares.reported).toBeLessThan(0.1);
    expect(shares.illustrative).toBeGreaterThan(0.25);
  });
});

describe('a reported-only view and the rooms nobody reads up close', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('?provenance=reported: the table and both CSV files hold reported records only', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en&view=table&provenance=reported&u=3');
    await waitReady(page);
    const provenances = await page
      .locator('.edges tbody tr[data-edge]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-provenance')));
    expect(provenances.length).toBeGreaterThan(3);
    expect(new Set(provenances)).toEqual(new Set(['reported']));
    await openFilters(page);
    expect(await page.getByRole('radio', { name: 'Reported only' }).isChecked()).toBe(true);
    for (const [button, golden] of [
      ['Download edge totals (CSV)', 'edges-public-record-reported.csv'],
      ['Download records (CSV)', 'records-public-record-reported.csv'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const text = normaliseOrigin(fs.readFileSync((await download.path())!, 'utf8'), env.server.url);
      expectGolden(golden, text);
      const body = text
        .replace('\ufeff', '')
        .split('\r\n')
        // The preamble: `#` lines, the words as one quoted cell ("# summary: …").
        .filter((l) => !/^"?#/.test(l))
        .join('\r\n');
      const [header, ...rows] = parseCsv(body).filter((r) => r.some((c) => c !== ''));
      const column = header!.indexOf('provenance');
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) expect(row[column], row.join(',')).toBe('reported');
    }
    await page.context().close();
  });

  it('presentation and embed show reported records only unless their link says provenance=all', async () => {
    const share = (page: Page) => page.locator('[data-testid="provenance-share"]').first().textContent();
    const cases = [
      [
        '?lang=en&present=1&story=transfer-to-innovation&step=2',
        'Everything shown is reported, with a cited source',
      ],
      ['?lang=en&embed=1', 'Everything shown is reported, with a cited source'],
      ['?lang=en&embed=1&provenance=all', /^\d+% of the flow value shown is illustrative$/],
      ['?lang=en', /^\d+% of the flow value shown is illustrative$/],
    ] as const;
    for (const [search, expected] of cases) {
      const { page } = await openPage(env.browser, env.server, search, { reducedMotion: 'reduce' });
      await waitReady(page);
      await expect.poll(() => share(page), { message: search }).toMatch(expected);
      await page.context().close();
    }
  });
});
