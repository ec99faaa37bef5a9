/** Events (a conference, an opening…) are things that happened at one node: they count no flow. */
import type { Event } from '../data/schema.ts';

/** The first and last day an event can mean: its `date`, or from `start` to `end`; null when it has neither. */
export function eventSpan(event: Pick<Event, 'date' | 'start' | 'end'>): [string, string] | null {
  if (event.date !== undefined) return [event.date, event.date];
  if (event.start !== undefined && event.end !== undefined) return [event.start, event.end];
  return null;
}
