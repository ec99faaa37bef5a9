/**
 * How the app asks for a data file: relative to the page, never from the HTTP cache unchecked, with a
 * time limit. Without the validators, so the page's earliest script can use it too (src/data/earlyFetch.ts).
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
