/** Shared set-up for end-to-end tests: a server for dist/, a browser, and a page that records what it does. */
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';

export const DIST = path.resolve('dist');

export interface Recorded {
  page: Page;
  /** Requests to anything but the app's own origin (data: and blob: URLs are local). */
  foreign: string[];
  errors: string[];
}

export async function openPage(
  browser: Browser,
  server: StaticServer,
  query = '',
  options: BrowserContextOptions = {},
): Promise<Recorded> {
  // No service worker unless a test asks for one (offline tests): requests it answers bypass page.route.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${query}`);
  return { page, foreign, errors };
}

export async function waitReady(page: Page, timeout = 60_000) {
  await page.waitForSelector('html[data-ready="true"]', { timeout });
}

/** Closes the filters drawer if it is open (it starts open only on screens wide enough for both panels). */
export async function closeFilters(page: Page) {
  const close = page.getByRole('button', { name: 'Close filters' });
  if (await close.isVisible()) await close.click();
}

/** Opens the filters drawer if it is closed (English interface). */
export async function openFilters(page: Page) {
  const open = page.getByRole('button', { name: 'Filters', exact: true });
  if (await open.isVisible()) await open.click();
}

export async function withBrowser(args: string[] = []) {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser(args);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => [number, number, number];
}

export async function screenshotPixels(
  page: Page,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  const png = PNG.sync.read(await page.screenshot(clip ? { clip } : {}));
  return {
    width: png.width,
    height: png.height,
    at: (x, y) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** How many distinct colours (quantised) a region shows: a blank canvas shows one. */
export function colourCount(p: Pixels, step = 4): number {
  const seen = new Set<number>();
  for (let y = 0; y < p.height; y += step) {
    for (let x = 0; x < p.width; x += step) {
      const [r, g, b] = p.at(x, y);
      seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return seen.size;
}

export const hex = (h: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

export const near = (a: [number, number, number], b: [number, number, number], tolerance = 12) =>
  a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** axe-core's serious and critical violations on the page (WCAG 2.x A and AA), as `rule: targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}
