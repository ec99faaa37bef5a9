/** Tiny helpers shared by the data scripts: flags, `--help`, and where the data lives. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, 'public/data');

export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    // Split at the first '=' only: values may contain '=' themselves.
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(key, inline);
    else if (next !== undefined && !next.startsWith('--') && VALUE_FLAGS.has(key)) flags.set(key, argv[++i]!);
    else flags.set(key, true);
  }
  return { positional, flags };
}

/** Flags that take a value; every other flag is a switch. */
const VALUE_FLAGS = new Set([
  'resolution',
  'rounds',
  'records',
  'minutes',
  'interval',
  'warmup',
  'publish-every',
  'sizes',
  'seconds',
  'edges',
  'data',
  'dist',
  'out',
  'id',
  'version',
  'published',
  'title',
  'changelog',
  'from',
  'seed',
  'nodes',
  'flows',
  'sources',
  'figures',
  'format',
  'title-zh',
  'title-en',
  'title-ru',
  'changelog-zh',
  'changelog-en',
  'changelog-ru',
]);

export function helpRequested(args: Args, usage: string): boolean {
  if (!args.flags.has('help')) return false;
  process.stdout.write(`${usage.trim()}\n`);
  return true;
}

export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Runs a script's main function so that no stack trace reaches its user: a file-system failure (a full
 * disk, a folder where a file should be, a name too long) is said in one line and exits 1.
 */
export function runScript(name: string, main: () => void | Promise<void>): void {
  const fail = (e: unknown) => {
    const err = e as NodeJS.ErrnoException;
    const where = err.path ? ` (${err.path})` : '';
    process.stderr.write(`${name}: ${err.code ? `${err.code}${where}: ` : ''}${err.message ?? String(e)}\n`);
    process.exitCode = 1;
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(fail);
  } catch (e) {
    fail(e);
  }
}
