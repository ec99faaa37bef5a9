/**
 * How the app asks for a data file (relative to the page, never from the HTTP cache unchecked, with a
 * time limit) and reads its body (never past a limit). Without the validators, so the page's earliest
 * script can use them too (src/data/earlyFetch.ts).
 */

/** Where the data folder is, relative to the page (so the build works from any sub-path). */
export function dataUrl(path: string, base: string = document.baseURI): string {
  return new URL(`data/${path}`, base).href;
}

/** A request that has not finished by then is abandoned (and retried): a hung server must not hang the page. */
export const FETCH_TIMEOUT_MS = 20_000;

export function requestData(
  path: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Response> {
  return fetcher(dataUrl(path), { cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
}

/**
 * Reads a body chunk by chunk and cancels it the moment it passes `limit` bytes, whatever the transfer
 * (chunked, no length) or content encoding (a gzip body is counted as it inflates, so 1 MB that would
 * inflate to 200 MB costs no more than the limit in memory).
 */
export async function readLimited(
  response: Response,
  limit: number,
  tooLarge: (size: number) => Error,
  cutOff: () => Error,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      // The body was cut off mid-way (connection dropped): worth another try.
      throw cutOff();
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(size);
    }
    chunks.push(next.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
