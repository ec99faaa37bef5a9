// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brokenFixtures, entryFor, tinyBytes } from '../data/fixtures/load-fixture.ts';
import type { DataFile } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { FALLBACK_RECHECK_MIN, useFallbackRecheck } from './useFallbackRecheck.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A server whose 2026.11 can be swapped from broken to fixed, manifest checksums and all. */
function serve() {
  const good = tinyBytes();
  const dangling = brokenFixtures().find((b) => b.fault === 'dangling-target')!;
  let newest: Record<DataFile, Uint8Array> = { ...good, [dangling.file]: dangling.bytes };
  const files = () => {
    const versions = [
      { ...entryFor(good, '2025.09'), id: '2025.09' },
      { ...entryFor(newest, '2026.11'), id: '2026.11', published: '2026-11-20' },
    ];
    return {
      'manifest.json': encode({ schema: 2, default: '2026.11', versions }),
      ...Object.fromEntries(Object.entries(good).map(([n, b]) => [`2025.09/${n}`, b])),
      ...Object.fromEntries(Object.entries(newest).map(([n, b]) => [`2026.11/${n}`, b])),
    } as Record<string, Uint8Array>;
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = files()[new URL(url).pathname.replace(/^\/data\//, '')];
      return body ? new Response(body as BodyInit) : new Response('not found', { status: 404 });
    }),
  );
  return { fix: () => (newest = good) };
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useFallbackRecheck', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState({ version: null, fallback: null });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('goes back to what the URL asks for once it validates, and not before', async () => {
    const server = serve();
    useAppStore.getState().openFallback('2025.09');
    renderHook(() => useFallbackRecheck(true), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(FALLBACK_RECHECK_MIN * 60_000));
    expect(useAppStore.getState()).toMatchObject({ version: null, fallback: { version: '2025.09' } });
    server.fix();
    await act(() => vi.advanceTimersByTimeAsync(FALLBACK_RECHECK_MIN * 60_000));
    expect(useAppStore.getState()).toMatchObject({ version: null, fallback: null });
  });

  it('does nothing outside the rooms nobody clicks in', async () => {
    const server = serve();
    server.fix();
    useAppStore.getState().openFallback('2025.09');
    renderHook(() => useFallbackRecheck(false), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(3 * FALLBACK_RECHECK_MIN * 60_000));
    expect(useAppStore.getState().fallback).toEqual({ version: '2025.09' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
