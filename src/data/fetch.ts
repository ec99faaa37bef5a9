/** Fetching dataset files as exact bytes, with failures expressed as data issues. */
import { DataError } from './issues.ts';
import { MAX_FILE_BYTES } from './validate.ts';
import { takeEarly } from './earlyFetch.ts';
import { FETCH_TIMEOUT_MS, readLimited, requestData } from './request.ts';

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
