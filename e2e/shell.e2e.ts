import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';

describe('the app shell with bad data', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('names the file when the manifest is not JSON, in the reader’s language', async () => {
    env.server.override('/data/manifest.json', { body: '{ not json' });
    const { page } = await openPage(env.browser, env.server, '?lang=ru');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('manifest.json');
    await expect(alert.textContent()).resolves.toContain('не является корректным JSON');
    env.server.override('/data/manifest.json', null);
    await page.context().close();
  });

  it('names file, record and field for a dangling reference, and offers the version that validates', async () => {
    const manifest = JSON.parse(await (await fetch(`${env.server.url}data/manifest.json`)).text());
    const folder = manifest.default as string;
    const flows = JSON.parse(await (await fetch(`${env.server.url}data/${folder}/flows.json`)).text());
    flows[0].target = 'atlantis';
    // The checksum would catch the edit first; serve a manifest that matches so the reference check speaks.
    const body = `${JSON.stringify(flows, null, 2)}\n`;
    const { sha256Hex } = await import('../src/data/checksum.ts');
    const entry = manifest.versions.find((v: { id: string }) => v.id === folder);
    entry.files['flows.json'] = sha256Hex(body);
    env.server.override(`/data/${folder}/flows.json`, { body });
    env.server.override('/data/manifest.json', { body: JSON.stringify(manifest) });
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(
      `${folder}/flows.json, record ${flows[0].id}, field target`,
    );
    await expect(alert.textContent()).resolves.toContain('refers to node “atlantis”, which does not exist');
    const { fallbackOrder } = await import('../src/data/versions.ts');
    const other = fallbackOrder(manifest, folder)[0]!.id;
    await page.getByRole('button', { name: new RegExp(`^Open ${other.replace('.', '\\.')}: `) }).click();
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    expect(page.url()).toContain(`v=${other}`);
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    env.server.override(`/data/${folder}/flows.json`, null);
    env.server.override('/data/manifest.json', null);
    await page.context().close();
  });
});

describe('the app on a phone', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('fits 360 × 740: nothing wider than the screen, panels closed, languages first, map on most of it', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=ru', {
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      app: document.querySelector('.app')!.scrollWidth,
    }));
    expect(widths).toEqual({ page: 360, app: 360 });
    // Neither panel covers the map until asked for.
    await expect(page.getByRole('button', { name: 'Фильтры' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Фильтры' }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: 'Показать панель' }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');
    // The language choice is on screen without scrolling, in every language's own name.
    const language = page.getByRole('combobox', { name: /Language/ });
    const box = (await language.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 360, `language at ${box.x}–${box.x + box.width}`).toBe(true);
    expect(await language.locator('option').allTextContents()).toEqual(['中文', 'English', 'Русский']);
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.x + title.width).toBeLessThanOrEqual(360);
    const map = (await page.locator('.map-canvas').boundingBox())!;
    expect(map.height).toBeGreaterThan(740 * 0.5);
    // With the legend folded away, the dashes are still explained: how much of the view is illustrative
    // (the default view's flows are 96 % illustrative), and the basemap's credit stays uncovered.
    const note = page.getByTestId('collapsed-provenance');
    await expect(note.textContent()).resolves.toMatch(
      /^\d+\s% показанного объёма потоков — иллюстративные данные$/,
    );
    const panel = (await page.locator('.side-panel').boundingBox())!;
    const credit = (await page.locator('.attribution').boundingBox())!;
    expect(panel.y + panel.height, 'folded panel over the basemap credit').toBeLessThanOrEqual(credit.y);
    expect(panel.x + panel.width).toBeLessThanOrEqual(360);
    // Opening the filters still works.
    await page.getByRole('button', { name: 'Фильтры' }).click();
    await expect(page.getByRole('complementary', { name: 'Фильтры' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("shows a node's details on a phone with Cite and Close inside the panel (Russian)", async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=ru&node=minsk', {
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const panel = (await page.locator('.side-panel').boundingBox())!;
    // "Закрыть подробности" ran past the panel's right edge, cut off, beside the title in one row.
    for (const name of ['Сослаться', 'Закрыть подробности']) {
      const button = (await page.locator('.drawer-actions').getByRole('button', { name }).boundingBox())!;
      expect(button.x + button.width, `${name} past the panel`).toBeLessThanOrEqual(panel.x + panel.width);
      expect(button.x).toBeGreaterThanOrEqual(panel.x);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('presents on a phone: the title and the time window stack instead of overlapping', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=ru&present=1', {
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const title = (await page.locator('.present-title').boundingBox())!;
    const window = (await page.locator('.present-window').boundingBox())!;
    expect(window.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
    expect(title.x + title.width).toBeLessThanOrEqual(360);
    // No QR code (it takes a wall's view home; a phone has it already), and the data version's status
    // goes under the caption instead of over its last lines.
    await expect(page.locator('.view-qr').isVisible()).resolves.toBe(false);
    const caption = (await page.locator('.caption-body').boundingBox())!;
    const status = (await page.locator('.wall-status').boundingBox())!;
    expect(status.y, 'status over the caption').toBeGreaterThanOrEqual(caption.y + caption.height - 1);
    expect(status.y + status.height).toBeLessThanOrEqual(740);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("presents a step with four figures on a phone: under the time window, with the view's illustrative share", async () => {
    const { page, errors } = await openPage(
      env.browser,
      env.server,
      '?lang=ru&present=1&provenance=all&story=transfer-to-innovation&step=6',
      { viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' },
    );
    await waitReady(page);
    // Step 6 shows no illustrative flows; the line appears with step 7, and the band makes room for it.
    await expect(page.getByTestId('present-provenance').count()).resolves.toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.step-figure').count()).toBe(4);
    // The legend is not shown on a phone; its first line is, or the dashes would not say what they mean.
    const share = page.getByTestId('present-provenance');
    await expect(share.textContent()).resolves.toMatch(
      /^\d+\s% показанного объёма потоков — иллюстративные данные$/,
    );
    const window = (await page.locator('.present-window').boundingBox())!;
    const line = (await share.boundingBox())!;
    const band = (await page.locator('.present-caption').boundingBox())!;
    expect(line.y).toBeGreaterThanOrEqual(window.y + window.height - 1);
    // The band (it scrolls) starts under them instead of running off the top of the screen over them.
    expect(band.y, 'caption over the time window').toBeGreaterThanOrEqual(line.y + line.height - 1);
    expect(band.y + band.height).toBeLessThanOrEqual(740 + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
