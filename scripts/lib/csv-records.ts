/**
 * Researchers' spreadsheet rows → dataset records. Conversion only: the records are checked afterwards by
 * the same validator the app runs, and each problem is traced back to its spreadsheet row and column.
 */

/** Records as the spreadsheet states them; not yet validated, so typed loosely on purpose. */
export type RawRecord = Record<string, unknown>;

export interface Converted {
  records: RawRecord[];
  /** `rows[i]` is the spreadsheet row `records[i]` came from (the header is row 1, as Excel numbers it). */
  rows: number[];
  /** Problems with the table itself; when any, the records are incomplete and must not be written. */
  problems: string[];
}

interface Columns {
  required: readonly string[];
  optional: readonly string[];
}

const langs = (prefix: string) => [`${prefix}_zh`, `${prefix}_en`, `${prefix}_ru`];

export const NODE_COLUMNS: Columns = {
  required: [
    'id',
    'kind',
    ...langs('name'),
    'country',
    'lon',
    'lat',
    'since',
    'status',
    'provenance',
    'sources',
  ],
  // predecessor_* is not in the researchers' template but lets a node such as the center keep its history.
  optional: [...langs('short'), ...langs('description'), 'predecessor_since', ...langs('predecessor_name')],
};

export const FLOW_COLUMNS: Columns = {
  required: ['id', 'type', 'source', 'target', 'date', 'value', ...langs('title'), 'provenance', 'sources'],
  optional: ['category', 'partners'],
};

type Cell = (column: string) => string | undefined;

/** Checks the header and yields a cell reader per non-blank row; `file` names the CSV in problems. */
function readTable(table: string[][], columns: Columns, file: string) {
  const problems: string[] = [];
  const [header = [], ...body] = table;
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (index.has(n)) problems.push(`${file}: column ${n || '(blank)'} appears twice in the header`);
    else index.set(n, i);
  });
  const missing = columns.required.filter((c) => !index.has(c));
  if (missing.length) {
    // Excel in some locales (Russian, German) separates with semicolons when it saves "CSV".
    const hint =
      names.length === 1 && header[0]!.includes(';') ? ' (the file looks semicolon-separated)' : '';
    problems.push(`${file}: missing column(s) ${missing.join(', ')}${hint}`);
  }
  const known = new Set([...columns.required, ...columns.optional]);
  const unknown = names.filter((n) => n && !known.has(n));
  if (unknown.length) problems.push(`${file}: unknown column(s) ${unknown.join(', ')}`);

  const cells: Array<{ row: number; cell: Cell }> = [];
  body.forEach((values, i) => {
    const row = i + 2;
    // Spreadsheets often leave rows of empty cells at the end; they are not records.
    if (values.every((v) => v.trim() === '')) return;
    if (values.length > header.length) {
      problems.push(
        `${file} row ${row}: ${values.length} cells but ${header.length} columns (an unquoted comma?)`,
      );
    }
    const cell: Cell = (column) => {
      const at = index.get(column);
      const v = at === undefined ? undefined : values[at]?.trim();
      return v === '' ? undefined : v;
    };
    cells.push({ row, cell });
  });
  return { cells, problems };
}

/** Drops absent keys so the written JSON omits them, as the hand-written files do. */
function compact(record: Record<string, unknown>): RawRecord {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** All three languages, or nothing when every cell is empty; a partly filled set is left for the validator. */
function localized(cell: Cell, prefix: string): RawRecord | undefined {
  const value = compact({ zh: cell(`${prefix}_zh`), en: cell(`${prefix}_en`), ru: cell(`${prefix}_ru`) });
  return Object.keys(value).length ? value : undefined;
}

/** Plain decimals only (`12`, `-3.5`): `0x10`, `0b11` or `1e3` are not read as 16, 3 or 1000 in secret. */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Not a decimal number: the text is kept, so the validator's message quotes what the researcher typed. */
function number(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return DECIMAL.test(text) ? Number(text) : text;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function convert(table: string[][], columns: Columns, file: string, build: (cell: Cell) => RawRecord) {
  const { cells, problems } = readTable(table, columns, file);
  return { records: cells.map((c) => build(c.cell)), rows: cells.map((c) => c.row), problems };
}

export function nodesFromCsv(table: string[][], file = 'nodes.csv'): Converted {
  return convert(table, NODE_COLUMNS, file, (cell) => {
    const predecessorName = localized(cell, 'predecessor_name');
    const predecessorSince = cell('predecessor_since');
    return compact({
      id: cell('id'),
      kind: cell('kind'),
      name: localized(cell, 'name'),
      shortName: localized(cell, 'short'),
      country: cell('country'),
      lon: number(cell('lon')),
      lat: number(cell('lat')),
      since: cell('since'),
      status: cell('status'),
      predecessor:
        predecessorName || predecessorSince
          ? compact({ since: predecessorSince, name: predecessorName })
          : undefined,
      provenance: cell('provenance'),
      sources: list(cell('sources')),
      description: localized(cell, 'description'),
    });
  });
}

export function flowsFromCsv(table: string[][], file = 'flows.csv'): Converted {
  return convert(table, FLOW_COLUMNS, file, (cell) => {
    const partners = list(cell('partners'));
    return compact({
      id: cell('id'),
      type: cell('type'),
      source: cell('source'),
      target: cell('target'),
      date: cell('date'),
      value: number(cell('value')),
      title: localized(cell, 'title'),
      category: cell('category'),
      partners: partners.length ? partners : undefined,
      provenance: cell('provenance'),
      sources: list(cell('sources')),
    });
  });
}

/** The spreadsheet column a record field came from: `name.zh` → `name_zh`, `sources.2` → `sources`. */
export function columnOf(field: string): string {
  return field
    .replace(/^shortName\b/, 'short')
    .replace(/\.\d+$/, '')
    .replace(/\./g, '_');
}
