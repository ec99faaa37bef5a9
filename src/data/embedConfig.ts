/**
 * `embed.json`: the host origins an embed takes postMessage commands from. An origin is compared with the
 * sender's exactly, so each entry must be written as browsers write an origin — scheme, host, and a port
 * only when not the default: `https://x.org`, never `https://x.org/`, `https://X.org` or
 * `https://x.org:443`, which could never match. The app ignores other entries; `npm run validate` names them.
 */
import type { DataIssue } from './issues.ts';
import { parseJson } from './validate.ts';

export const EMBED_FILE = 'embed.json';

export function isExactOrigin(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || !URL.canParse(value)) return false;
  return new URL(value).origin === value;
}

/** The valid origins, and an issue naming each entry that is not one. */
export function readEmbedConfig(bytes: Uint8Array): { origins: string[]; issues: DataIssue[] } {
  const parsed = parseJson(EMBED_FILE, bytes);
  if (!parsed.ok) return { origins: [], issues: parsed.issues };
  const list = (parsed.value as { allowedOrigins?: unknown } | null)?.allowedOrigins;
  if (!Array.isArray(list))
    return {
      origins: [],
      issues: [
        {
          file: EMBED_FILE,
          field: 'allowedOrigins',
          code: 'type',
          params: { expected: 'array', received: typeof list },
        },
      ],
    };
  const issues: DataIssue[] = [];
  const origins: string[] = [];
  list.forEach((o, i) => {
    if (isExactOrigin(o)) origins.push(o);
    else
      issues.push({
        file: EMBED_FILE,
        field: `allowedOrigins.${i}`,
        code: 'format',
        params: {
          format: 'format.origin',
          received:
            typeof o === 'string' && URL.canParse(o)
              ? `${JSON.stringify(o)} (write ${new URL(o).origin})`
              : JSON.stringify(o),
        },
      });
  });
  return { origins, issues };
}
