// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fetchBytes, TransientDataError } from './fetch.ts';
import { MAX_FILE_BYTES } from './validate.ts';
import { DataError } from './issues.ts';

const respond = (init: Response | Promise<never>) =>
  (() => (init instanceof Response ? Promise.resolve(init) : init)) as unknown as typeof fetch;

describe('fetchBytes', () => {
  it('returns the exact bytes', async () => {
    const bytes = await fetchBytes('a.json', respond(new Response('[1]')));
    expect(new TextDecoder().decode(bytes)).toBe('[1]');
  });

  it('marks server errors as worth retrying and client errors as final, naming the file', async () => {
    await expect(fetchBytes('a.json', respond(new Response('', { status: 503 })))).rejects.toBeInstanceOf(
      TransientDataError,
    );
    const notFound = fetchBytes('v/flows.json', respond(new Response('', { status: 404 })));
    await expect(notFound).rejects.toBeInstanceOf(DataError);
    await expect(notFound).rejects.not.toBeInstanceOf(TransientDataError);
    await expect(notFound).rejects.toMatchObject({
      issues: [{ file: 'v/flows.json', code: 'httpStatus', params: { status: 404 } }],
    });
  });

  it('gives up on a server that never answers, as a timeout worth retrying', async () => {
    const hang = ((_: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as unknown as typeof fetch;
    await expect(fetchBytes('m.json', hang, 50)).rejects.toMatchObject({
      issues: [{ file: 'm.json', code: 'timeout' }],
    });
  });

  it('refuses a declared size over the limit before reading it', async () => {
    const big = new Response('x', { headers: { 'content-length': String(60 * 1024 * 1024) } });
    await expect(fetchBytes('f.json', respond(big))).rejects.toMatchObject({
      issues: [{ code: 'tooLarge' }],
    });
  });

  it('stops reading a body without a length the moment it passes the limit, and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1024 * 1024);
    // An endless stream, as a chunked response of unknown length can be.
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(fetchBytes('f.json', respond(new Response(body)))).rejects.toMatchObject({
      issues: [{ file: 'f.json', code: 'tooLarge', params: { limit: MAX_FILE_BYTES } }],
    });
    expect(cancelled).toBe(true);
    // Not much more than the limit was read.
    expect(pulled).toBeLessThanOrEqual(MAX_FILE_BYTES / chunk.byteLength + 3);
  });
});
