import { describe, expect, it } from 'vitest';
import { brokenFixtures, entryFor, tinyBytes } from './fixtures/load-fixture.ts';
import { issueToEnglish, type DataIssue } from './issues.ts';
import { MAX_FILE_BYTES, validateManifest, validateVersion } from './validate.ts';

const at = (file: string) => `tiny/${file}`;

/** The exact issue each broken fixture must produce: file, record, field, code and parameters. */
const EXPECTED: Record<string, DataIssue[]> = {
  'after-published': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'date',
      code: 'afterPublished',
      params: { date: '2027', published: '2025-09-05' },
    },
  ],
  'bad-country': [
    {
      file: at('nodes.json'),
      record: 'minsk',
      field: 'country',
      code: 'format',
      params: { format: 'format.country', received: '"Belarus"' },
    },
  ],
  'before-node-exists': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'date',
      code: 'beforeNodeExists',
      params: { date: '2018-03', node: 'minsk', since: '2019' },
    },
  ],
  'bidi-override': [
    {
      file: at('nodes.json'),
      record: 'minsk',
      field: 'name.en',
      code: 'format',
      params: { format: 'text.hiddenCharacters', received: '"Minsk\\u{202e}gpj.exe"' },
    },
  ],
  'dangling-source-citation': [
    {
      file: at('nodes.json'),
      record: 'wuhan',
      field: 'sources.0',
      code: 'danglingReference',
      params: { kind: 'source', id: 'nowhere' },
    },
  ],
  'dangling-target': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'target',
      code: 'danglingReference',
      params: { kind: 'node', id: 'atlantis' },
    },
  ],
  'deeply-nested': [
    { file: at('flows.json'), code: 'tooBig', params: { max: '8 levels of nesting', received: 'deeper' } },
  ],
  'duplicate-id': [
    {
      file: at('flows.json'),
      record: '#2',
      field: 'id',
      code: 'duplicateId',
      params: { id: 'f1', first: 'f1' },
    },
  ],
  'empty-translation': [
    {
      file: at('flows.json'),
      record: 'f2',
      field: 'title.zh',
      code: 'format',
      params: { format: 'text.empty' },
    },
  ],
  'event-attendance-without-source': [
    { file: at('events.json'), record: 'e1', field: 'attendance', code: 'figureWithoutSource' },
    { file: at('events.json'), record: 'e1', field: 'countries', code: 'figureWithoutSource' },
  ],
  'event-end-before-start': [
    {
      file: at('events.json'),
      record: 'e1',
      field: 'end',
      code: 'endBeforeStart',
      params: { start: '2025-07-18', end: '2025-07-14' },
    },
  ],
  'event-unknown-node': [
    {
      file: at('events.json'),
      record: 'e1',
      field: 'node',
      code: 'danglingReference',
      params: { kind: 'node', id: 'atlantis' },
    },
  ],
  'event-without-date': [{ file: at('events.json'), record: 'e1', field: 'date', code: 'eventDate' }],
  'fractional-value': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'value',
      code: 'type',
      params: { expected: 'int', received: '2.5' },
    },
  ],
  'impossible-date': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'date',
      code: 'format',
      params: { format: 'format.date', received: '"2023-02-29"' },
    },
  ],
  'javascript-url': [
    {
      file: at('sources.json'),
      record: 'report',
      field: 'url',
      code: 'format',
      params: { format: 'format.url', received: '"javascript:alert(1)"' },
    },
  ],
  'latitude-out-of-range': [
    {
      file: at('nodes.json'),
      record: 'minsk',
      field: 'lat',
      code: 'tooBig',
      params: { max: '90', received: '95' },
    },
  ],
  'missing-field': [{ file: at('nodes.json'), record: 'wuhan', field: 'kind', code: 'required' }],
  'missing-language': [{ file: at('nodes.json'), record: 'minsk', field: 'name.ru', code: 'required' }],
  'not-a-list': [
    { file: at('nodes.json'), code: 'type', params: { expected: 'array', received: 'an object' } },
  ],
  'not-json': [
    {
      file: at('flows.json'),
      code: 'notJson',
      params: { detail: expect.stringContaining('JSON') as unknown as string },
    },
  ],
  'reported-without-source': [
    { file: at('figures.json'), record: 'bases', field: 'sources', code: 'reportedWithoutSource' },
  ],
  'self-loop': [{ file: at('flows.json'), record: 'f1', field: 'target', code: 'selfLoop' }],
  'unknown-enum': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'type',
      code: 'enum',
      params: { expected: 'project, talent, agreement', received: '"money"' },
    },
  ],
  'unknown-field': [
    { file: at('nodes.json'), record: 'minsk', code: 'unknownField', params: { keys: 'provenence' } },
  ],
  'wrong-type': [
    {
      file: at('flows.json'),
      record: 'f1',
      field: 'value',
      code: 'type',
      params: { expected: 'number', received: '"3"' },
    },
  ],
};

describe('validateVersion', () => {
  it('accepts the tiny fixture and returns typed records', () => {
    const bytes = tinyBytes();
    const result = validateVersion(entryFor(bytes), bytes);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.nodes.map((n) => n.id)).toEqual(['qingdao', 'wuhan', 'minsk']);
      expect(result.value.flows[0]?.date).toBe('2021-05');
    }
  });

  it('has an expectation for every broken fixture', () => {
    expect(
      brokenFixtures()
        .map((b) => b.fault)
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const { fault, file, bytes: broken } of brokenFixtures()) {
    it(`reports ${fault} in ${file} exactly`, () => {
      const bytes = { ...tinyBytes(), [file]: broken };
      const result = validateVersion(entryFor(bytes), bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues).toEqual(EXPECTED[fault]);
    });
  }

  it('lists schema and reference faults together, so one run shows every fault', () => {
    const edit = (bytes: Uint8Array, from: string, to: string) => {
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain(from);
      return new TextEncoder().encode(text.replace(from, to));
    };
    const tiny = tinyBytes();
    const flows = edit(
      edit(tiny['flows.json']!, '"target": "qingdao"', '"target": "atlantis"'),
      '"value": 1',
      '"value": "1"',
    );
    const bytes = { ...tiny, 'flows.json': flows };
    const result = validateVersion(entryFor(bytes), bytes);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        {
          file: at('flows.json'),
          record: 'f2',
          field: 'value',
          code: 'type',
          params: { expected: 'number', received: '"1"' },
        },
        {
          file: at('flows.json'),
          record: 'f1',
          field: 'target',
          code: 'danglingReference',
          params: { kind: 'node', id: 'atlantis' },
        },
      ]);
  });

  it('does not report references to a record that exists but failed its schema', () => {
    const tiny = tinyBytes();
    const nodes = new TextEncoder().encode(
      new TextDecoder().decode(tiny['nodes.json']).replace('"Minsk"', '42'),
    );
    const bytes = { ...tiny, 'nodes.json': nodes };
    const result = validateVersion(entryFor(bytes), bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => `${i.file} ${i.record} ${i.code}`)).toEqual([
        'tiny/nodes.json minsk type',
      ]);
    }
  });

  it('rejects a file whose bytes do not match the manifest checksum', () => {
    const bytes = tinyBytes();
    const entry = entryFor(bytes);
    const tampered = {
      ...bytes,
      'flows.json': new TextEncoder().encode(
        new TextDecoder().decode(bytes['flows.json']).replace('"value": 3', '"value": 4'),
      ),
    };
    const result = validateVersion(entry, tampered);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ file: 'tiny/flows.json', code: 'checksum' });
    }
  });

  it('reports a missing file by name', () => {
    const { 'sources.json': _, ...rest } = tinyBytes();
    const result = validateVersion(entryFor(tinyBytes()), rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ file: 'tiny/sources.json', code: 'fetchFailed' }]);
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const bytes = { ...tinyBytes(), 'flows.json': huge };
    const result = validateVersion(entryFor(bytes), bytes);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        {
          file: 'tiny/flows.json',
          code: 'tooLarge',
          params: { size: huge.byteLength, limit: MAX_FILE_BYTES },
        },
      ]);
  });

  it('keeps HTML in dataset text as plain text (it is escaped where it is shown, never rejected or run)', () => {
    const bytes = tinyBytes();
    const html = new TextEncoder().encode(
      new TextDecoder().decode(bytes['nodes.json']).replace('"Minsk"', '"<img src=x onerror=alert(1)>"'),
    );
    const withHtml = { ...bytes, 'nodes.json': html };
    const result = validateVersion(entryFor(withHtml), withHtml);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nodes[2]?.name.en).toBe('<img src=x onerror=alert(1)>');
  });

  it('says each issue in plain English naming file, record and field', () => {
    expect(issueToEnglish(EXPECTED['dangling-target']![0]!)).toBe(
      'tiny/flows.json, record f1, field target: refers to node "atlantis", which does not exist',
    );
  });
});

describe('validateManifest', () => {
  const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
  const manifest = (over: object = {}) => ({
    schema: 2,
    default: '2025.09',
    versions: [entryFor(tinyBytes())],
    ...over,
  });

  it('accepts a manifest whose default names one of its versions', () => {
    expect(validateManifest(enc(manifest())).ok).toBe(true);
  });

  it('rejects a default that is not a listed version', () => {
    const result = validateManifest(enc(manifest({ default: '2099.01' })));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: 'manifest.json',
          field: 'default',
          code: 'danglingReference',
          params: { kind: 'version', id: '2099.01' },
        },
      ],
    });
  });

  it('rejects a version without the checksum of a required file', () => {
    const { 'figures.json': _, ...files } = entryFor(tinyBytes()).files;
    const result = validateManifest(enc(manifest({ versions: [{ ...entryFor(tinyBytes()), files }] })));
    expect(result).toEqual({
      ok: false,
      issues: [{ file: 'manifest.json', field: 'versions.0.files.figures.json', code: 'required' }],
    });
  });

  it('reads a format-1 manifest through its migration: every version is dataset schema 1', () => {
    const v1 = { ...entryFor(tinyBytes(1), 'tiny-v1', 1) } as Record<string, unknown>;
    delete v1.dataSchema;
    const result = validateManifest(enc({ schema: 1, default: '2025.09', versions: [v1] }));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.value).toMatchObject({ schema: 2, versions: [{ id: '2025.09', dataSchema: 1 }] });
  });

  it('refuses folders outside data/, over-long version ids and file names it does not know', () => {
    const entry = entryFor(tinyBytes());
    for (const folder of ['.', '..', '../2025.09', '.hidden', 'a/b']) {
      const result = validateManifest(enc(manifest({ versions: [{ ...entry, folder }] })));
      expect(result.ok ? [] : result.issues.map((i) => `${i.field} ${i.code}`), folder).toEqual([
        'versions.0.folder format',
      ]);
    }
    const long = validateManifest(enc(manifest({ default: `2025.09.${'9'.repeat(300)}` })));
    expect(long.ok).toBe(false);
    const proto = JSON.stringify(manifest()).replace(
      '"nodes.json":',
      `"__proto__":"${'0'.repeat(64)}","nodes.json":`,
    );
    expect(validateManifest(new TextEncoder().encode(proto))).toEqual({
      ok: false,
      issues: [
        {
          file: 'manifest.json',
          field: 'versions.0.files',
          code: 'format',
          params: { format: 'format.fileName', received: '"__proto__"' },
        },
      ],
    });
  });

  it('names a manifest format it cannot read instead of failing on its fields', () => {
    expect(validateManifest(enc(manifest({ schema: 3, future: true })))).toEqual({
      ok: false,
      issues: [
        {
          file: 'manifest.json',
          field: 'schema',
          code: 'unsupportedSchema',
          params: { received: '3', supported: '1, 2' },
        },
      ],
    });
  });

  it('refuses a superseded version that points at a version the manifest lacks', () => {
    const entry = {
      ...entryFor(tinyBytes()),
      superseded: { by: '2099.01', reason: { zh: '旧', en: 'Old', ru: 'Старая' } },
    };
    expect(validateManifest(enc(manifest({ versions: [entry] })))).toEqual({
      ok: false,
      issues: [
        {
          file: 'manifest.json',
          field: 'versions.0.superseded.by',
          code: 'danglingReference',
          params: { kind: 'version', id: '2099.01' },
        },
      ],
    });
  });

  it('rejects a malformed checksum and names where it is', () => {
    const entry = entryFor(tinyBytes());
    const result = validateManifest(
      enc(manifest({ versions: [{ ...entry, files: { ...entry.files, 'nodes.json': 'abc' } }] })),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        file: 'manifest.json',
        field: 'versions.0.files.nodes.json',
        code: 'format',
      });
  });
});
