import { describe, expect, it } from 'vitest';
import { Localized } from './schema.ts';

/** Every code point of a class, found by Unicode property escapes over the whole code space. */
function codePoints(pattern: RegExp): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (pattern.test(String.fromCodePoint(cp))) out.push(cp);
  }
  return out;
}

const refused = (text: string) => !Localized.safeParse({ zh: text, en: 'x', ru: 'x' }).success;

describe('hidden characters', () => {
  it('refuses every default-ignorable, format and control code point (but tab and line breaks)', () => {
    const hidden = codePoints(/[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u).filter(
      (cp) => ![0x09, 0x0a, 0x0d].includes(cp),
    );
    // The whole class, not a list of examples: over four thousand code points.
    expect(hidden.length).toBeGreaterThan(4000);
    const accepted = hidden.filter((cp) => !refused(`A${String.fromCodePoint(cp)}B`));
    expect(accepted.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('refuses the ones that got through before, by name', () => {
    for (const cp of [0x061c, 0x2060, 0x2062, 0x00ad, 0xe0041, 0x034f, 0xfe0f, 0x180e, 0xfff9, 0x3164])
      expect(refused(`Minsk${String.fromCodePoint(cp)}`), cp.toString(16)).toBe(true);
  });

  it('refuses text that shows nothing, and keeps ordinary text in every language', () => {
    expect(refused('\u0301\u0301')).toBe(true);
    for (const ok of ['上合科创合作中心', 'Центр Китай–ШОС', 'Espoo (Beneq)', '34+', 'Line one\nline two'])
      expect(refused(ok), ok).toBe(false);
  });
});
