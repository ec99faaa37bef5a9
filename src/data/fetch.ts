/** Fetching dataset files as exact bytes, with failures expressed as data issues. */
import { DataError } from './issues.ts';
import { MAX_FILE_BYTES } from './validate.ts';
import { takeEarly } from './earlyFetch.ts';
import { FETCH_TIMEOUT_MS, requestData } from './request.ts';

export { dataUrl } from './request.ts';

/** Network and server failures may pass on a retry; a file that arrived and is wrong will not. */
export class TransientDataError extends DataError {}

export async function fetchBytes(
  path: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Uint8Array> {
  let response: Response;
  try {
    // The page's first script may have asked already (src/data/earlyFetch.ts); checked the same below.
    const asked = fetcher === fetch ? takeEarly(path) : undefined;
    response = await (asked ?? requestData(path, fetcher, timeoutMs));
  } catch (e) {
    const timedOut = (e as Error)?.name === 'TimeoutError';
    throw new TransientDataError([{ file: path, code: timedOut ? 'timeout' : 'fetchFailed' }]);
  }
  if (!response.ok) {
    const issue = { file: path, code: 'httpStatus' as const, params: { status: response.status } };
    throw response.status >= 500 || response.status === 408 || response.status === 429
      ? new TransientDataError([issue])
      : new DataError([issue]);
  }
  const tooLarge = (size: number) =>
    new DataError([{ file: path, code: 'tooLarge', params: { size, limit: MAX_FILE_BYTES } }]);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  return readLimited(
    response,
    MAX_FILE_BYTES,
    tooLarge,
    () => new TransientDataError([{ file: path, code: 'fetchFailed' }]),
  );
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
