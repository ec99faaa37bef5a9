/**
 * What covers what, at the sizes people open the app at: the panels and the basemap's credit line, the
 * top bar's controls on tablets and small windows, and a presentation's legend, time window, QR code and
 * caption in a small window. Each case here was found covered or cut off once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';

describe('a presentation in a small window', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('presents in a small window: the legend between the time window and the QR code, the caption clear of both, the credit legible', async () => {
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      '?lang=ru&present=1&story=transfer-to-innovation&step=5',
      { viewport: { width: 1000, height: 500 }, reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => page.locator('.step-figure').count()).toBeGreaterThan(0);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const window = await box('.present-window');
    const legend = await box('.present-legend');
    const corner = await box('.wall-corner');
    const body = await box('.caption-body');
    // Russian's time window takes two lines here; the QR code keeps its 120 px floor.
    expect(legend.y, 'legend over the time window').toBeGreaterThanOrEqual(window.y + window.height - 1);
    expect(legend.y + legend.height, 'QR code over the legend').toBeLessThanOrEqual(corner.y + 1);
    expect(legend.height, 'room for the legend').toBeGreaterThan(150);
    expect(body.x + body.width, 'caption under the legend or status').toBeLessThanOrEqual(
      Math.min(legend.x, corner.x) + 1,
    );
    // The basemap's credit is in the caption band, not under it. (The overlay lets pointers through to the
    // map, which elementFromPoint honours: it takes them for this one look.)
    const credit = await box('.present-caption .attribution-inline');
    const onTop = await page.evaluate(
      ([x, y]) => {
        const layers = [...document.querySelectorAll<HTMLElement>('.present-overlay, .present-overlay *')];
        for (const el of layers) el.style.pointerEvents = 'auto';
        const hit = document.elementFromPoint(x!, y!);
        for (const el of layers) el.style.pointerEvents = '';
        return !!hit?.closest('.attribution-inline');
      },
      [credit.x + 4, credit.y + credit.height / 2],
    );
    expect(onTop, 'basemap credit covered').toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the basemap credit', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  // The panels over the map ended 0.75 rem from its bottom, half-way up the credit line: the filters
  // drawer on every wide screen, the table, and in a narrow window the side panel.
  for (const [query, width, height] of [
    ['?lang=en', 1920, 1080],
    ['?lang=ru', 768, 1024],
    ['?lang=ru&view=table', 1280, 720],
  ] as const)
    it(`no panel covers it (${query}, ${width} × ${height})`, async () => {
      const { page, errors } = await openPage(env.browser, env.server, query, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      await waitReady(page);
      const credit = (await page.locator('.attribution').boundingBox())!;
      const panels = await page
        .locator('.filters-drawer, .side-panel, .table-view')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(panels.length).toBeGreaterThan(0);
      for (const p of panels) {
        const apart =
          p.right <= credit.x ||
          p.left >= credit.x + credit.width ||
          p.bottom <= credit.y ||
          p.top >= credit.y + credit.height;
        expect(apart, `a panel at ${Math.round(p.left)},${Math.round(p.top)} over the credit`).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
});

describe('the top bar', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  // A width rule folded the controls on phones only: a 768 px tablet (and a 1024 px window in Russian)
  // lost "Present", "Share" and the theme button past the screen's right edge.
  for (const [lang, width, height, folded] of [
    ['ru', 768, 1024, true],
    ['en', 768, 1024, true],
    ['ru', 1024, 600, true],
    ['en', 1280, 720, false],
  ] as const)
    it(`every control is on the screen (${lang}, ${width} × ${height})`, async () => {
      const { page, errors } = await openPage(env.browser, env.server, `?lang=${lang}`, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      await waitReady(page);
      const more = page.locator('.top-bar .more-toggle');
      await expect(more.isVisible()).resolves.toBe(folded);
      if (folded) await more.click();
      const boxes = await page
        .locator('.top-bar :is(button, select)')
        .evaluateAll((els) =>
          els
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => [e.textContent?.trim().slice(0, 20), e.getBoundingClientRect().toJSON()] as const),
        );
      // Language, More (where folded), version, comparison, map, table, present, share, theme.
      expect(boxes.length).toBe(folded ? 9 : 8);
      for (const [name, box] of boxes) {
        expect(box.left, `${name} off the left edge`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${name} past the right edge`).toBeLessThanOrEqual(width);
      }
      await expect(
        page.getByRole('button', { name: lang === 'ru' ? 'Презентация' : 'Present' }).isVisible(),
      ).resolves.toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('folds and unfolds as the words change: English fits at 1024 px, Russian does not', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en', {
      viewport: { width: 1024, height: 600 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const more = page.locator('.top-bar .more-toggle');
    await expect(more.isVisible()).resolves.toBe(false);
    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await expect.poll(() => more.isVisible()).toBe(true);
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect.poll(() => more.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('folds when the version and comparison selects arrive after the bar was measured (Russian, 1024 px)', async () => {
    const context = await env.browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1024, height: 600 },
      reducedMotion: 'reduce',
    });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/data\/manifest\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?lang=ru`);
    await page.waitForSelector('.top-bar');
    // Without the version's selects the rest fits beside the title.
    await expect(page.locator('.top-bar .version-select').count()).resolves.toBe(0);
    await expect(page.locator('.top-bar .more-toggle').isVisible()).resolves.toBe(false);
    release();
    await waitReady(page);
    await expect(page.locator('.top-bar .version-select').count()).resolves.toBe(1);
    await expect(page.locator('.top-bar .more-toggle').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
