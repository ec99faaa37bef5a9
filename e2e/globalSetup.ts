import fs from 'node:fs';
import { chromiumPath } from './browser.ts';

export default function setup() {
  if (!fs.existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  chromiumPath();
}
