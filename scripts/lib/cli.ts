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
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
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
  'data',
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
