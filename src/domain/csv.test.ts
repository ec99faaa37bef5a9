import { describe, expect, it } from 'vitest';
import { csvField, preambleLines, toCsvText } from './csv.ts';

describe('csv', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j', (start) => {
    const cell = `${start}HYPERLINK("http://evil.example","Click me")`;
    const written = csvField(cell);
    // Quoted where it must be, and always starting with the apostrophe inside.
    expect(written.replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
  });

  it('writes numbers as numbers, a negative change included', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('Minsk, "BY"')).toBe('"Minsk, ""BY"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });

  it('opens with a BOM, a preamble naming the version, its checksums and the view, then the rows', () => {
    const text = toCsvText(['a', 'b'], [['x', 1]], {
      version: {
        id: '2026.12',
        version: '2.0.0',
        published: '2026-12-01',
        files: { 'nodes.json': 'ab', 'flows.json': 'cd' },
      },
      url: 'https://example.org/?v=2026.12&types=project,talent',
      illustrativeShare: 0.4,
    });
    expect(text).toBe(
      '\ufeff# dataset 2026.12 (v2.0.0; published 2026-12-01)\r\n' +
        '# sha256: flows.json=cd; nodes.json=ab\r\n' +
        '# view: https://example.org/?v=2026.12&types=project%2Ctalent\r\n' +
        '# illustrative share of the flow value in the view: 40.0 %\r\n' +
        'a,b\r\nx,1\r\n',
    );
    expect(
      preambleLines({
        version: { id: 'x', version: '1', published: '2', files: {} },
        url: 'u',
        illustrativeShare: 0,
      }).every((l) => !l.includes(',')),
    ).toBe(true);
  });
});

describe('csv preamble', () => {
  it('lists the checksums by file name, whatever order the manifest gives', () => {
    const [, sums] = preambleLines({
      version: {
        id: 'x',
        version: '1',
        published: '2',
        files: { 'flows.json': 'f', 'nodes.json': 'n', 'events.json': 'e' },
      },
      url: 'u',
      illustrativeShare: 0,
    });
    expect(sums).toBe('# sha256: events.json=e; flows.json=f; nodes.json=n');
  });

  it('writes the view in words as one quoted cell, so a name in it can never become a formula cell', () => {
    const lines = preambleLines({
      version: { id: 'x', version: '1', published: '2', files: {} },
      url: 'u',
      illustrativeShare: 0,
      summary: 'Most active partners: Minsk (3), =HYPERLINK("x") (2).\nNext',
    });
    expect(lines.at(-1)).toBe('"# summary: Most active partners: Minsk (3), =HYPERLINK(""x"") (2). Next"');
  });
});
