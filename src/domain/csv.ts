/**
 * CSV as researchers' spreadsheets read it: UTF-8 with a byte-order mark (so Excel and WPS open Chinese
 * correctly), CRLF line ends, RFC 4180 quoting, and a preamble of `#` lines that says exactly which view
 * and which bytes the rows come from (pandas reads it with `comment='#'`; a spreadsheet shows one cell per
 * line, since the preamble holds no comma).
 *
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula in a
 * spreadsheet; it is written with a leading apostrophe, as OWASP recommends. Numbers are written as numbers.
 */
import type { ManifestVersion } from '../data/schema.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface Preamble {
  version: Pick<ManifestVersion, 'id' | 'version' | 'published' | 'files'>;
  /** The address of the view the rows reproduce. */
  url: string;
  /** The part of the view's flow value that illustrative records carry, 0..1. */
  illustrativeShare: number;
  /** The view in words, in the reader's language (src/ui/viewSummary.ts). */
  summary?: string;
}

/** The `#` lines before the header: dataset version, the sha256 of each of its files, the view, the share, its words. */
export function preambleLines(p: Preamble): string[] {
  const sums = Object.entries(p.version.files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sum]) => `${name}=${sum}`)
    .join('; ');
  return [
    `# dataset ${p.version.id} (v${p.version.version}; published ${p.version.published})`,
    `# sha256: ${sums}`,
    // Commas stay percent-encoded, as the address allows, so the line stays one spreadsheet cell.
    `# view: ${p.url.replace(/,/g, '%2C')}`,
    `# illustrative share of the flow value in the view: ${(p.illustrativeShare * 100).toFixed(1)} %`,
    // One quoted cell: the words hold commas, and the names in them are dataset text a spreadsheet must
    // never split into a cell of its own (one could start with "=").
    ...(p.summary ? [csvField(`# summary: ${p.summary.replace(/[\r\n]+/g, ' ')}`)] : []),
  ];
}

export function toCsvText(
  header: string[],
  rows: Array<Array<string | number>>,
  preamble?: Preamble,
): string {
  const lines = [
    ...(preamble ? preambleLines(preamble) : []),
    ...[header, ...rows].map((r) => r.map(csvField).join(',')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
