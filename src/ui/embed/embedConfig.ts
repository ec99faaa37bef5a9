/**
 * Which host pages may drive an embed through postMessage: `public/data/embed.json`,
 * `{ "allowedOrigins": ["https://example.org"] }`. Anything else is ignored. A missing or broken file
 * means no host is allowed (the embed still works, it just takes no commands).
 */
import { dataUrl } from '../../data/fetch.ts';

let loading: Promise<string[]> | null = null;

export function allowedOrigins(): Promise<string[]> {
  const promise =
    loading ??
    fetch(dataUrl('embed.json'))
      .then((r) => (r.ok ? (r.json() as Promise<{ allowedOrigins?: unknown }>) : {}))
      .then((c) =>
        Array.isArray((c as { allowedOrigins?: unknown }).allowedOrigins)
          ? ((c as { allowedOrigins: unknown[] }).allowedOrigins.filter(
              (o) => typeof o === 'string' && /^https?:\/\/[^/\s]+$/.test(o),
            ) as string[])
          : [],
      )
      .catch(() => []);
  loading = promise;
  return promise;
}
