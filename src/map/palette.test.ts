import { describe, expect, it } from 'vitest';
import { ARC_LOOK } from './look.ts';
import { PALETTES } from './palette.ts';

// WCAG 2.x relative luminance and contrast ratio, written out here rather than taken from the app.
const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (rgb: number[]) =>
  0.2126 * linear(rgb[0]!) + 0.7152 * linear(rgb[1]!) + 0.0722 * linear(rgb[2]!);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const rgb = (hex: string) => [0, 1, 2].map((i) => channel(hex, i));

describe('arc colours against the land', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keep 3:1 in the ${theme} theme for every flow and change colour, at every provenance, between chevrons`, () => {
      const p = PALETTES[theme];
      const land = rgb(p.land);
      const colours = { ...p.flow, ...p.change };
      const failures: string[] = [];
      for (const [name, hex] of Object.entries(colours)) {
        for (const [i, provenance] of ARC_LOOK.provenance.entries()) {
          // The weakest an undimmed arc is drawn: its body between two chevrons, blended over the land.
          const weakestEmphasis = Math.min(...ARC_LOOK.emphasis.map((e) => e.alpha));
          const alpha =
            ARC_LOOK.alpha * p.arcOpacity * weakestEmphasis * provenance.alpha * ARC_LOOK.chevron.floor;
          const seen = rgb(hex).map((c, k) => c * alpha + land[k]! * (1 - alpha));
          const ratio = contrast(seen, land);
          if (ratio < 3) failures.push(`${name} (provenance ${i}): ${ratio.toFixed(2)}:1`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('was measured against a known pair: black on white is 21:1, the WCAG example', () => {
    expect(contrast(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 5);
  });
});
