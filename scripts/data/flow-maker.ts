/**
 * How the generator makes one illustrative flow: a numbered id, a date inside its window (never before
 * either end existed), a title from the two ends, and the generator as its source.
 */
import { randomInt, type Rng } from '../../src/domain/random.ts';
import {
  daysInMonth,
  isCertainlyBefore,
  parsePartialDate,
  periodEnd,
  periodStart,
} from '../../src/domain/dates.ts';
import type { Flow, Localized, Node } from '../../src/data/schema.ts';
import { GENERATOR_ID } from './reported.ts';

const label = (n: Node) => n.shortName ?? n.name;

export const SCO_PARTNERS = [
  'moscow',
  'minsk',
  'tashkent',
  'bishkek',
  'almaty',
  'ulaanbaatar',
  'dushanbe',
  'islamabad',
  'tehran',
];
export const GLOBAL_PARTNERS = ['seoul', 'berlin', 'tokyo', 'espoo'];

export interface Context {
  rng: Rng;
  nodes: Map<string, Node>;
  flows: Flow[];
  counter: Map<string, number>;
}

/** A date between `from` and `to` (inclusive), at year, month or day precision. */
function randomDate(rng: Rng, from: string, to: string): string {
  for (;;) {
    const start = parsePartialDate(from)!;
    const end = parsePartialDate(to)!;
    const year = randomInt(rng, start.year, end.year);
    const month = randomInt(rng, 1, 12);
    const day = randomInt(rng, 1, daysInMonth(year, month));
    const r = rng();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date =
      r < 0.12 ? `${year}` : r < 0.75 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    // The whole period the date covers lies in the window, so no record straddles its edges.
    if (periodStart(date) >= periodStart(from) && periodEnd(date) <= periodEnd(to)) return date;
  }
}

function later(a: string, b: string) {
  return isCertainlyBefore(a, b) ? b : a;
}

export function add(
  ctx: Context,
  prefix: string,
  type: Flow['type'],
  category: string,
  source: string,
  target: string,
  window: [string, string],
  value: number,
  title: (src: Localized, tgt: Localized) => Localized,
  partners?: string[],
): void {
  const s = ctx.nodes.get(source)!;
  const t = ctx.nodes.get(target)!;
  const n = (ctx.counter.get(prefix) ?? 0) + 1;
  ctx.counter.set(prefix, n);
  const from = later(later(window[0], s.predecessor?.since ?? s.since), t.predecessor?.since ?? t.since);
  ctx.flows.push({
    id: `${prefix}-${String(n).padStart(3, '0')}`,
    type,
    source,
    target,
    date: randomDate(ctx.rng, from, window[1]),
    value,
    title: title(label(s), label(t)),
    category,
    ...(partners ? { partners } : {}),
    provenance: 'illustrative',
    sources: [GENERATOR_ID],
  });
}
