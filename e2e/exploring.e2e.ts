/**
 * Exploring and embedding, as a researcher and a phone reader meet them: every link pins its version, a
 * hidden selection never opens, a comparison reads in two hues, the map keeps its room beside the panels
 * and its labels clear of them, arcs can be clicked on their curve, printing drops the chrome, and the
 * keyboard finds its way.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest, loadVersion } from '../scripts/lib/load-local.ts';
import { aggregate } from '../src/domain/aggregate.ts';
import { ARC, ARC_STRIDE, arcGeometry, arcPoint } from '../src/domain/arcs.ts';
import { edgeIdOf } from '../src/domain/edgeId.ts';
import { toMercator } from '../src/domain/mercator.ts';
import { networkIndex } from '../src/domain/networkIndex.ts';
import { ALL_TIME } from '../src/domain/timeWindow.ts';
import { PALETTES } from '../src/map/palette.ts';
import { hex, near, openPage, screenshotPixels, waitReady, withBrowser } from './harness.ts';

const manifest = loadManifest('public/data');
if (!manifest.ok) throw new Error('invalid manifest');
const DEFAULT = manifest.value.default;
const dataset = loadVersion('public/data', manifest.value, DEFAULT);
if (!dataset.ok) throw new Error('invalid default version');
const index = networkIndex(dataset.value);
const HUBS = dataset.value.nodes.filter((n) => n.kind === 'hub' || n.kind === 'center').map((n) => n.id);

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The boxes of what covers the map, relative to the map's canvas, and the canvas size. */
async function coverage(page: Page) {
  return page.evaluate(`(() => {
    const c = document.querySelector('.map-canvas').getBoundingClientRect();
    const overlays = [...document.querySelectorAll('.map-overlay')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top]);
    return { width: c.width, height: c.height, overlays };
  })()`) as Promise<{ width: number; height: number; overlays: Box[] }>;
}

describe('exploring and embedding', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('share, cite and embed texts all pin the dataset version', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en&u=3', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    expect(page.url()).not.toContain('v=');
    await page.getByRole('button', { name: 'Share & cite' }).click();
    const link = await page.locator('.share-link').inputValue();
    expect(link).toContain(`v=${DEFAULT}`);
    const citation = await page.locator('.share-dialog .cite-text').textContent();
    expect(citation).toContain(`v=${DEFAULT}`);
    for (const style of ['gbt7714', 'gost', 'bibtex', 'text']) {
      await page.locator('.share-dialog select').selectOption(style);
      expect(await page.locator('.share-dialog .cite-text').textContent()).toContain(`v=${DEFAULT}`);
    }
    expect(await page.locator('#embed-code').inputValue()).toContain(`v=${DEFAULT}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link whose selection the filters hide opens without it, and its shared link drops it', async () => {
    const { page } = await openPage(
      env.browser,
      env.server,
      '?lang=en&u=3&types=project&edge=minsk~qingdao~talent',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    // The side panel shows the legend, not the details of an edge that is not on the map.
    await expect.poll(() => page.locator('.side-panel .legend').count()).toBe(1);
    expect(await page.locator('#details-title').count()).toBe(0);
    await page.getByRole('button', { name: 'Share & cite' }).click();
    const link = await page.locator('.share-link').inputValue();
    expect(link).not.toContain('edge=');
    expect(link).toContain('types=project');
    await page.context().close();
  });

  it('a comparison legend shows + and − and the map draws it in two hues', async () => {
    const other = manifest.value.versions.find((v) => v.id !== DEFAULT)!.id;
    const { page, errors } = await openPage(env.browser, env.server, `?lang=en&u=3&vs=${other}`, {
      reducedMotion: 'reduce',
      viewport: { width: 1400, height: 900 },
    });
    await waitReady(page);
    const widths = await page.locator('.legend-change-widths li').allTextContents();
    expect(widths.some((w) => w.startsWith('+'))).toBe(true);
    expect(widths.some((w) => w.startsWith('−'))).toBe(true);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const pixels = await screenshotPixels(page);
    const { increase, decrease } = PALETTES.dark.change;
    let up = 0;
    let down = 0;
    // The map between the panels (left of the side panel).
    for (let y = box.y; y < box.y + box.height; y += 2)
      for (let x = box.x; x < box.x + box.width - 400; x += 2) {
        const c = pixels.at(x, y);
        if (near(c, hex(increase), 40)) up++;
        if (near(c, hex(decrease), 40)) down++;
      }
    expect(up).toBeGreaterThan(50);
    expect(down).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1280×720 the map keeps half the window and every hub label lies inside the uncovered map', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en&u=3', {
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 720 },
    });
    await waitReady(page);
    await expect.poll(() => page.locator('.map-canvas').getAttribute('data-labels')).toBeTruthy();
    await page.waitForTimeout(500);
    const { width, height, overlays } = await coverage(page);
    // Uncovered map, sampled every 4 px against the union of the overlays.
    let free = 0;
    for (let y = 0; y < height; y += 4)
      for (let x = 0; x < width; x += 4)
        if (!overlays.some(([l, t, r, b]) => x >= l && x < r && y >= t && y < b)) free += 16;
    expect(free / (1280 * 720)).toBeGreaterThanOrEqual(0.5);
    const labels = new Map(
      JSON.parse((await page.locator('.map-canvas').getAttribute('data-labels'))!) as Array<[string, Box]>,
    );
    for (const id of HUBS) {
      const b = labels.get(id);
      expect(b, `${id} has a label`).toBeDefined();
      expect(b![0] >= 0 && b![1] >= 0 && b![2] <= width && b![3] <= height, `${id} inside the map`).toBe(
        true,
      );
      for (const o of overlays) expect(overlaps(b!, o), `${id} clear of ${o.join(',')}`).toBe(false);
    }
    // And no two labels collide.
    const boxes = [...labels.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    await page.context().close();
  });

  it('the top bar is one row at 1280, and on a phone no control strip is wider than the screen', async () => {
    const wide = await openPage(env.browser, env.server, '?lang=ru&u=3', {
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 720 },
    });
    await waitReady(wide.page);
    const tops = await wide.page
      .locator('.top-bar select, .top-bar button, .top-bar h1')
      .evaluateAll((els) =>
        els.filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect().top),
      );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
    await wide.page.context().close();

    const phone = await openPage(env.browser, env.server, '?lang=ru&u=3', {
      reducedMotion: 'reduce',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await waitReady(phone.page);
    const tooWide = () =>
      phone.page.evaluate(`[...document.querySelectorAll('.top-bar, .top-bar *, .timeline, .timeline *')]
        .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible' || e.getBoundingClientRect().right > 361)
        .map((e) => e.className || e.tagName)`) as Promise<string[]>;
    expect(await tooWide()).toEqual([]);
    await phone.page.getByRole('button', { name: 'Ещё' }).click();
    await phone.page.getByRole('button', { name: 'Параметры' }).click();
    expect(await tooWide()).toEqual([]);
    await phone.page.context().close();
  });

  it('a click on the middle of a curved arc selects its edge', async () => {
    const camera = { lon: 80, lat: 42, zoom: 2.6 };
    // The arcs of the default view, and the one whose middle lies farthest from every other arc.
    const agg = aggregate(index, {
      window: ALL_TIME,
      types: ['project', 'talent', 'agreement'],
      kinds: ['center', 'hub', 'partner'],
    });
    const arcs = arcGeometry(index, agg);
    const world = 512 * 2 ** camera.zoom;
    const [cx, cy] = toMercator(camera.lon, camera.lat);
    const screen = ([x, y]: [number, number]): [number, number] => [(x - cx) * world, (y - cy) * world];
    let best = { arc: -1, clearance: 0 };
    for (let i = 0; i < arcs.count; i++) {
      const mid = screen(arcPoint(arcs, i, 0.5));
      let clearance = Infinity;
      for (let j = 0; j < arcs.count; j++) {
        if (j === i) continue;
        for (let s = 0; s <= 64; s++) {
          const p = screen(arcPoint(arcs, j, s / 64));
          clearance = Math.min(clearance, Math.hypot(p[0] - mid[0], p[1] - mid[1]));
        }
      }
      if (clearance > best.clearance) best = { arc: i, clearance };
    }
    expect(best.clearance).toBeGreaterThan(12);
    const o = best.arc * ARC_STRIDE;
    const expected = edgeIdOf(
      index.nodes[arcs.data[o + ARC.source]!]!.id,
      index.nodes[arcs.data[o + ARC.target]!]!.id,
      arcs.data[o + ARC.type]!,
    );
    const { page } = await openPage(
      env.browser,
      env.server,
      `?lang=en&u=3&scale=fitted&at=${camera.lon},${camera.lat},${camera.zoom}`,
      { reducedMotion: 'reduce', viewport: { width: 1400, height: 900 } },
    );
    await waitReady(page);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const [mx, my] = screen(arcPoint(arcs, best.arc, 0.5));
    const at = { x: box.x + box.width / 2 + mx, y: box.y + box.height / 2 + my };
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('[data-testid="edge-tooltip"]').count()).toBe(1);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(expected);
    await page.context().close();
  });

  it('printing hides the panels and the controls', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en&u=3', { reducedMotion: 'reduce' });
    await waitReady(page);
    expect(await page.locator('.side-panel').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    expect(await page.locator('.timeline').isVisible()).toBe(false);
    expect(await page.locator('.top-bar-controls').isVisible()).toBe(false);
    expect(await page.locator('.map-canvas').isVisible()).toBe(true);
    await page.context().close();
  });

  it('printing the table view prints its table and citation under the drawn map, in ink on paper', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en&view=table&u=3', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const rgb = (c: string) => `rgb(${hex(c).join(', ')})`;
    const textColour = () => page.locator('.table-view').evaluate((e) => getComputedStyle(e).color);
    expect(await textColour()).toBe(rgb(PALETTES.dark.text));
    // The print drawing's code loads once the first view is idle: ask until the drawn map is there.
    await expect
      .poll(
        async () => {
          await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
          return page.locator('.print-view img[data-drawn="true"]').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const part of ['.print-view img', '.table-view .edges', '.table-view .cite-text'])
      expect(await page.locator(part).first().isVisible(), part).toBe(true);
    expect(await page.locator('.table-view button').first().isVisible()).toBe(false);
    expect(await page.locator('.filters-drawer, .drawer-open').first().isVisible()).toBe(false);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('.print-view img')).toBeLessThan(await top('.table-view'));
    // Dark ink: the light palette's text, not the dark theme's pale grey.
    expect(await textColour()).toBe(rgb(PALETTES.light.text));
    await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
    await page.emulateMedia({ media: 'screen' });
    expect(await textColour()).toBe(rgb(PALETTES.dark.text));
    await page.context().close();
  });

  it('the keyboard: a skip link first, then map, timeline and panels; a picked node takes focus to its heading', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en&u=3', { reducedMotion: 'reduce' });
    await waitReady(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    // From the map, Tab reaches Play (the timeline) before any panel control.
    const order: string[] = [];
    for (let i = 0; i < 40 && !order.includes('filters'); i++) {
      await page.keyboard.press('Tab');
      order.push(
        (await page.evaluate(`(() => {
          const e = document.activeElement;
          if (e.closest('.timeline')) return 'timeline';
          if (e.closest('.app-panels')) return 'filters';
          if (e.closest('.app-main')) return 'map';
          return 'other';
        })()`)) as string,
      );
    }
    expect(order.indexOf('timeline')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('timeline')).toBeLessThan(order.indexOf('filters'));
    expect(order.slice(0, order.indexOf('timeline'))).not.toContain('other');
    // Picking a node from the list moves focus to its details' heading.
    await page.locator('.node-list button', { hasText: 'Minsk' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement.id')).toBe('details-title');
    await page.context().close();
  });
});
