import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fontverter from 'fontverter';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import {
  buildFonts,
  collectCharacters,
  nodeNamesInChinese,
  unicodeRange,
  untranslatedStrings,
} from './build-fonts.ts';
import { DATA_DIR } from './lib/cli.ts';

/** The code points a woff2 font really has glyphs for, read from its cmap with HarfBuzz. */
async function coveredCodePoints(file: string): Promise<Set<number>> {
  const sfnt: Uint8Array = await fontverter.convert(fs.readFileSync(file), 'sfnt');
  return new Set(new Face(new HbBlob(sfnt), 0).collectUnicodes());
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));

describe('font subsets', () => {
  const chars = new Set(collectCharacters());

  it('collects every Chinese character of every node name and every translation', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as {
      versions: Array<{ folder: string }>;
    };
    for (const { folder } of manifest.versions) {
      const nodes = JSON.parse(fs.readFileSync(path.join(DATA_DIR, folder, 'nodes.json'), 'utf8')) as Array<{
        name: { zh: string };
      }>;
      for (const n of nodes) for (const c of han(n.name.zh)) expect(chars.has(c), c).toBe(true);
    }
    const zh = JSON.parse(fs.readFileSync('src/i18n/zh.json', 'utf8')) as Record<string, string>;
    for (const text of Object.values(zh)) for (const c of han(text)) expect(chars.has(c), c).toBe(true);
  });

  it('the shipped Chinese subsets really have a glyph for each of those characters', async () => {
    const covered = new Set([
      ...(await coveredCodePoints(path.join(DATA_DIR, 'fonts', 'noto-sans-sc-400.woff2'))),
      ...(await coveredCodePoints(path.join(DATA_DIR, 'fonts', 'noto-sans-sc-original-400.woff2'))),
      ...(await coveredCodePoints(path.join(DATA_DIR, 'fonts', 'noto-sans-sc-names-400.woff2'))),
    ]);
    const missing = [...chars].filter((c) => /\p{Script=Han}/u.test(c) && !covered.has(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('builds small subsets that cover Latin and Cyrillic too', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'));
    const manifest = await buildFonts(out, ['A', 'ж', '青', '岛'], [], []);
    expect(manifest.faces.map((f) => f.file)).toContain('noto-sans-sc-400.woff2');
    expect([...(await coveredCodePoints(path.join(out, 'noto-sans-cyrillic-400.woff2')))]).toContain(
      'ж'.codePointAt(0),
    );
    const sc = await coveredCodePoints(path.join(out, 'noto-sans-sc-400.woff2'));
    expect(sc.has('青'.codePointAt(0)!) && sc.has('岛'.codePointAt(0)!)).toBe(true);
    const total = manifest.faces.reduce((s, f) => s + fs.statSync(path.join(out, f.file)).size, 0);
    expect(total).toBeLessThan(60_000);
  });

  it('keeps the languages’ own names in a tiny face of their own, outside the main Chinese subset', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'));
    const manifest = await buildFonts(out, ['A', '中', '文', '青'], ['中', '文'], []);
    const face = (file: string) => manifest.faces.find((f) => f.file === file)!;
    expect(face('noto-sans-sc-names-400.woff2')).toMatchObject({
      script: 'sc-names',
      unicodeRange: 'U+4E2D,U+6587',
    });
    expect(face('noto-sans-sc-400.woff2')).toMatchObject({ script: 'sc', unicodeRange: 'U+9752' });
    expect(fs.statSync(path.join(out, 'noto-sans-sc-names-400.woff2')).size).toBeLessThan(3_000);
  });

  it('keeps the Chinese that every language shows untranslated in a face of its own', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'));
    const manifest = await buildFonts(
      out,
      ['A', '中', '文', '青', '岛', '观'],
      ['中', '文'],
      ['观', '岛', 'A'],
    );
    const face = (file: string) => manifest.faces.find((f) => f.file === file)!;
    expect(face('noto-sans-sc-original-400.woff2')).toMatchObject({
      script: 'sc-original',
      unicodeRange: 'U+5C9B,U+89C2',
    });
    expect(face('noto-sans-sc-400.woff2')).toMatchObject({ script: 'sc', unicodeRange: 'U+9752' });
    expect(face('noto-sans-sc-names-400.woff2')).toMatchObject({ unicodeRange: 'U+4E2D,U+6587' });
  });

  it('counts as untranslated every string but the Chinese of a translated text', () => {
    const data = [
      {
        name: { zh: '青岛', en: 'Qingdao', ru: 'Циндао' },
        note: { zh: '中', en: 'The report says “dozens” (数十个)' },
      },
      { title: '观海新闻', authors: ['耿婷婷'], zh: 'not a translated text without en' },
    ];
    expect(untranslatedStrings(data).sort()).toEqual(
      [
        'Qingdao',
        'Циндао',
        'The report says “dozens” (数十个)',
        '观海新闻',
        '耿婷婷',
        'not a translated text without en',
      ].sort(),
    );
  });

  it('counts the nodes’ Chinese names as shown in every language (their details list them)', () => {
    const nodes = [
      { id: 'minsk', name: { zh: '明斯克', en: 'Minsk', ru: 'Минск' } },
      { id: 'odd', name: 'not a translated name' },
    ];
    expect(nodeNamesInChinese(nodes)).toEqual(['明斯克']);
    expect(nodeNamesInChinese({ nodes })).toEqual([]);
  });

  it('describes each face by the ranges it covers', () => {
    expect(unicodeRange(['a', 'b', 'c', 'x', '青'])).toBe('U+61-63,U+78,U+9752');
  });
});
