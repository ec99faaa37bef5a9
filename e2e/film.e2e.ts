/**
 * The film of a story (#17): exported from presentation mode at the draft size, read back with the same
 * library that wrote it (container, codec, size, duration), its frames decoded in the browser and
 * compared with a reviewed still of the first step and with the same film made on a machine four times
 * slower.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitReady, withBrowser } from './harness.ts';

const VERSION = '2026.12.1';
const FPS = 30;
/** Two steps of 6 s with a 1 s move between them (FILM_TIMING in src/domain/filmTimeline.ts). */
const SECONDS = 13;
const GOLDEN = path.resolve('e2e/golden/film-first-frame.png');

// A two-step story: the shipped tour's first two steps, published under the manifest's checksum.
const shipped = JSON.parse(fs.readFileSync(`public/data/${VERSION}/stories.json`, 'utf8')) as Array<{
  steps: unknown[];
}>;
const TWO_STEPS = JSON.stringify([{ ...shipped[0], steps: shipped[0]!.steps.slice(0, 2) }]);

async function publishTwoStepStory(context: BrowserContext) {
  await context.route(/\/data\/manifest\.json$/, async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as {
      versions: Array<{ id: string; files: Record<string, string> }>;
    };
    manifest.versions.find((v) => v.id === VERSION)!.files['stories.json'] = crypto
      .createHash('sha256')
      .update(TWO_STEPS)
      .digest('hex');
    await route.fulfill({ response, body: JSON.stringify(manifest) });
  });
  await context.route(new RegExp(`/data/${VERSION.replace(/\./g, '\\.')}/stories\\.json$`), (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: TWO_STEPS }),
  );
}

async function exportFilm(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByLabel('Film size').selectOption({ label: '640×360 (draft)' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: 'Export film' }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

/** Frames at the given seconds, decoded by the browser's WebCodecs, as PNG files. */
async function decodeFrames(page: Page, film: Buffer, seconds: number[]): Promise<PNG[]> {
  await page.goto(page.url().replace(/\/\?.*$/, '/data/manifest.json'));
  await page.addScriptTag({ path: path.resolve('node_modules/mediabunny/dist/bundles/mediabunny.min.cjs') });
  const urls = await page.evaluate(
    async ({ base64, seconds }) => {
      const M = (globalThis as unknown as { Mediabunny: typeof import('mediabunny') }).Mediabunny;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const input = new M.Input({ source: new M.BufferSource(bytes), formats: M.ALL_FORMATS });
      const sink = new M.CanvasSink((await input.getPrimaryVideoTrack())!);
      const out: string[] = [];
      for (const s of seconds) {
        const frame = (await sink.getCanvas(s))!.canvas as HTMLCanvasElement;
        out.push(frame.toDataURL('image/png'));
      }
      return out;
    },
    { base64: film.toString('base64'), seconds },
  );
  return urls.map((u) => PNG.sync.read(Buffer.from(u.split(',')[1]!, 'base64')));
}

/** Share of pixels whose channels all lie within `tolerance` of the other picture's. */
function sameShare(a: PNG, b: PNG, tolerance: number): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let same = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2].every((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) <= tolerance)) same++;
  }
  return same / (a.data.length / 4);
}

describe('the film of a story', () => {
  let env: Awaited<ReturnType<typeof withBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let film: { name: string; bytes: Buffer };

  beforeAll(async () => {
    env = await withBrowser();
    context = await env.browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
      acceptDownloads: true,
    });
    await publishTwoStepStory(context);
    page = await context.newPage();
    await page.goto(`${env.server.url}?present=1&lang=en&story=transfer-to-innovation&step=1`);
    await waitReady(page);
    film = await exportFilm(page);
  }, 300_000);
  afterAll(() => env.close());

  it('is a video of the expected container, codec, size and duration, named for story, language and version', async () => {
    expect(film.name).toMatch(/^sco-film-transfer-to-innovation-en-2026\.12\.1-640x360\.(mp4|webm)$/);
    const input = new Input({ source: new BufferSource(film.bytes), formats: ALL_FORMATS });
    const mime = await input.getMimeType();
    expect(mime).toMatch(film.name.endsWith('.mp4') ? /^video\/mp4/ : /^video\/webm/);
    const track = (await input.getPrimaryVideoTrack())!;
    expect(['avc', 'av1', 'vp9', 'vp8']).toContain(track.codec);
    expect([track.displayWidth, track.displayHeight]).toEqual([640, 360]);
    expect(Math.abs((await input.computeDuration()) - SECONDS)).toBeLessThanOrEqual(1 / FPS);
    const stats = await track.computePacketStats();
    expect(Math.abs(stats.packetCount - SECONDS * FPS)).toBeLessThanOrEqual(1);
    // The story in words travels in the file's description.
    expect((await input.getMetadataTags()).description).toMatch(/2022 – 2024: 3 flow records/);
  });

  it('starts on the first step as reviewed, ends elsewhere, and makes the same frames on a slower machine', async () => {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${env.server.url}?present=1&lang=en&story=transfer-to-innovation&step=1`);
    await waitReady(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow = await exportFilm(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const times = [0, 6.5, 12.9];
    const [first, middle, last] = await decodeFrames(page, film.bytes, times);
    const slowFrames = await decodeFrames(page, slow.bytes, times);
    // Frames come from their numbers, not the clock: the slow machine's film shows the same pictures.
    [first, middle, last].forEach((f, i) => expect(sameShare(f!, slowFrames[i]!, 2)).toBeGreaterThan(0.999));
    // The camera moves on and the caption changes: the end is not the start.
    expect(sameShare(first!, last!, 8)).toBeLessThan(0.9);
    expect(sameShare(middle!, last!, 8)).toBeLessThan(0.98);

    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(GOLDEN)) {
      fs.writeFileSync(GOLDEN, PNG.sync.write(first!));
      if (process.env.UPDATE_GOLDEN !== '1')
        throw new Error('wrote missing golden film frame; review and commit it');
      return;
    }
    // The reviewed still of the first step, within what the codec loses.
    expect(sameShare(first!, PNG.sync.read(fs.readFileSync(GOLDEN)), 24)).toBeGreaterThan(0.98);
  }, 300_000);
});
