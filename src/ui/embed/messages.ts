/**
 * The postMessage API an embed accepts from its host page (documented in the README). Commands are read
 * with the same rules as the URL: anything unknown or malformed is ignored, never thrown, never rendered.
 *
 *   { type: 'sco-map:set', time?: '2024' | '2019..2024' | null, types?: ['project', …],
 *     node?: 'minsk' | null, lang?: 'zh' | 'en' | 'ru' }
 * Events out: { type: 'sco-map:ready' } and { type: 'sco-map:view', search: '?lang=…' }.
 */
import { FLOW_TYPES } from '../../data/schema.ts';
import { parseUrl, type UrlChoices } from '../../state/url.ts';

export type EmbedCommand = Partial<Pick<UrlChoices, 'time' | 'types' | 'node' | 'lang'>>;

export function readCommand(data: unknown): EmbedCommand | null {
  if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== 'sco-map:set') return null;
  const d = data as Record<string, unknown>;
  const out: EmbedCommand = {};
  const param = (key: string, value: unknown) =>
    typeof value === 'string' ? parseUrl(`?${key}=${encodeURIComponent(value)}`) : null;
  if ('time' in d) {
    if (d.time === null) out.time = null;
    else {
      const t = param('time', d.time)?.time;
      if (t) out.time = t;
    }
  }
  // A list with anything unknown is dropped whole (the URL would fall back to all types instead).
  if (Array.isArray(d.types) && d.types.every((x) => (FLOW_TYPES as readonly unknown[]).includes(x))) {
    out.types = FLOW_TYPES.filter((t) => (d.types as unknown[]).includes(t));
  }
  if ('node' in d) {
    if (d.node === null) out.node = null;
    else {
      const n = param('node', d.node)?.node;
      if (n) out.node = n;
    }
  }
  if ('lang' in d) {
    const l = param('lang', d.lang)?.lang;
    if (l) out.lang = l;
  }
  return out;
}
