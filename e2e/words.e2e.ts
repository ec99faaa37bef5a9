import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitReady, withBrowser } from './harness.ts';

interface Flow {
  source: string;
  target: string;
  date: string;
  value: number;
}
interface Node {
  id: string;
  kind: string;
  name: { en: string };
}

const manifest = JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as { default: string };
const read = <T>(file: string) =>
  JSON.parse(fs.readFileSync(`public/data/${manifest.default}/${file}`, 'utf8')) as T;

/** The busiest international partner in a year, counted here from the files themselves. */
function topPartner(year: string): string {
  const nodes = read<Node[]>('nodes.json');
  const partners = new Set(nodes.filter((n) => n.kind === 'partner').map((n) => n.id));
  const activity = new Map<string, number>();
  for (const f of read<Flow[]>('flows.json'))
    if (f.date.startsWith(year))
      for (const id of [f.source, f.target])
        if (partners.has(id)) activity.set(id, (activity.get(id) ?? 0) + f.value);
  const [id] = [...activity].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return nodes.find((n) => n.id === id)!.name.en;
}

describe('the view in words', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  beforeAll(async () => {
    env = await withBrowser();
  });
  afterAll(() => env.close());

  it('says what the window shows, names the top partner, and changes with the window', async () => {
    const { page, errors } = await openPage(env.browser, env.server, '?lang=en&time=2025&mode=period&u=3', {
      reducedMotion: 'reduce',
    });
    await waitReady(page);
    const words = page.getByTestId('view-summary');
    await expect.poll(() => words.textContent()).toMatch(/^2025: \d+ flow records?, total value \d+\./);
    const in2025 = (await words.textContent())!;
    expect(in2025).toContain(`Most active partner`);
    expect(in2025).toContain(`: ${topPartner('2025')} (`);
    expect(await words.getAttribute('aria-live')).toBe('polite');

    await page.getByRole('slider', { name: 'Timeline' }).press('ArrowLeft');
    await expect.poll(() => words.textContent()).toMatch(/^2024: /);
    expect(await words.textContent()).not.toBe(in2025);
    expect(await words.textContent()).toContain(`: ${topPartner('2024')} (`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
