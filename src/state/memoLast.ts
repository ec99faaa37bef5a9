/**
 * Remembers a function's last arguments and result: called again with the same arguments (by identity),
 * it returns the same result without computing. Enough for a selector chain where every stage's inputs are
 * the previous stages' outputs, as in src/state/scene.ts.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i])))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
