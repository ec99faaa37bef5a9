/**
 * Golden files: what a download must contain, reviewed and committed in e2e/golden/. A test compares the
 * browser's file with it, not with the app's own code; `UPDATE_GOLDEN=1 npm run test:e2e` rewrites them
 * (then read the diff before committing). The server's origin varies per run, so it is written as ORIGIN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const DIR = path.resolve('e2e/golden');

export function normaliseOrigin(text: string, origin: string): string {
  return text.split(origin).join('ORIGIN/');
}

export function expectGolden(name: string, text: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`wrote missing golden file ${name}; review and commit it`);
    return;
  }
  expect(text, `differs from e2e/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    fs.readFileSync(file, 'utf8'),
  );
}
