import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST, openPage, waitReady, seriousViolations } from './harness.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';

/** A host page on another origin, embedding the app in an iframe sandboxed with allow-scripts only. */
function hostPage(appUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<iframe id="map" title="China–SCO network" sandbox="allow-scripts" width="900" height="560" src="${appUrl}?embed=1&lang=en"></iframe>
<script>
  const frame = document.getElementById('map');
  window.events = [];
  // The frame's origin is opaque ("null"), so the host checks the source window, not the origin.
  window.addEventListener('message', (e) => { if (e.source === frame.contentWindow) window.events.push(e.data); });
  window.send = (message) => frame.contentWindow.postMessage(message, '*');
</script></body></html>`;
}

describe('embeds', () => {
  let app: StaticServer;
  let host: StaticServer;
  let stranger: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    // A sandboxed frame fetches with an opaque origin: the app's server must allow it (see README).
    app = await startStaticServer(DIST, { 'access-control-allow-origin': '*' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
    fs.writeFileSync(path.join(dir, 'index.html'), hostPage(app.url));
    host = await startStaticServer(dir);
    stranger = await startStaticServer(dir);
    app.override('/data/embed.json', {
      body: JSON.stringify({ allowedOrigins: [host.url.replace(/\/$/, '')] }),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all([app.close(), host.close(), stranger.close()]);
  });

  async function embedded(server: StaticServer) {
    const context = await browser.newContext({
      viewport: { width: 1000, height: 700 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(server.url);
    const frame = page.frameLocator('#map');
    await frame.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    return { page, frame, context };
  }

  it('takes commands from an allowed host origin and reports ready and view changes', async () => {
    const { page, frame, context } = await embedded(host);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { events: Array<{ type: string }> }).events.map((e) => e.type),
        ),
      )
      .toContain('sco-map:ready');
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({
        type: 'sco-map:set',
        lang: 'ru',
        time: '2024',
        types: ['talent'],
        node: 'minsk',
      }),
    );
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe('ru');
    await expect.poll(() => frame.locator('.timeline-label').textContent()).toContain('2024');
    const views = await page.evaluate(() =>
      (window as unknown as { events: Array<{ type: string; search?: string }> }).events.filter(
        (e) => e.type === 'sco-map:view',
      ),
    );
    expect(views.at(-1)?.search).toContain('lang=ru');
    expect(views.at(-1)?.search).toContain('types=talent');
    await context.close();
  });

  it('ignores commands from an origin not on the allowlist, and junk from anyone', async () => {
    const { page, frame, context } = await embedded(stranger);
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'sco-map:set', lang: 'ru' }),
    );
    await page.waitForTimeout(500);
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([]);
    await context.close();
    const allowed = await embedded(host);
    for (const junk of [
      '<img src=x onerror=alert(1)>',
      { type: 'sco-map:set', lang: '<b>', time: 'yesterday', types: 'all' },
      null,
      42,
    ]) {
      await allowed.page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), junk);
    }
    await allowed.page.waitForTimeout(300);
    expect(await allowed.frame.locator('html').getAttribute('lang')).toBe('en');
    expect(await allowed.frame.locator('img').count()).toBe(0);
    await allowed.context.close();
  });

  for (const [width, height] of [
    [320, 568],
    [3840, 2160],
  ] as const) {
    it(`fits ${width}×${height}: no overflow, legend and full-view link visible`, async () => {
      const server = await startStaticServer(DIST);
      const { page, errors } = await openPage(browser, server, '?embed=1&lang=zh', {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      await waitReady(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await page.locator('.embed-full-link').isVisible()).toBe(true);
      expect(await page.locator('.embed-legend button').isVisible()).toBe(true);
      if (width >= 480) expect(await page.locator('.embed-legend .legend').isVisible()).toBe(true);
      expect(await page.locator('.timeline').isVisible()).toBe(true);
      expect(await page.locator('.top-bar').count()).toBe(0);
      fs.mkdirSync('.e2e-artifacts', { recursive: true });
      await page.screenshot({ path: `.e2e-artifacts/embed-${width}x${height}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
      await server.close();
    });
  }
});
