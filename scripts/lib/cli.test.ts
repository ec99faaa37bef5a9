import { describe, expect, it } from 'vitest';
import { flag, parseArgs } from './cli.ts';

describe('parseArgs', () => {
  it('takes the value after a flag that has one, as the soak is run: --publish-every 1', () => {
    const args = parseArgs(['--publish-every', '1', '--warmup', '3', '--no-build']);
    expect([flag(args, 'publish-every'), flag(args, 'warmup'), args.flags.get('no-build')]).toEqual([
      '1',
      '3',
      true,
    ]);
    expect(args.positional).toEqual([]);
  });

  it('takes a value after = for any flag', () => {
    expect(flag(parseArgs(['--dist=/tmp/a=b']), 'dist')).toBe('/tmp/a=b');
  });
});
