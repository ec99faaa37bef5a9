import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitReady, withBrowser } from './harness.ts';

/** The production build under its strict Content-Security-Policy: nothing it does may be refused. */
describe('strict Content-Security-Policy', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('comes before every script and preload of the page, so it covers them all', () => {
    const html = fs.readFileSync('dist/index.html', 'utf8');
    const policy = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(policy).toBeGreaterThan(0);
    for (const tag of ['<script', '<link rel="modulepreload"', '<link rel="stylesheet"'])
      expect(html.indexOf(tag), tag).toBeGreaterThan(policy);
    // The page's first script comes first after it, before the app's entry (vite.config.ts, early-script).
    expect(html.indexOf('<script')).toBe(html.indexOf('<script type="module" async'));
  });

  for (const query of [
    '?lang=zh',
    '?lang=en&view=table&time=2024-Q3&mode=period',
    '?lang=ru&node=minsk&theme=light',
  ]) {
    it(`reports no violation for ${query}`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const page = await context.newPage();
      await page.goto(`${env.server.url}${query}`);
      await waitReady(page);
      await page.waitForTimeout(300);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      await context.close();
    });
  }
});
