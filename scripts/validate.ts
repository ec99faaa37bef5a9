/** `npm run validate`: checks every version and every file; exits non-zero with one line per problem. */
import { issueToEnglish } from '../src/data/issues.ts';
import { DATA_DIR, flag, helpRequested, parseArgs, runScript } from './lib/cli.ts';
import { validateAll } from './lib/load-local.ts';

const USAGE = `
Usage: npm run validate -- [--data DIR] [--format text|json]

Validates the manifest and every dataset version in DIR (default public/data): the schema, unique ids,
flow endpoints and cited sources that exist, coordinates in range, real dates not before a node exists,
all three languages present, and every file's sha256 against the manifest.
Each problem names the file, the record id, the field and what was expected. Exit code 1 on any problem.
`;

const args = parseArgs(process.argv.slice(2));
runScript('validate', () => {
  if (helpRequested(args, USAGE)) return;
  const dir = flag(args, 'data') ?? DATA_DIR;
  const { versions, issues } = validateAll(dir);
  if (flag(args, 'format') === 'json') {
    process.stdout.write(`${JSON.stringify({ versions, issues }, null, 2)}\n`);
  } else if (issues.length) {
    for (const issue of issues) process.stderr.write(`${issueToEnglish(issue)}\n`);
    process.stderr.write(`\n${issues.length} problem(s) found in ${dir}\n`);
  } else {
    process.stdout.write(`ok: ${versions.length} version(s) valid in ${dir}: ${versions.join(', ')}\n`);
  }
  process.exitCode = issues.length ? 1 : 0;
});
