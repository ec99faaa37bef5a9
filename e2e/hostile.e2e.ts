import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';

const KEYS = [
  'v',
  'lang',
  'time',
  'mode',
  'types',
  'kinds',
  'node',
  'edge',
  'view',
  'at',
  'country',
  'min',
  'compare',
  'vs',
  'theme',
  'present',
  'story',
  'step',
  'embed',
  'kiosk',
];
const PAYLOADS = [
  '<b id=pwned>x</b>',
  '<img src=x onerror="window.pwned=1">',
  'javascript:window.pwned=1',
  '"><script>window.pwned=1</script>',
  '\u202e2024',
  '2024..2019',
  '-1',
  '1e999',
  '..',
  '%00',
  '',
];

describe('hostile input', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('any URL: the page never crashes, falls back to defaults and never renders the input as HTML', async () => {
    const params = fc.dictionary(
      fc.constantFrom(...KEYS),
      fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 30 })),
      { maxKeys: 6 },
    );
    const samples = fc.sample(params, { numRuns: 12, seed: 20251124 });
    const context = await env.browser.newContext({
      viewport: { width: 1100, height: 750 },
      reducedMotion: 'reduce',
    });
    for (const sample of samples) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const query = new URLSearchParams(sample).toString();
      await page.goto(`${env.server.url}?${query}`);
      await page.waitForFunction(
        () => document.documentElement.dataset.ready === 'true' || document.querySelector('[role=alert]'),
        null,
        { timeout: 60_000 },
      );
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: number }).pwned ?? 0,
        injected: document.querySelectorAll('#pwned, [onerror], script:not([src])').length,
        root: document.getElementById('root')!.childElementCount,
      }));
      expect(state, query).toEqual({ pwned: 0, injected: 0, root: 1 });
      expect(errors, query).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('a missing font still draws the map (labels fall back), and missing stories do not block it', async () => {
    env.server.override('/data/fonts/fonts.json', { status: 404, body: '' });
    const fontless = await openPage(env.browser, env.server, '?lang=zh');
    await waitReady(fontless.page);
    await fontless.page.context().close();
    env.server.override('/data/fonts/fonts.json', null);

    const manifest = JSON.parse(await (await fetch(`${env.server.url}data/manifest.json`)).text()) as {
      default: string;
    };
    env.server.override(`/data/${manifest.default}/stories.json`, { status: 404, body: '' });
    const present = await openPage(env.browser, env.server, '?lang=en&present=1');
    await waitReady(present.page);
    await expect
      .poll(() => present.page.locator('.caption-text').textContent(), { timeout: 20_000 })
      .toBe('The guided tour could not be loaded; showing the network.');
    await present.page.context().close();
    env.server.override(`/data/${manifest.default}/stories.json`, null);
  });
});
