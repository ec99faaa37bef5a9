/**
 * A problem found in the data, in a form both the CLI and the app can say in any language:
 * the file, the record (its id, or its position when it has none), the field, and a code with parameters.
 */
import type { core } from 'zod/mini';
import { HIDDEN_CHARACTERS_GLOBAL } from './text.ts';

export type IssueCode =
  | 'fetchFailed'
  | 'timeout'
  | 'httpStatus'
  | 'tooLarge'
  | 'notJson'
  | 'checksum'
  | 'notInManifest'
  | 'unknownVersion'
  | 'required'
  | 'type'
  | 'enum'
  | 'tooSmall'
  | 'tooBig'
  | 'format'
  | 'unknownField'
  | 'duplicateId'
  | 'danglingReference'
  | 'selfLoop'
  | 'beforeNodeExists'
  | 'afterPublished'
  | 'reportedWithoutSource'
  | 'unsupportedSchema'
  | 'eventDate'
  | 'endBeforeStart'
  | 'figureWithoutSource'
  | 'figureValue'
  | 'moreIssues'
  | 'notAFile'
  | 'notUtf8'
  | 'invalid';

export type IssueParams = Record<string, string | number>;

export interface DataIssue {
  file: string;
  /** Record id, or `#n` (1-based position) when the record has no usable id. */
  record?: string;
  /** Dot path inside the record, e.g. `name.ru`. */
  field?: string;
  code: IssueCode;
  params?: IssueParams;
}

export class DataError extends Error {
  constructor(public readonly issues: DataIssue[]) {
    super(issues.map(issueToEnglish).join('\n'));
    this.name = 'DataError';
  }
}

/** How a record is named in a message: its id when it has a usable one, else its position. */
export function recordLabel(data: unknown, index: number): string {
  const item = Array.isArray(data) ? (data[index] as unknown) : undefined;
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id) ? id : `#${index + 1}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') {
    // Hidden and direction-changing characters are shown as code points, so the message itself cannot be
    // reordered or hidden by the text it quotes.
    const shown = (value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(
      HIDDEN_CHARACTERS_GLOBAL,
      (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
    );
    return `"${shown}"`;
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Turns Zod's issues into ours. Arrays of records name the record by id; objects (the manifest) name the
 * whole path as the field.
 */
export function fromZod(file: string, data: unknown, error: core.$ZodError): DataIssue[] {
  return error.issues.map((issue): DataIssue => {
    const path = issue.path.map(String);
    let record: string | undefined;
    let fieldPath = path;
    if (Array.isArray(data) && typeof issue.path[0] === 'number') {
      record = recordLabel(data, issue.path[0]);
      fieldPath = path.slice(1);
    }
    const field = fieldPath.length ? fieldPath.join('.') : undefined;
    const base = { file, record, field };
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        if (input === undefined) return { ...base, code: 'required' };
        return {
          ...base,
          code: 'type',
          params: { expected: String(issue.expected), received: describeValue(input) },
        };
      case 'invalid_value':
        if (input === undefined) return { ...base, code: 'required' };
        return {
          ...base,
          code: 'enum',
          params: { expected: issue.values.map((v) => String(v)).join(', '), received: describeValue(input) },
        };
      case 'too_small':
        if (issue.origin === 'string') return { ...base, code: 'format', params: { format: 'text.empty' } };
        return {
          ...base,
          code: 'tooSmall',
          params: { min: String(issue.minimum), received: describeValue(input) },
        };
      case 'too_big':
        return {
          ...base,
          code: 'tooBig',
          params: { max: String(issue.maximum), received: describeValue(input) },
        };
      case 'unrecognized_keys':
        return { ...base, code: 'unknownField', params: { keys: issue.keys.join(', ') } };
      case 'invalid_format':
      case 'custom':
        return { ...base, code: 'format', params: { format: issue.message, received: describeValue(input) } };
      default:
        return { ...base, code: 'invalid', params: { detail: issue.message } };
    }
  });
}

const ENGLISH: Record<IssueCode, (p: IssueParams) => string> = {
  fetchFailed: () => 'could not be downloaded',
  timeout: () => 'did not arrive in time',
  httpStatus: (p) => `the server answered ${p.status}`,
  tooLarge: (p) => `is too large (${p.size} bytes; the limit is ${p.limit})`,
  notJson: (p) => `is not valid JSON (${p.detail})`,
  checksum: (p) => `does not match its checksum in the manifest (expected ${p.expected}, got ${p.actual})`,
  notInManifest: () => 'is not listed in the manifest',
  unknownVersion: (p) => `version ${p.version} is not in the manifest`,
  required: () => 'is required but missing',
  type: (p) => `should be ${p.expected} but is ${p.received}`,
  enum: (p) => `should be one of ${p.expected} but is ${p.received}`,
  tooSmall: (p) => `should be at least ${p.min} but is ${p.received}`,
  tooBig: (p) => `should be at most ${p.max} but is ${p.received}`,
  format: (p) => `is not in the expected format (${p.format})${p.received ? `: ${p.received}` : ''}`,
  unknownField: (p) => `has unknown field(s): ${p.keys}`,
  duplicateId: (p) => `repeats the id ${p.id}, already used by ${p.first}`,
  danglingReference: (p) => `refers to ${p.kind} "${p.id}", which does not exist`,
  selfLoop: () => 'has the same node as source and target',
  beforeNodeExists: (p) => `is dated ${p.date}, before node ${p.node} exists (${p.since})`,
  afterPublished: (p) => `is dated ${p.date}, after the version was published (${p.published})`,
  reportedWithoutSource: () => 'is marked reported but cites no source',
  unsupportedSchema: (p) =>
    `is format ${p.received}, which this version of the app cannot read (it reads ${p.supported})`,
  eventDate: () => 'needs either a date, or a start and an end (not both)',
  endBeforeStart: (p) => `ends (${p.end}) before it starts (${p.start})`,
  figureWithoutSource: () => 'gives a count but the record cites no source for it',
  figureValue: (p) =>
    p.qualifier === 'dozens'
      ? 'has a value, but "dozens" means the source gives no number'
      : 'needs a value (only "dozens" goes without one)',
  moreIssues: (p) => `has ${p.count} more problem(s) not listed`,
  notAFile: () => 'is a folder, not a file',
  notUtf8: () => 'is not UTF-8 text',
  invalid: (p) => `is invalid (${p.detail})`,
};

/** Plain-English rendering for the CLI and logs; the app uses the translated messages in src/i18n. */
export function issueToEnglish(issue: DataIssue): string {
  const where = [issue.file, issue.record && `record ${issue.record}`, issue.field && `field ${issue.field}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${ENGLISH[issue.code](issue.params ?? {})}`;
}
