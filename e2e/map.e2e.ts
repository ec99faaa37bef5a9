import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../src/map/palette.ts';
import { toMercator } from '../src/domain/mercator.ts';
import {
  colourCount,
  hex,
  near,
  openPage,
  screenshotPixels,
  waitReady,
  withBrowser,
  closeFilters,
} from './harness.ts';

const manifest = JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as { default: string };
const nodes = JSON.parse(
  fs.readFileSync(path.join('public/data', manifest.default, 'nodes.json'), 'utf8'),
) as Array<{
  id: string;
  name: Record<string, string>;
  shortName?: Record<string, string>;
}>;

describe('the map in Chromium (WebGL on SwiftShader)', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('draws the network on a basemap with no request leaving the origin and no console error', async () => {
    const { page, foreign, errors } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    expect(await page.getAttribute('.map-canvas', 'data-renderer')).toBe('webgl');
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const pixels = await screenshotPixels(page, {
      x: box.x,
      y: box.y,
      width: box.width * 0.6,
      height: box.height,
    });
    expect(colourCount(pixels)).toBeGreaterThan(40);
    // Chinese comes from the app's own subset font, never from whatever the machine has installed: on an
    // English page, the sources' original titles and the switcher's "中文", from the two small faces that
    // hold what every language shows untranslated. The Chinese interface's face is never downloaded.
    await page.evaluate(() => document.fonts.ready);
    const sc = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.weight === '400')
        .map((f) => f.status),
    );
    expect(sc).toEqual(['unloaded', 'loaded', 'loaded']);
    const title = await page
      .locator('cite.source')
      .evaluateAll((els) => els.map((e) => e.textContent ?? '').find((t) => /\p{Script=Han}/u.test(t)));
    expect(title).toBeTruthy();
    expect(await page.evaluate((t) => document.fonts.check('16px "Noto Sans SC"', t), title)).toBe(true);
    const fonts = await page.evaluate(() =>
      performance.getEntriesByType('resource').flatMap((e) => e.name.match(/[^/]+\.woff2$/) ?? []),
    );
    expect(fonts).toContain('noto-sans-sc-original-400.woff2');
    expect(fonts).not.toContain('noto-sans-sc-400.woff2');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a Chinese page asks for no bold face before the full map, and has them once it is drawn', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=zh');
    await waitReady(page);
    const boldAsked = () =>
      page.evaluate(() => {
        const ready = performance.getEntriesByName('sco-map:ready')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => /-700\.woff2$/.test(e.name))
          .map((e) => ({ file: e.name.replace(/.*\//, ''), beforeReady: e.startTime < ready }));
      });
    await expect
      // After `data-ready` and an idle moment: on a slow machine that can take a few seconds.
      .poll(async () => (await boldAsked()).map((f) => f.file).sort(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['noto-sans-sc-700.woff2', 'noto-sans-sc-original-700.woff2']));
    // None was asked for before: the headings were emboldened from the regular face (src/map/fonts.ts).
    // (A resource is listed once its response is in, so this is read after they all are.)
    expect((await boldAsked()).filter((f) => f.beforeReady)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists every node of the default version', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    const listed = await page
      .locator('.node-list [data-node]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    expect(listed.sort()).toEqual(nodes.map((n) => n.id).sort());
    await page.context().close();
  });

  it('switches labels and names between Chinese, English and Russian', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=zh');
    await waitReady(page);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const clip = { x: box.x, y: box.y, width: box.width * 0.7, height: box.height };
    const zhShot = await page.screenshot({ clip });
    expect(await page.locator('[data-node="minsk"] .node-name').textContent()).toBe('明斯克');
    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await waitReady(page);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('[data-node="minsk"] .node-name').textContent()).toBe('Минск');
    expect(page.url()).toContain('lang=ru');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForTimeout(300);
    expect((await page.screenshot({ clip })).equals(zhShot)).toBe(false);
    await page.context().close();
  });

  it('switches dataset version without re-creating the map, and the ready signal follows', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    await page.evaluate(
      () =>
        ((document.querySelector('.map-canvas canvas') as HTMLCanvasElement & { marked?: boolean }).marked =
          true),
    );
    const before = await page.locator('.node-list [data-node]').count();
    const versions = JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')).versions as Array<{
      id: string;
    }>;
    const other = versions.find((v) => v.id !== manifest.default)!.id;
    await page.getByLabel('Version', { exact: true }).selectOption(other);
    await page.waitForURL(new RegExp(`v=${other.replace('.', '\\.')}`));
    await waitReady(page);
    const otherNodes = JSON.parse(
      fs.readFileSync(path.join('public/data', other, 'nodes.json'), 'utf8'),
    ) as unknown[];
    await expect.poll(() => page.locator('.node-list [data-node]').count()).toBe(otherNodes.length);
    expect(otherNodes.length).not.toBe(before);
    expect(
      await page.evaluate(
        () =>
          (document.querySelector('.map-canvas canvas') as HTMLCanvasElement & { marked?: boolean }).marked,
      ),
    ).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('.node-list [data-node]').count()).toBe(before);
    await page.context().close();
  });

  it('stands still with reduced motion and moves without it', async () => {
    /**
     * Pairs of screenshots of the map 0.7 s apart, up to `tries` pairs: whether one pair was identical.
     * Late work after the first view (the bold faces, which redraw the overlays' headings; the labels
     * placed again around them) may change a first pair on a loaded machine; a map that moves never gives
     * an identical pair.
     */
    const comesToRest = async (reducedMotion: 'reduce' | 'no-preference', tries: number) => {
      const { page } = await openPage(env.browser, env.server, '?lang=en', { reducedMotion });
      await waitReady(page);
      await page.waitForTimeout(500);
      const box = (await page.locator('.map-canvas').boundingBox())!;
      const clip = { x: box.x, y: box.y, width: box.width * 0.7, height: box.height };
      let still = false;
      for (let i = 0; i < tries && !still; i++) {
        const a = await page.screenshot({ clip });
        await page.waitForTimeout(700);
        still = a.equals(await page.screenshot({ clip }));
      }
      await page.context().close();
      return still;
    };
    expect(await comesToRest('reduce', 8)).toBe(true);
    expect(await comesToRest('no-preference', 3)).toBe(false);
  });

  it('shows no antimeridian bands: open ocean stays water, land stays land', async () => {
    // At zoom 1 the world is 1024 px wide; a smaller viewport keeps MapLibre from zooming in to fill it.
    const { page, at } = await openBasemapAt(env, [0, 0], 1);
    const { water, land } = PALETTES.dark;
    // Latitudes where Russia, Fiji and Antarctica would smear across the map if not cut.
    for (const [lon, lat] of [
      [-30, 55],
      [-170, 45],
      [-120, -17],
      [-40, -55],
      [-178, 58],
    ] as const) {
      expect(near(at(lon, lat), hex(water), 8), `water at ${lon},${lat}: ${at(lon, lat)}`).toBe(true);
    }
    for (const [lon, lat] of [
      [20, 0],
      [-100, 40],
      [-60, -10],
    ] as const) {
      expect(near(at(lon, lat), hex(land), 8), `land at ${lon},${lat}: ${at(lon, lat)}`).toBe(true);
    }
    await page.context().close();
  });

  it('draws no coastline along the cut at 180°: Chukotka is land right across it', async () => {
    const { page, at } = await openBasemapAt(env, [180, 66], 4);
    const { land } = PALETTES.dark;
    // Chukotka spans the antimeridian from about 64.5° to 69° N, where the land polygons are cut.
    for (const lat of [66, 67, 68]) {
      for (const lon of [179.98, 180, 180.02]) {
        expect(near(at(lon, lat), hex(land), 8), `land at ${lon},${lat}: ${at(lon, lat)}`).toBe(true);
      }
    }
    await page.context().close();
  });
});

describe('the map without WebGL', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(() => env.close());

  it('draws the same network as SVG, says so, and signals ready', async () => {
    const { page, foreign, errors } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    expect(await page.getAttribute('.map-canvas', 'data-renderer')).toBe('svg');
    await expect(page.getByRole('note').textContent()).resolves.toContain('WebGL');
    expect(await page.locator('[data-testid="svg-map"] circle[data-node]').count()).toBe(nodes.length);
    expect(await page.locator('[data-testid="svg-map"] .arcs path').count()).toBeGreaterThan(15);
    expect(await page.locator('[data-testid="svg-map"] .basemap path').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="svg-map"] text').allTextContents()).resolves.toContain(
      'China–SCO S&T Center',
    );
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('languages', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('switching language changes every visible interface string', async () => {
    const en = JSON.parse(fs.readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;
    const ru = JSON.parse(fs.readFileSync('src/i18n/ru.json', 'utf8')) as Record<string, string>;
    // English strings that differ in Russian and carry no placeholders can be searched for verbatim.
    const english = Object.entries(en)
      .filter(([k, v]) => v !== ru[k] && !v.includes('{') && v.length > 3)
      .map(([, v]) => v);
    const { page } = await openPage(env.browser, env.server, '?lang=en&node=minsk', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const before = await page.evaluate(() => document.body.innerText);
    expect(english.filter((s) => before.includes(s)).length).toBeGreaterThan(15);
    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ru');
    // Dataset text (organisation names, source titles) stays as the data gives it; the interface must not.
    const after = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('.flow-partners, cite.source').forEach((el) => el.remove());
      document.body.append(body);
      const text = body.innerText;
      body.remove();
      return text;
    });
    expect(english.filter((s) => after.includes(s))).toEqual([]);
    await page.context().close();
  });
});

/**
 * The map centred on [lon, lat] at a zoom, with the panels out of the way, and the colour the screen shows
 * at any longitude and latitude (Mercator, 512 px tiles: 512 × 2^zoom px for the world).
 */
async function openBasemapAt(
  env: Awaited<ReturnType<typeof withBrowser>>,
  [lon, lat]: [number, number],
  zoom: number,
) {
  const { page } = await openPage(env.browser, env.server, `?lang=en&at=${lon},${lat},${zoom}`, {
    reducedMotion: 'reduce',
    viewport: { width: 1000, height: 800 },
  });
  await waitReady(page);
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await closeFilters(page);
  await page.waitForTimeout(300);
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const pixels = await screenshotPixels(page);
  const world = 512 * 2 ** zoom;
  const [cx, cy] = toMercator(lon, lat);
  const at = (lon: number, lat: number) => {
    const [x, y] = toMercator(lon, lat);
    return pixels.at(box.x + box.width / 2 + (x - cx) * world, box.y + box.height / 2 + (y - cy) * world);
  };
  return { page, at };
}
