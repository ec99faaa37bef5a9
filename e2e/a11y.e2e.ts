import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousViolations, waitReady, withBrowser } from './harness.ts';

/** axe-core on the views a reader reaches: no serious or critical violation is allowed. */
describe('accessibility (axe)', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  const views = {
    'the map, dark': '?lang=en',
    'the map, light, Chinese': '?lang=zh&theme=light',
    'the table': '?lang=ru&view=table&time=2024&mode=period',
    'node details': '?lang=en&node=minsk',
    'a comparison': '?lang=en&view=table&vs=2025.09',
  };
  for (const [name, query] of Object.entries(views)) {
    it(`${name} has no serious or critical violations`, async () => {
      const { page } = await openPage(env.browser, env.server, query, { reducedMotion: 'reduce' });
      await waitReady(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('the error panel, with the version it offers instead, has no serious or critical violations', async () => {
    const { default: version } = JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as {
      default: string;
    };
    const path = `/data/${version}/nodes.json`;
    env.server.override(path, { body: '{"broken": ' });
    try {
      const { page } = await openPage(env.browser, env.server, '?lang=en');
      await page.getByRole('button', { name: /^Open / }).waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    } finally {
      env.server.override(path, null);
    }
  });
});
