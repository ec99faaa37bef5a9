import fs from 'node:fs';
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
      await page.keyboard.press('PageDown');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
