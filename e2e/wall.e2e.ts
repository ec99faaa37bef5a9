import fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';
import { visibleTexts } from './textSizes.ts';

/**
 * The wall (issue "The wall and the lobby"): from 3 m on a 4K screen, at device pixel ratio 1 or at 1920×1080
 * and ratio 2 (the same glass), map labels are ≥ 28 px, the legend ≥ 32 px, captions ≥ 48 px, and no text
 * on screen is under 24 px. Sizes are device pixels, read from the DOM and, for the map, from its style.
 */
describe('the wall is legible from across the room', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  for (const [width, height, ratio] of [
    [3840, 2160, 1],
    [1920, 1080, 2],
  ] as const) {
    it(`at ${width}×${height}, device pixel ratio ${ratio}`, async () => {
      const { page, errors } = await openPage(
        env.browser,
        env.server,
        '?lang=en&present=1&story=transfer-to-innovation&step=3',
        { viewport: { width, height }, deviceScaleFactor: ratio, reducedMotion: 'reduce' },
      );
      await waitReady(page);
      await expect.poll(() => page.locator('.caption-text').textContent()).toContain('9 June 2025');
      // The map fills the screen (it once had no height in this room and the wall showed no map).
      expect(await page.locator('.map-canvas').boundingBox()).toEqual({ x: 0, y: 0, width, height });

      const texts = await visibleTexts(page);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((t) => t.px < 24)).toEqual([]);

      const sizes = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize) * devicePixelRatio));
      const legend = await sizes('.present-legend :is(h2, h3, li, p, label)');
      expect(legend.length).toBeGreaterThan(10);
      expect(Math.min(...legend)).toBeGreaterThanOrEqual(32);
      expect(Math.min(...(await sizes('.caption-text')))).toBeGreaterThanOrEqual(48);

      // The smallest label size the map's style is given, and labels actually placed.
      const labelSize = Number(await page.locator('.map-canvas').getAttribute('data-label-size'));
      expect(labelSize * ratio).toBeGreaterThanOrEqual(28);
      const labels = JSON.parse((await page.locator('.map-canvas').getAttribute('data-labels'))!) as [
        string,
        number[],
      ][];
      expect(labels.map(([id]) => id)).toEqual(expect.arrayContaining(['qingdao', 'minsk', 'tashkent']));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  // The shipped tour, read from the default version's file: the steps that name nodes or figures.
  const manifest = JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as {
    default: string;
    versions: { id: string; folder: string }[];
  };
  const folder = manifest.versions.find((v) => v.id === manifest.default)!.folder;
  const tour = (
    JSON.parse(fs.readFileSync(`public/data/${folder}/stories.json`, 'utf8')) as {
      id: string;
      steps: { nodes?: string[]; figures?: string[] }[];
    }[]
  )[0]!;

  for (const [width, height] of [
    [3840, 2160],
    [1080, 1920],
  ] as const)
    it(`each step lights the places its caption names, inside the free area (${width}×${height})`, async () => {
      const { page, errors } = await openPage(
        env.browser,
        env.server,
        `?lang=en&present=1&story=${tour.id}&step=1`,
        {
          viewport: { width, height },
          reducedMotion: 'reduce',
        },
      );
      await waitReady(page);
      for (const [i, step] of tour.steps.entries()) {
        if (i > 0) await page.keyboard.press('PageDown');
        await expect.poll(() => page.locator('.caption-meta').textContent()).toContain(`Step ${i + 1} of`);
        if (!step.nodes) continue;
        await waitReady(page);
        // Exactly the named nodes stay bright (the rest dim), each where the camera put it: on the map and
        // under none of the title, time, legend, figures or caption.
        const bright = async () =>
          JSON.parse((await page.locator('.map-canvas').getAttribute('data-bright')) ?? '[]') as [
            string,
            number,
            number,
          ][];
        await expect
          .poll(async () => (await bright()).map(([id]) => id).sort())
          .toEqual([...step.nodes].sort());
        const overlays = await page
          .locator('.present-overlay .map-overlay')
          .evaluateAll((els) =>
            els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom] as const),
          );
        for (const [id, x, y] of await bright()) {
          expect(x > 0 && x < width && y > 0 && y < height, `${id} on screen at step ${i + 1}`).toBe(true);
          const under = overlays.filter(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b);
          expect(under, `${id} at ${x},${y} is under an overlay at step ${i + 1}`).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('a step that states the headline figures shows them large, each with its source', async () => {
    const n = tour.steps.findIndex((s) => (s.figures?.length ?? 0) > 1) + 1;
    expect(n).toBeGreaterThan(0);
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      `?lang=en&present=1&story=${tour.id}&step=${n}`,
      {
        viewport: { width: 3840, height: 2160 },
        reducedMotion: 'reduce',
      },
    );
    await waitReady(page);
    const figures = page.locator('.step-figure');
    await expect.poll(() => figures.count()).toBe(tour.steps[n - 1]!.figures!.length);
    // The report's own figures (figures.json in 2026.12): 34 talents, 100+ technologies, 30+ institutions.
    expect(await page.locator('.step-figure-value').allTextContents()).toEqual(
      expect.arrayContaining(['34', '100+', '30+']),
    );
    for (const source of await page.locator('.step-figure-source').allTextContents())
      expect(source).toMatch(/Source: .*Guanhai News.*2025-09-05/);
    const px = await page
      .locator('.step-figure-value')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...px)).toBeGreaterThanOrEqual(96);
    expect(await page.locator('dl[aria-label="Figures the caption states"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every story step, as the wall shows it (screenshots in .e2e-artifacts/)', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en&present=1', {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    fs.mkdirSync('.e2e-artifacts', { recursive: true });
    const count = Number(/of (\d+)/.exec((await page.locator('.caption-meta').textContent())!)![1]);
    expect(count).toBeGreaterThan(1);
    for (let step = 1; step <= count; step++) {
      await expect.poll(() => page.url()).toContain(`step=${step}`);
      await waitReady(page);
      await page.screenshot({ path: `.e2e-artifacts/story-step-${step}.png` });
      // Nothing of the legend lies under the QR code and status corner.
      const legend = (await page.locator('.present-legend').boundingBox())!;
      const corner = (await page.locator('.wall-corner').boundingBox())!;
      expect(legend.y + legend.height, `step ${step}: legend over the QR corner`).toBeLessThanOrEqual(
        corner.y,
      );
      await page.keyboard.press('PageDown');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the lobby: cues, a way home, and new data without anyone', () => {
  const version = (JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as { default: string })
    .default;
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('says when it is paused and when it resumes, and when the loop ends', async () => {
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      '?lang=en&kiosk=1&idle=30&story=transfer-to-innovation&step=7',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => page.locator('.caption-meta').textContent()).toContain('Step 7 of 7');
    expect(await page.locator('.caption-meta').textContent()).toContain('Last step — the tour starts again');
    expect(await page.locator('.kiosk-cue').count()).toBe(0);
    await page.mouse.click(200, 300);
    await expect
      .poll(() => page.locator('.kiosk-cue').textContent())
      .toMatch(/^Paused — the tour starts again in (30|29) s$/);
    await expect.poll(() => page.locator('.kiosk-cue').textContent(), { timeout: 5000 }).toMatch(/in 2\d s$/);
    expect(await page.getByTestId('wall-status').textContent()).toMatch(
      new RegExp(`^Data ${version.replaceAll('.', '\\.')}checked \\d`),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a QR code of this view, named as one, that decodes to the view’s link pinned to its version', async () => {
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      '?lang=en&present=1&story=transfer-to-innovation&step=3',
      { reducedMotion: 'reduce', viewport: { width: 1920, height: 1080 } },
    );
    await waitReady(page);
    await expect.poll(() => page.url()).toContain('time=2025-06');
    const qr = page.getByRole('img', { name: `QR code of the link to this view (data version ${version})` });
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    const link = new URL(decoded!);
    expect(link.origin + link.pathname).toBe(env.server.url);
    expect(link.searchParams.get('v')).toBe(version);
    expect(link.searchParams.get('time')).toBe('2025-06');
    expect(link.searchParams.get('provenance')).toBe('reported');
    // A visitor explores on their phone: not a presentation, not a kiosk.
    for (const k of ['present', 'kiosk', 'story', 'step']) expect(link.searchParams.has(k)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to a newly published default at the loop boundary, without a reload', async () => {
    const context = await env.browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
    });
    let published = false;
    // The test server "publishes" a release: from now on the manifest names 2026.11 as the default.
    await context.route(/\/data\/manifest\.json$/, async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { default: string };
      if (published) manifest.default = '2026.11';
      await route.fulfill({ response, body: JSON.stringify(manifest) });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}?lang=en&kiosk=1&refresh=2&story=transfer-to-innovation&step=6`);
    await waitReady(page);
    await expect.poll(() => page.getByTestId('wall-status').textContent()).toContain(`Data ${version}`);
    const entries = await page.evaluate(() => history.length);
    published = true;
    // Checked and validated within seconds, but shown only when the loop comes back to its first step.
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('step=7');
    expect(await page.getByTestId('wall-status').textContent()).toContain(`Data ${version}`);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('step=1');
    await expect.poll(() => page.getByTestId('wall-status').textContent()).toContain('Data 2026.11');
    expect(await page.getByTestId('wall-status').textContent()).toContain('new data');
    await waitReady(page);
    // No navigation happened: one document, the same history, and the URL still follows the default.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(new URL(page.url()).searchParams.has('v')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts without a network from what it cached, says it is offline, and still refuses a bad checksum', async () => {
    // Service workers allowed here, as on a real screen.
    const context = await env.browser.newContext({
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?lang=en&kiosk=1`);
    await waitReady(page);
    const flows = `data/${version}/flows.json`;
    // The worker has taken over and holds what the first visit used.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            await navigator.serviceWorker.ready;
            const keys = await (await caches.open('sco-data')).keys();
            return keys.map((k) => new URL(k.url).pathname);
          }),
        { timeout: 30_000 },
      )
      .toEqual(expect.arrayContaining(['/data/manifest.json', `/${flows}`, '/data/basemap/land.geojson']));

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => page.getByTestId('wall-status').textContent()).toContain(`Data ${version}`);
    expect(await page.getByTestId('wall-status').textContent()).toContain('offline');

    // A cached file that no longer matches the cached manifest's checksum is refused, offline too.
    await page.evaluate(async (url) => {
      const cache = await caches.open('sco-data');
      const key = (await cache.keys()).find((k) => k.url.endsWith(url))!;
      await cache.put(
        key,
        new Response('{"flows": []}', { headers: { 'content-type': 'application/json' } }),
      );
    }, flows);
    await page.reload();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toContain(`${version}/flows.json: does not match its checksum in the manifest`);
    await context.close();
  });
});
