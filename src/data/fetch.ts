/** Fetching dataset files as exact bytes, with failures expressed as data issues. */
import { DataError } from './issues.ts';
import { MAX_FILE_BYTES } from './validate.ts';

/** Where the data folder is, relative to the page (so the build works from any sub-path). */
export function dataUrl(path: string, base: string = document.baseURI): string {
  return new URL(`data/${path}`, base).href;
}

/** Network and server failures may pass on a retry; a file that arrived and is wrong will not. */
export class TransientDataError extends DataError {}

/** A request that has not finished by then is abandoned (and retried): a hung server must not hang the page. */
export const FETCH_TIMEOUT_MS = 20_000;

export async function fetchBytes(
  path: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetcher(dataUrl(path), { cache: 'no-cache', signal });
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
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) {
    throw new DataError([
      { file: path, code: 'tooLarge', params: { size: declared, limit: MAX_FILE_BYTES } },
    ]);
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    // The body was cut off mid-way (connection dropped): worth another try.
    throw new TransientDataError([{ file: path, code: 'fetchFailed' }]);
  }
}
