import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest, loadVersion } from '../scripts/lib/load-local.ts';
import { aggregate } from '../src/domain/aggregate.ts';
import { networkIndex } from '../src/domain/networkIndex.ts';
import { parseTimeSelection } from '../src/data/period.ts';
import { edgeRows } from '../src/domain/table.ts';
import { monthWindow } from '../src/domain/timeWindow.ts';
import { nodeName } from '../src/i18n/nodeLabel.ts';
import { expectGolden, normaliseOrigin } from './golden.ts';
import { openPage, waitReady, withBrowser, closeFilters } from './harness.ts';

const manifest = loadManifest('public/data');
if (!manifest.ok) throw new Error('invalid manifest');
const dataset = loadVersion('public/data', manifest.value, '2026.11');
if (!dataset.ok) throw new Error('invalid dataset');
const index = networkIndex(dataset.value);

/** What the table must show for a link, computed here with the same domain code from the files on disk. */
function expectedRows(time: string, types: Array<'project' | 'talent' | 'agreement'>) {
  const agg = aggregate(index, {
    window: monthWindow(parseTimeSelection(time), 'period'),
    types,
    kinds: ['center', 'hub', 'partner'],
  });
  return edgeRows(index, agg, (n) => nodeName(n, 'en'), 'en', { key: 'value', descending: true });
}

describe('views you can link to', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  const LINK = '?v=2026.11&lang=en&view=table&time=2019..2023&mode=period&types=project,talent&u=3';

  it('a linked URL renders the expected table', async () => {
    const { page, errors } = await openPage(env.browser, env.server, LINK);
    await waitReady(page);
    const expected = expectedRows('2019..2023', ['project', 'talent']);
    await expect
      .poll(() => page.locator('.table-view h2 small').textContent())
      .toBe(`${expected.length} edges`);
    const firstRows = await page
      .locator('.edges tbody tr[data-edge]')
      .evaluateAll((trs) =>
        trs
          .slice(0, 10)
          .map((tr) => [
            tr.getAttribute('data-edge'),
            ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
          ]),
      );
    expect(firstRows).toEqual(
      expected
        .slice(0, 10)
        .map((r) => [
          `${r.source}~${r.target}~${r.type}`,
          r.sourceName,
          r.targetName,
          r.type === 'project' ? 'Projects' : 'Talent',
          String(r.records),
          String(r.value),
          r.provenance,
        ]),
    );
    expect(await page.locator('.timeline-label').textContent()).toBe('2019 – 2023');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the edge totals and the records of the view, as reviewed golden files', async () => {
    const { page } = await openPage(env.browser, env.server, LINK);
    await waitReady(page);
    for (const [button, golden] of [
      ['Download edge totals (CSV)', 'edges-2026.11-2019..2023.csv'],
      ['Download records (CSV)', 'records-2026.11-2019..2023.csv'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^sco-(edges|records)-2026\.11\.csv$/);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expectGolden(golden, normaliseOrigin(text, env.server.url));
    }
    // The golden edge totals are the table on screen: same edges, same order, same values.
    const golden = fs.readFileSync('e2e/golden/edges-2026.11-2019..2023.csv', 'utf8');
    const rows = golden
      .trim()
      .split('\r\n')
      // The preamble: `#` lines, the words as one quoted cell ("# summary: …").
      .filter((l) => !/^\ufeff?"?#/.test(l));
    expect(`${rows.length - 1} edges`).toBe(await page.locator('.table-view h2 small').textContent());
    await page.context().close();
  });

  it('Back and Forward restore views', async () => {
    const { page } = await openPage(env.browser, env.server, '?lang=en');
    await waitReady(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.url()).toContain('view=table');
    await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
    await expect.poll(() => page.url()).toContain('lang=ru');
    await page.goBack();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.table-view').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('.table-view').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('.table-view').count()).toBe(1);
    await page.context().close();
  });
});

describe('comparing', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('two periods: the table and its CSV (a reviewed golden file) give each edge its change', async () => {
    const { compareAggregates } = await import('../src/domain/compare.ts');
    const query = (time: string) => ({
      window: monthWindow(parseTimeSelection(time), 'period'),
      types: ['project', 'talent', 'agreement'] as Array<'project' | 'talent' | 'agreement'>,
      kinds: ['center', 'hub', 'partner'] as Array<'center' | 'hub' | 'partner'>,
    });
    const rows = compareAggregates(
      { index, agg: aggregate(index, query('2022')) },
      { index, agg: aggregate(index, query('2024')) },
    );
    const { page } = await openPage(
      env.browser,
      env.server,
      '?v=2026.11&lang=en&view=table&time=2024&mode=period&compare=2022&u=3',
    );
    await waitReady(page);
    await expect
      .poll(() => page.locator('.table-view h2').textContent())
      .toContain('Change from 2022 to 2024');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expectGolden(
      'comparison-2026.11-2022-2024.csv',
      normaliseOrigin(fs.readFileSync((await download.path())!, 'utf8'), env.server.url),
    );
    expect(await page.locator('.comparison tbody tr').count()).toBe(rows.length);
    await page.context().close();
  });
});

describe('selecting a flow on the map', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('clicking an arc opens that edge’s details and puts it in the URL', async () => {
    const { arcGeometry, arcPoint, ARC, ARC_STRIDE } = await import('../src/domain/arcs.ts');
    const { toMercator } = await import('../src/domain/mercator.ts');
    const agg = aggregate(index, {
      window: monthWindow(null, 'cumulative'),
      types: ['project', 'talent', 'agreement'],
      kinds: ['center', 'hub', 'partner'],
    });
    const g = arcGeometry(index, agg);
    // The widest arc: the Dragon Programme conference, ESA → Qingdao.
    let widest = 0;
    for (let i = 1; i < g.count; i++)
      if (g.data[i * ARC_STRIDE + ARC.width]! > g.data[widest * ARC_STRIDE + ARC.width]!) widest = i;
    const [x, y] = arcPoint(g, widest, 0.5);
    const camera = { lon: 65, lat: 45, zoom: 2.5 };
    const { page } = await openPage(
      env.browser,
      env.server,
      `?v=2026.11&lang=en&at=${camera.lon},${camera.lat},${camera.zoom}`,
      {
        reducedMotion: 'reduce',
        viewport: { width: 1000, height: 800 },
      },
    );
    await waitReady(page);
    await closeFilters(page);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const world = 512 * 2 ** camera.zoom;
    const [cx, cy] = toMercator(camera.lon, camera.lat);
    await page.mouse.click(
      box.x + box.width / 2 + (x - cx) * world,
      box.y + box.height / 2 + (y - cy) * world,
    );
    await expect.poll(() => page.url()).toContain('edge=esa-frascati~qingdao~talent');
    expect(await page.locator('.details h2').textContent()).toBe('ESA (Frascati) → China–SCO S&T Center');
    await page.context().close();
  });
});
