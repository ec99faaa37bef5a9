/**
 * The first picture: flows on screen before MapLibre has drawn, from the validated data, on the map's own
 * camera, handed over without moving anything.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest, loadVersion } from '../scripts/lib/load-local.ts';
import { fitCamera, toMercator } from '../src/domain/mercator.ts';
import { networkIndex } from '../src/domain/networkIndex.ts';
import { nodeBounds } from '../src/domain/nodePoints.ts';
import { PALETTES } from '../src/map/palette.ts';
import { hex, near, openPage, screenshotPixels, waitReady, withBrowser, type Pixels } from './harness.ts';

const manifest = loadManifest('public/data');
if (!manifest.ok) throw new Error('invalid manifest');
const dataset = loadVersion('public/data', manifest.value, manifest.value.default);
if (!dataset.ok) throw new Error('invalid dataset');
const data = dataset.value;
const nodes = new Map(data.nodes.map((n) => [n.id, n]));
const palette = PALETTES.dark;

/**
 * Where a node is drawn: the network fitted into the part of the map no panel covers, as the README says
 * (a 48 px margin; each panel pushes in from the edge it stands at by its reach plus 24 px; no side more
 * than 45 %), on 512-px tiles.
 */
async function nodeAt(page: Page, id: string): Promise<[number, number]> {
  const box = (await page.locator('.map-area').boundingBox())!;
  const panels = await page
    .locator('.map-overlay')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
    );
  const margin = box.width > 720 ? 48 : 44;
  const pad = { top: margin, bottom: margin, left: margin, right: margin };
  for (const [left, top, right, bottom] of panels) {
    const [l, t, r, b] = [left! - box.x, top! - box.y, right! - box.x, bottom! - box.y];
    if (r <= l || b <= t || r <= 0 || b <= 0 || l >= box.width || t >= box.height) continue;
    if (b - t > r - l) {
      if (l < box.width - r) pad.left = Math.max(pad.left, r + margin / 2);
      else pad.right = Math.max(pad.right, box.width - l + margin / 2);
    } else if (t < box.height - b) pad.top = Math.max(pad.top, b + margin / 2);
    else pad.bottom = Math.max(pad.bottom, box.height - t + margin / 2);
  }
  const padding = {
    top: Math.min(pad.top, box.height * 0.45),
    bottom: Math.min(pad.bottom, box.height * 0.45),
    left: Math.min(pad.left, box.width * 0.45),
    right: Math.min(pad.right, box.width * 0.45),
  };
  const camera = fitCamera(nodeBounds(networkIndex(data)), box.width, box.height, padding);
  const world = 512 * 2 ** camera.zoom;
  const [cx, cy] = toMercator(camera.lon, camera.lat);
  const n = nodes.get(id)!;
  const [x, y] = toMercator(n.lon, n.lat);
  return [box.x + box.width / 2 + (x - cx) * world, box.y + box.height / 2 + (y - cy) * world];
}

const background = (c: [number, number, number]) =>
  near(c, hex(palette.land), 10) || near(c, hex(palette.water), 10);

describe('the first picture', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('shows the network before MapLibre arrives (its code held back), then hands over without moving it', async () => {
    const context = await env.browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
    });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/maplibre-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}?lang=en`);
    await page.waitForSelector('html[data-first-picture="true"]', { timeout: 60_000 });
    expect(await page.getAttribute('html', 'data-ready')).not.toBe('true');
    const probes = ['qingdao', 'moscow', 'minsk', 'almaty'];
    const before: Pixels = await screenshotPixels(page);
    const positions = await Promise.all(probes.map((id) => nodeAt(page, id)));
    // The center is the one gold element (warm: far more red than blue); the partners are drawn where the
    // map will draw them.
    const [r, , b] = before.at(...positions[0]!);
    expect(r - b, 'center').toBeGreaterThan(60);
    for (const [i, id] of probes.entries()) expect(background(before.at(...positions[i]!)), id).toBe(false);
    release();
    await waitReady(page);
    expect(await page.locator('[data-testid="first-picture"]').count()).toBe(0);
    const after = await screenshotPixels(page);
    // The partners (the center is where MapLibre's hub labels may fall on it, a placement of labels only).
    for (const [i, id] of probes.entries()) {
      if (id === 'qingdao') continue;
      const [x, y] = positions[i]!;
      // Still a node there, of the same colour, within a few pixels (antialiasing and the arcs that meet
      // at a node may shift the exact pixel).
      const around = [-3, -2, -1, 0, 1, 2, 3].flatMap((dx) =>
        [-3, 0, 3].map((dy) => [x + dx, y + dy] as const),
      );
      expect(
        around.some(([ax, ay]) => near(after.at(ax, ay), before.at(x, y), 48)),
        `${id} at handover`,
      ).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is drawn before the side panel’s long lists are laid out, and they follow at once', async () => {
    const context = await env.browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1400, height: 900 },
    });
    // What the page holds at the moment the first picture is signalled (before anything else can run).
    await context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.documentElement.dataset.firstPicture !== 'true') return;
        (window as unknown as { listsAtFirstPicture: number }).listsAtFirstPicture =
          document.querySelectorAll('.node-list, .key-figures').length;
        seen.disconnect();
      });
      // The document, not its <html>: this runs before the page's markup has been parsed.
      seen.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-first-picture'] });
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?lang=en`);
    await page.waitForSelector('html[data-first-picture="true"]', { timeout: 60_000 });
    expect(
      await page.evaluate(() => (window as unknown as { listsAtFirstPicture: number }).listsAtFirstPicture),
    ).toBe(0);
    await page.locator('.node-list .node-item').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.node-list .node-item').count()).toBe(data.nodes.length);
    await page.locator('.key-figures').waitFor();
    await context.close();
  });

  it('asks for the first view’s data while the app’s code is still on its way, each file once', async () => {
    const context = await env.browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The app's entry is held back; the page's first script (a file of its own) is not.
    await context.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const data: string[] = [];
    const code: string[] = [];
    context.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/data/')) data.push(path);
      if (path.startsWith('/assets/') && path.endsWith('.js')) code.push(path);
    });
    const page = await context.newPage();
    // Not waiting for the page's load event: it waits for the held script.
    await page.goto(`${env.server.url}?lang=en`, { waitUntil: 'commit' });
    const folder = manifest.value.default;
    const firstView = [
      '/data/manifest.json',
      ...['nodes', 'flows', 'sources', 'figures', 'events'].map((f) => `/data/${folder}/${f}.json`),
      '/data/basemap/basemap.json',
      '/data/basemap/land.geojson',
      '/data/fonts/fonts.json',
    ];
    await expect.poll(() => firstView.filter((f) => !data.includes(f)), { timeout: 30_000 }).toEqual([]);
    // MapLibre's code too, the largest download: not once the app's code has run and imported it.
    await expect.poll(() => code.some((p) => /^\/assets\/maplibre-[^/]*\.js$/.test(p))).toBe(true);
    // And the words of the page's language, which the app waits for before it renders; only those.
    const dictionaries = () => code.flatMap((p) => p.match(/^\/assets\/(zh|en|ru)-[^/]*\.js$/)?.[1] ?? []);
    await expect.poll(dictionaries).toEqual(['en']);
    expect(await page.getAttribute('html', 'data-first-picture')).toBeNull();
    release();
    await waitReady(page);
    // The other two come once the first view is drawn, for switching language offline.
    await expect.poll(() => dictionaries().sort()).toEqual(['en', 'ru', 'zh']);
    // The app took those responses: not one of them was asked for twice.
    for (const f of firstView)
      expect(
        data.filter((d) => d === f),
        f,
      ).toHaveLength(1);
    expect(code.filter((p, i) => code.indexOf(p) !== i)).toEqual([]);
    await context.close();
  });

  it('is drawn from validated data only: a version that fails validation shows no first picture', async () => {
    const folder = manifest.value.default;
    const flows = JSON.parse(fs.readFileSync(`public/data/${folder}/flows.json`, 'utf8'));
    flows[0].target = 'atlantis';
    // The checksum still matches the original bytes, so these are refused before anything is drawn.
    env.server.override(`/data/${folder}/flows.json`, { body: JSON.stringify(flows) });
    const { page } = await openPage(env.browser, env.server, '?lang=en');
    await page.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await page.getAttribute('html', 'data-first-picture')).toBeNull();
    env.server.override(`/data/${folder}/flows.json`, null);
    await page.context().close();
  });
});

describe('the first picture without WebGL', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(() => env.close());

  it('gives way to the SVG renderer, which signals ready', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    expect(await page.getAttribute('html', 'data-first-picture')).toBe('true');
    expect(await page.getAttribute('.map-canvas', 'data-renderer')).toBe('svg');
    expect(await page.locator('[data-testid="first-picture"]').count()).toBe(0);
    await page.context().close();
  });
});
