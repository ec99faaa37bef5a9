import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from './export-schema.ts';
import { DATA_DIR } from './lib/cli.ts';

const published = (name: string) => fs.readFileSync(path.join(DATA_DIR, 'schema', name), 'utf8');
const data = (rel: string) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, rel), 'utf8')) as unknown;

describe('published JSON Schema', () => {
  const files = schemaFiles();

  it('is exactly what the Zod schema generates (run npm run schema after changing it)', () => {
    for (const [name, text] of Object.entries(files)) expect(published(name), name).toBe(text);
  });

  it('accepts every shipped file and rejects what the app rejects', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const text of Object.values(files)) ajv.addSchema(JSON.parse(text));
    const check = (name: string, value: unknown) => ajv.validate(`${name}.schema.json`, value);
    const manifest = data('manifest.json') as { versions: Array<{ folder: string; dataSchema: number }> };
    expect(check('manifest', manifest), JSON.stringify(ajv.errors)).toBe(true);
    // Each version against the schema it was written in.
    for (const { folder, dataSchema } of manifest.versions) {
      const prefix = dataSchema === 3 ? '' : `v${dataSchema}/`;
      const names = [
        'nodes',
        'flows',
        'sources',
        'figures',
        'stories',
        ...(dataSchema > 1 ? ['events'] : []),
      ];
      for (const file of names) {
        const ok = check(`${prefix}${file}`, data(`${folder}/${file}.json`));
        expect(ok, `${folder}/${file}.json: ${JSON.stringify(ajv.errors?.slice(0, 2))}`).toBe(true);
      }
    }
    expect(check('v1/nodes', data('2026.12/nodes.json'))).toBe(false);
    // A step naming nodes is schema 3; the schema-2 stories refuse it.
    const stories = data('2026.12/stories.json') as Array<{ steps: Array<Record<string, unknown>> }>;
    const named = [{ ...stories[0], steps: [{ ...stories[0]!.steps[0], nodes: ['qingdao'] }] }];
    expect(check('stories', named)).toBe(true);
    expect(check('v2/stories', named)).toBe(false);
    const flows = data(`${manifest.versions[0]!.folder}/flows.json`) as Array<Record<string, unknown>>;
    expect(check('flows', [{ ...flows[0], type: 'money' }])).toBe(false);
    expect(check('flows', [{ ...flows[0], date: '2021/03' }])).toBe(false);
    expect(check('flows', [{ ...flows[0], extra: 1 }])).toBe(false);
  });
});
