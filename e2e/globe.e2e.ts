import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';

/**
 * The globe (issue "Three views no other flow map offers"): `projection=globe` draws the map on a globe
 * with MapLibre's projection, and the arcs as lifted great circles. Where things are is asked of the map
 * itself (`map.project`, written to data-bright) and of the arcs' own path (data-globe-arcs); the pixels
 * there must show them.
 */
type Point = [number, number];

const attr = async <T>(page: Page, name: string): Promise<T> =>
  JSON.parse((await page.locator('.map-canvas').getAttribute(name)) ?? '[]') as T;

/** The brightest pixel (sum of channels) within `r` pixels of a point, and its colour. */
function brightest(png: PNG, [x, y]: Point, r: number): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const i = ((y + dy) * png.width + (x + dx)) * 4;
      const c: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (c[0] + c[1] + c[2] > best[0] + best[1] + best[2]) best = c;
    }
  return best;
}

describe('the globe', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  const open = async (query: string) => {
    const { page, errors } = await openPage(env.browser, env.server, `?lang=en&node=minsk${query}`, {
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    return { page, errors };
  };

  it('draws nodes where the globe projects them and arcs along lifted great circles, and points at them', async () => {
    const { page, errors } = await open('&projection=globe');
    expect(new URL(page.url()).searchParams.get('projection')).toBe('globe');
    await expect.poll(async () => (await attr<unknown[]>(page, 'data-globe-arcs')).length).toBeGreaterThan(0);
    const bright = Object.fromEntries(
      (await attr<[string, number, number][]>(page, 'data-bright')).map(([id, x, y]) => [
        id,
        [x, y] as Point,
      ]),
    );
    const qingdao = bright.qingdao!;
    const minsk = bright.minsk!;
    const png = PNG.sync.read(await page.locator('.map-canvas').screenshot());
    // The center is drawn in its amber, Minsk in the light grey of a partner node, at the projected places.
    const [r, g, b] = brightest(png, qingdao, 3);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeGreaterThan(120);
    expect(b).toBeLessThan(120);
    expect(Math.min(...brightest(png, minsk, 3))).toBeGreaterThan(150);

    // The arc between them: its ends are the nodes, its middle between them on screen, and drawn there.
    const arcs = await attr<Array<[Point, Point, Point]>>(page, 'data-globe-arcs');
    const near = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= 2;
    const arc = arcs.find(
      ([s, , t]) => (near(s, qingdao) && near(t, minsk)) || (near(s, minsk) && near(t, qingdao)),
    );
    expect(arc, JSON.stringify({ arcs, qingdao, minsk })).toBeDefined();
    const mid = arc![1];
    expect(mid[0]).toBeGreaterThan(Math.min(minsk[0], qingdao[0]));
    expect(mid[0]).toBeLessThan(Math.max(minsk[0], qingdao[0]));
    // Lifted and on a great circle: the middle lies above (north of) the straight line on screen.
    const lineY = minsk[1] + ((mid[0] - minsk[0]) / (qingdao[0] - minsk[0])) * (qingdao[1] - minsk[1]);
    expect(mid[1]).toBeLessThan(lineY - 20);
    const onArc = brightest(png, mid, 3);
    const beside = brightest(png, [mid[0], mid[1] + 40], 3);
    expect(onArc[0] + onArc[1] + onArc[2]).toBeGreaterThan(beside[0] + beside[1] + beside[2] + 120);

    // Pointing at the middle finds the flow (hit-testing follows the globe's path).
    await page.mouse.move(mid[0], mid[1]);
    await expect.poll(() => page.getByTestId('edge-tooltip').textContent()).toMatch(/Minsk|China–SCO/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a comparison’s change marks on the lifted arcs, not on the ground below them', async () => {
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      '?v=2026.11&lang=en&time=2024&mode=period&compare=2022&projection=globe',
      { viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' },
    );
    await waitReady(page);
    const png = PNG.sync.read(await page.locator('.map-canvas').screenshot());
    const marks = (
      await attr<Array<['added' | 'removed', number, number] | null>>(page, 'data-change-marks')
    ).filter((m) => m !== null);
    // New edges' marks on screen, clear of any other mark (two flow types between the same places share
    // their arcs' middle).
    const added = marks.filter(
      ([kind, x, y]) =>
        kind === 'added' &&
        x > 10 &&
        y > 10 &&
        x < png.width - 10 &&
        y < png.height - 10 &&
        marks.filter((o) => Math.hypot(o[1] - x, o[2] - y) < 14).length === 1,
    );
    expect(added.length, JSON.stringify(marks)).toBeGreaterThan(2);
    const colourAt = (x: number, y: number): [number, number, number] => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    const isIncrease = ([r, g, b]: [number, number, number]) =>
      Math.abs(r - 0x56) + Math.abs(g - 0xb4) + Math.abs(b - 0xe9) < 70;
    // A new edge's mark is a disc filled with the increase colour (#56b4e9 on the dark palette) where the
    // arc's lifted middle is drawn, ringed by a dark halo: the colour all round the point 3 px out, and a
    // break in it a little further out in every direction. An arc in the same colour without its mark
    // would carry the colour on along its length; the ground under the middle lies far off on screen.
    const around = (x: number, y: number, r: number) =>
      Array.from({ length: 8 }, (_, k) =>
        colourAt(x + r * Math.cos((k * Math.PI) / 4), y + r * Math.sin((k * Math.PI) / 4)),
      );
    for (const [, x, y] of added) {
      const disc = [colourAt(x, y), ...around(x, y, 3)];
      expect(disc.every(isIncrease), JSON.stringify({ x, y, disc })).toBe(true);
      // In every direction the halo shows somewhere 5–7 px out (the reported place is rounded to a pixel).
      const rings = [5, 5.5, 6, 6.5, 7].map((r) => around(x, y, r));
      const haloEverywhere = rings[0]!.every((_, k) => rings.some((ring) => !isIncrease(ring[k]!)));
      expect(haloEverywhere, JSON.stringify({ x, y, rings })).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the globe as it shows it: the PNG is drawn on an orthographic globe', async () => {
    const exported = async (query: string) => {
      const { page, errors } = await openPage(env.browser, env.server, `?lang=en${query}`, {
        reducedMotion: 'reduce',
      });
      await waitReady(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const png = PNG.sync.read(fs.readFileSync((await download.path())!));
      expect(errors).toEqual([]);
      await page.context().close();
      return png;
    };
    const flat = await exported('');
    const globe = await exported('&projection=globe');
    expect([globe.width, globe.height]).toEqual([flat.width, flat.height]);
    let differing = 0;
    for (let i = 0; i < flat.data.length; i += 4)
      if (Math.abs(flat.data[i + 2]! - globe.data[i + 2]!) > 12) differing++;
    expect(differing / (flat.data.length / 4)).toBeGreaterThan(0.1);
  });

  it('differs from the flat map, which stays the default', async () => {
    const flat = await open('');
    expect(new URL(flat.page.url()).searchParams.has('projection')).toBe(false);
    expect(await attr<unknown[]>(flat.page, 'data-globe-arcs')).toEqual([]);
    const flatMinsk = (await attr<[string, number, number][]>(flat.page, 'data-bright')).find(
      ([id]) => id === 'minsk',
    )!;
    const flatShot = PNG.sync.read(await flat.page.locator('.map-canvas').screenshot());
    await flat.page.context().close();

    const globe = await open('&projection=globe');
    const globeMinsk = (await attr<[string, number, number][]>(globe.page, 'data-bright')).find(
      ([id]) => id === 'minsk',
    )!;
    const globeShot = PNG.sync.read(await globe.page.locator('.map-canvas').screenshot());
    await globe.page.context().close();
    expect(Math.hypot(flatMinsk[1] - globeMinsk[1], flatMinsk[2] - globeMinsk[2])).toBeGreaterThan(20);
    let differing = 0;
    for (let i = 0; i < flatShot.data.length; i += 4)
      if (
        Math.abs(flatShot.data[i]! - globeShot.data[i]!) +
          Math.abs(flatShot.data[i + 1]! - globeShot.data[i + 1]!) +
          Math.abs(flatShot.data[i + 2]! - globeShot.data[i + 2]!) >
        12
      )
        differing++;
    // Land and water move everywhere; the basemap is dark, so the threshold per pixel is small.
    expect(differing / (flatShot.data.length / 4)).toBeGreaterThan(0.1);
    expect([...flat.errors, ...globe.errors]).toEqual([]);
  });
});

describe('the globe without WebGL, and in the PNG export', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(() => env.close());

  it('the SVG fallback draws an orthographic globe: its outline, arcs as lifted great circles', async () => {
    const svg = async (query: string) => {
      const { page, errors } = await openPage(env.browser, env.server, `?lang=en${query}`);
      await waitReady(page);
      expect(await page.getAttribute('.map-canvas', 'data-renderer')).toBe('svg');
      const outline = await page.locator('[data-testid="svg-map"] .globe-outline').count();
      const arcs = await page
        .locator('[data-testid="svg-map"] .arcs path')
        .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
      const nodes = await page.locator('[data-testid="svg-map"] circle[data-node]').count();
      expect(errors).toEqual([]);
      await page.context().close();
      return { outline, arcs, nodes };
    };
    const flat = await svg('');
    const globe = await svg('&projection=globe');
    expect(flat.outline).toBe(0);
    expect(globe.outline).toBe(1);
    // The same flows and nodes (the network faces the viewer, nothing of it on the far side) ...
    expect(globe.arcs.length).toBe(flat.arcs.length);
    expect(globe.nodes).toBe(flat.nodes);
    // ... drawn as Béziers on the flat map and as sampled great circles on the globe.
    expect(flat.arcs.every((d) => d.includes('Q'))).toBe(true);
    expect(globe.arcs.every((d) => !d.includes('Q') && d.split('L').length >= 20)).toBe(true);
  });
});
