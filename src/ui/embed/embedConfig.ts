/**
 * Which host pages may drive an embed through postMessage (src/data/embedConfig.ts says how an entry is
 * written). A missing or broken file means no host is allowed: the embed still works, it takes no commands.
 */
import { readEmbedConfig } from '../../data/embedConfig.ts';
import { dataUrl } from '../../data/fetch.ts';

let loading: Promise<string[]> | null = null;

export function allowedOrigins(): Promise<string[]> {
  loading ??= fetch(dataUrl('embed.json'))
    .then(async (r) => (r.ok ? readEmbedConfig(new Uint8Array(await r.arrayBuffer())).origins : []))
    .catch(() => []);
  return loading;
}
