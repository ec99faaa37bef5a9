import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser, seriousViolations } from './harness.ts';

const caption = (page: import('playwright-core').Page) => page.locator('.caption-text').textContent();

describe('presentation mode', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('a clicker walks the story; the URL follows; B blanks; Esc leaves', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en&present=1', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    await expect
      .poll(() => caption(page))
      .toContain('10 December 2020: the Ministry of Science and Technology');
    await expect.poll(() => page.url()).toContain('step=1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('Satbayev University');
    expect(page.url()).toContain('story=transfer-to-innovation');
    expect(page.url()).toContain('step=2');
    // The wall shows reported records only, and says so.
    await expect
      .poll(() => page.locator('.present-legend [data-testid="provenance-share"]').textContent())
      .toBe('Everything shown is reported, with a cited source');
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('collaboration network is lit from Qingdao');
    expect(await page.locator('.present-window').textContent()).toBe('June 2025');

    await page.keyboard.press('PageUp');
    await expect.poll(() => page.url()).toContain('step=2');
    await page.keyboard.press('b');
    expect(await page.locator('.blank-screen').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('.blank-screen').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.top-bar').count()).toBe(1);
    expect(page.url()).not.toContain('present=1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a step’s span on a smaller screen: the camera zooms out by the size ratio', async () => {
    const manifest = JSON.parse(await (await fetch(`${env.server.url}data/manifest.json`)).text()) as {
      default: string;
    };
    const stories = JSON.parse(
      await (await fetch(`${env.server.url}data/${manifest.default}/stories.json`)).text(),
    ) as Array<{ steps: Array<{ camera?: { lon: number; lat: number; zoom: number } }> }>;
    const written = stories[0]!.steps[0]!.camera!;
    const { page } = await openPage(env.browser, env.server, '?lang=en&present=1', {
      reducedMotion: 'reduce',
      viewport: { width: 960, height: 540 },
    });
    await waitReady(page);
    // Half the width and height of the 1920 × 1080 view the story is written for: one zoom level out.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('at'))
      .toBe(`${written.lon},${written.lat},${Math.round((written.zoom - 1) * 100) / 100}`);
    await page.context().close();
  });

  it('opens a linked step directly and passes axe', async () => {
    const { page } = await openPage(
      env.browser,
      env.server,
      '?lang=ru&present=1&story=transfer-to-innovation&step=6',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => caption(page)).toContain('внутренние хабы взаимодействия');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a kiosk returns to the start after the idle time without input', async () => {
    const { page } = await openPage(
      env.browser,
      env.server,
      '?lang=en&kiosk=1&idle=2&story=transfer-to-innovation&step=5',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => caption(page)).toContain('is inaugurated in Qingdao');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('step=6');
    const historyLength = await page.evaluate(() => history.length);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('step=1');
    await expect.poll(() => caption(page)).toContain('10 December 2020');
    // Kiosk steps replace the history entry: days of looping never grow it.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.context().close();
  });
});

describe('PNG export for slides', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('downloads the view at 3840×2160 with title, window, legend, version and source drawn in', async () => {
    const { PNG } = await import('pngjs');
    const fs = await import('node:fs');
    const { page } = await openPage(env.browser, env.server, '?lang=zh&time=2024&mode=cumulative', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    await page.getByLabel('图片尺寸').selectOption({ label: '3840×2160' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-3840x2160\.png$/);
    const bytes = fs.readFileSync((await download.path())!);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([3840, 2160]);
    // The file's own description is the view in words, as the page says it under the map.
    const words = await page.getByTestId('view-summary').textContent();
    expect(words).toMatch(/^截至 ?2024年?：共\d+条流动记录/);
    const described = bytes.indexOf(Buffer.from(`iTXtDescription\0\0\0\0\0${words}`, 'utf8'));
    expect(described).toBe(8 + 25 + 4);
    // Not blank: many distinct colours, including the flows' own.
    const seen = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(seen.size).toBeGreaterThan(100);
    await page.context().close();
  });
});
