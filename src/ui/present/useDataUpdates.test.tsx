// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brokenFixtures, entryFor, tinyBytes } from '../../data/fixtures/load-fixture.ts';
import { datasetQuery, manifestQuery } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { useDataUpdates } from './useDataUpdates.ts';
import { useWallStatus } from './wallStatus.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A server with two versions of the tiny fixture; which one is the default can be "published". */
function serve() {
  const good = tinyBytes();
  const state = { default: '2026.11', title: 'Version', flows: good['flows.json'] };
  const manifest = (): Manifest => ({
    schema: 2,
    default: state.default,
    versions: [
      { ...entryFor(good, '2026.11'), id: '2026.11', published: '2026-11-20' },
      {
        ...entryFor({ ...good, 'flows.json': state.flows }, '2026.12'),
        id: '2026.12',
        published: '2026-12-01',
        title: { zh: state.title, en: state.title, ru: state.title },
      },
    ],
  });
  const files = (): Record<string, Uint8Array> => ({
    'manifest.json': encode(manifest()),
    ...Object.fromEntries(Object.entries(good).map(([n, b]) => [`2026.11/${n}`, b])),
    ...Object.fromEntries(
      Object.entries({ ...good, 'flows.json': state.flows }).map(([n, b]) => [`2026.12/${n}`, b]),
    ),
  });
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = new URL(url).pathname.replace(/^\/data\//, '');
      requests.push(name);
      const body = files()[name];
      return body ? new Response(body as BodyInit) : new Response('not found', { status: 404 });
    }),
  );
  return {
    state,
    manifest,
    /** How many times a version's flows were downloaded. */
    downloads: (version: string) => requests.filter((r) => r === `${version}/flows.json`).length,
  };
}

/** The wall as it stands once it has shown the first default: manifest and dataset in the cache. */
async function wall(server: ReturnType<typeof serve>) {
  // Nothing observes these queries here, as the page's components do: kept, not collected after 5 minutes.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  client.setQueryData(manifestQuery.queryKey, server.manifest());
  await client.fetchQuery(datasetQuery(server.manifest(), '2026.11'));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

const shown = (client: QueryClient) => client.getQueryData<Manifest>(manifestQuery.queryKey)?.default;
const tick = () => act(() => vi.advanceTimersByTimeAsync(60_000));
/** The tour comes back to its first step: the loop boundary. */
const loopBoundary = () =>
  act(() => {
    useAppStore.setState({ story: 'other', step: 2 });
    useAppStore.setState({ story: 'first', step: 1 });
  });

describe('useDataUpdates', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState({ version: null, fallback: null, story: 'first', step: 2 });
    useWallStatus.setState({ checkedAt: null, offline: false, updatedTo: null });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('switches to a newly published default at the loop boundary, not before', async () => {
    const server = serve();
    const { client, wrapper } = await wall(server);
    renderHook(() => useDataUpdates(true, 60, 'first'), { wrapper });
    server.state.default = '2026.12';
    await tick();
    expect(shown(client)).toBe('2026.11');
    loopBoundary();
    expect(shown(client)).toBe('2026.12');
    expect(useWallStatus.getState().updatedTo).toBe('2026.12');
  });

  it('downloads a release once while its switch waits for the loop boundary', async () => {
    const server = serve();
    const { client, wrapper } = await wall(server);
    renderHook(() => useDataUpdates(true, 60, 'first'), { wrapper });
    server.state.default = '2026.12';
    await tick();
    await tick();
    await tick();
    expect(server.downloads('2026.12')).toBe(1);
    loopBoundary();
    expect(shown(client)).toBe('2026.12');
  });

  it('does not download again a version it showed before, unless the manifest describes it differently', async () => {
    const server = serve();
    const { client, wrapper } = await wall(server);
    renderHook(() => useDataUpdates(true, 60, null), { wrapper });
    server.state.default = '2026.12';
    await tick();
    server.state.default = '2026.11';
    await tick();
    server.state.default = '2026.12';
    await tick();
    expect(shown(client)).toBe('2026.12');
    expect([server.downloads('2026.11'), server.downloads('2026.12')]).toEqual([1, 1]);
    server.state.default = '2026.11';
    await tick();
    server.state.title = 'Version, corrected';
    server.state.default = '2026.12';
    await tick();
    expect(shown(client)).toBe('2026.12');
    expect(server.downloads('2026.12')).toBe(2);
  });

  it('keeps what it shows when the new release does not validate', async () => {
    const server = serve();
    const { client, wrapper } = await wall(server);
    renderHook(() => useDataUpdates(true, 60, null), { wrapper });
    server.state.flows = brokenFixtures().find((b) => b.fault === 'dangling-target')!.bytes;
    server.state.default = '2026.12';
    await tick();
    expect(shown(client)).toBe('2026.11');
  });
});
