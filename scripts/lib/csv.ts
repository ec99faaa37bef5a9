/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields holding commas, line breaks and doubled quotes,
 * CRLF or LF line ends, and the UTF-8 byte-order mark Excel puts first. Small enough to own, so the data
 * scripts need no CSV dependency.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based physical line where the problem starts. */
    public readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text into rows of cells, exactly as written (no trimming, no type guessing). A final line
 * break does not make an extra row; blank lines elsewhere come back as `['']` so row numbers stay true.
 * Throws CsvError on an unclosed quote or text after a closing quote: either means the columns shifted.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"' && cell === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= s.length) throw new CsvError('a quoted field is never closed', start);
        const q = s[i]!;
        if (q === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        cell += q;
        i++;
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('text follows a closing quote; quotes inside a field must be doubled ("")', line);
      }
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      cell += ch;
      i++;
    }
  }
  // A final line break has already ended the last row; text without one still has a row to end.
  if (s.length > 0 && !/[\r\n]$/.test(s)) endRow();
  return rows;
}

/** Quotes a cell only when it must be, as spreadsheets do; for writing examples and test fixtures. */
export function formatCsvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(formatCsvCell).join(',')}\r\n`).join('');
}
