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
    await expect.poll(() => caption(page)).toContain('2018: the SCO Qingdao Summit');
    await expect.poll(() => page.url()).toContain('step=1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('“1+N” innovation network');
    expect(page.url()).toContain('story=summit-to-center');
    expect(page.url()).toContain('step=2');
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('inaugurated in Qingdao');
    expect(await page.locator('.present-window').textContent()).toBe('Up to September 2025');
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
    const stories = JSON.parse(
      await (await fetch(`${env.server.url}data/2026.11/stories.json`)).text(),
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
      '?lang=ru&present=1&story=summit-to-center&step=4',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => caption(page)).toContain('внутренние узлы');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a kiosk returns to the start after the idle time without input', async () => {
    const { page } = await openPage(
      env.browser,
      env.server,
      '?lang=en&kiosk=1&idle=2&story=summit-to-center&step=3',
      { reducedMotion: 'reduce' },
    );
    await waitReady(page);
    await expect.poll(() => caption(page)).toContain('inaugurated in Qingdao');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('step=4');
    const historyLength = await page.evaluate(() => history.length);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('step=1');
    await expect.poll(() => caption(page)).toContain('2018: the SCO Qingdao Summit');
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
    const png = PNG.sync.read(fs.readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([3840, 2160]);
    // Not blank: many distinct colours, including the flows' own.
    const seen = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(seen.size).toBeGreaterThan(100);
    await page.context().close();
  });
});
