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
      serviceWorkers: 'block',
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

  it('a node named as a spreadsheet formula is written as text in both CSV files', async () => {
    const manifest = JSON.parse(await (await fetch(`${env.server.url}data/manifest.json`)).text());
    const folder = manifest.default as string;
    const nodes = JSON.parse(await (await fetch(`${env.server.url}data/${folder}/nodes.json`)).text());
    const formula = '=HYPERLINK("http://evil.example","Click me")';
    const moscow = nodes.find((n: { id: string }) => n.id === 'moscow');
    moscow.name = { zh: formula, en: formula, ru: formula };
    const flows = JSON.parse(await (await fetch(`${env.server.url}data/${folder}/flows.json`)).text());
    flows.find((f: { source: string }) => f.source === 'moscow').title.en = '@SUM(1+1)*cmd|" /C calc"!A0';
    const { sha256Hex } = await import('../src/data/checksum.ts');
    const entry = manifest.versions.find((v: { id: string }) => v.id === folder);
    const serve = (name: string, value: unknown) => {
      const body = `${JSON.stringify(value, null, 2)}\n`;
      entry.files[name] = sha256Hex(body);
      env.server.override(`/data/${folder}/${name}`, { body });
    };
    serve('nodes.json', nodes);
    serve('flows.json', flows);
    env.server.override('/data/manifest.json', { body: JSON.stringify(manifest) });
    try {
      const { page } = await openPage(
        env.browser,
        env.server,
        '?lang=en&view=table&country=RU&types=project,talent',
      );
      await waitReady(page);
      const fs = await import('node:fs');
      const { parseCsv } = await import('../scripts/lib/csv.ts');
      for (const button of ['Download edge totals (CSV)', 'Download records (CSV)']) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        const text = fs.readFileSync((await download.path())!, 'utf8');
        const cells = parseCsv(text.replace(/^\ufeff/, '')).flat();
        // Every cell that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
        expect(
          cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
          button,
        ).toEqual([]);
        expect(cells, button).toContain(`'${formula}`);
      }
      await page.context().close();
    } finally {
      env.server.override(`/data/${folder}/nodes.json`, null);
      env.server.override(`/data/${folder}/flows.json`, null);
      env.server.override('/data/manifest.json', null);
    }
  });

  it.each([
    ['chunked, with no length', false],
    ['gzip-encoded, 200 MB once inflated', true],
  ])('a 200 MB dataset file served %s is refused at the limit and cancelled', async (_, gzip) => {
    const manifest = JSON.parse(await (await fetch(`${env.server.url}data/manifest.json`)).text());
    const file = `/data/${manifest.default}/flows.json`;
    env.server.override(file, { huge: { bytes: 200 * 1024 * 1024, gzip } });
    try {
      const { page } = await openPage(env.browser, env.server, '?lang=en');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain('is too large');
      expect(await alert.textContent()).toContain(`${manifest.default}/flows.json`);
      expect(await alert.textContent()).toContain('the limit is 20,971,520');
      if (!gzip) expect(env.server.sent.get(file)!).toBeLessThan(60 * 1024 * 1024);
      const heap = await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      );
      // The inflated body never sat in memory whole.
      expect(heap).toBeLessThan(150 * 1024 * 1024);
      await page.context().close();
    } finally {
      env.server.override(file, null);
    }
  });

  it('a link to a version that does not exist opens the default and says so', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en&v=2099.01');
    await waitReady(page);
    expect(await page.getByTestId('missing-version').textContent()).toMatch(
      /^There is no dataset version 2099\.01; showing \d{4}\.\d{2}(\.\d+)?, the default\.$/,
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
