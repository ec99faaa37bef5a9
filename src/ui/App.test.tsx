// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brokenFixtures, entryFor, tinyBytes } from '../data/fixtures/load-fixture.ts';
import type { DataFile } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { App } from './App.tsx';
import { FALLBACK_AUTO_OPEN_S } from './ErrorPanel.tsx';

/** Serves a manifest and one version folder from memory, the way a static server would. */
function serve(files: Record<string, Uint8Array>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = new URL(url).pathname.replace(/^\/data\//, '');
      const body = files[path];
      return body
        ? new Response(body as BodyInit, { status: 200 })
        : new Response('not found', { status: 404 });
    }),
  );
}

function serveVersion(bytes: Record<DataFile, Uint8Array>, manifestBytes = bytes) {
  const manifest = { schema: 2, default: '2025.09', versions: [entryFor(manifestBytes)] };
  serve({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)),
    ...Object.fromEntries(Object.entries(bytes).map(([name, b]) => [`tiny/${name}`, b])),
  });
}

/** Serves several versions, each from its own folder; the first is the manifest's default. */
function serveVersions(
  versions: {
    id: string;
    published: string;
    bytes: Record<DataFile, Uint8Array>;
    served?: Record<DataFile, Uint8Array>;
  }[],
) {
  const entries = versions.map((v) => ({
    ...entryFor(v.bytes, v.id),
    id: v.id,
    published: v.published,
    title: { zh: v.id, en: `Title ${v.id}`, ru: v.id },
  }));
  const manifest = { schema: 2, default: versions[0]!.id, versions: entries };
  serve({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)),
    ...Object.fromEntries(
      versions.flatMap((v) => Object.entries(v.served ?? v.bytes).map(([name, b]) => [`${v.id}/${name}`, b])),
    ),
  });
}

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

describe('App shell', () => {
  beforeEach(() => {
    useAppStore.setState({ lang: 'en', version: null, node: null });
    // jsdom has neither layout nor media queries; the map falls back to SVG (no WebGL here either).
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('matchMedia', (q: string) => ({
      matches: false,
      media: q,
      addEventListener() {},
      removeEventListener() {},
    }));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the key figures with their citation and every node', async () => {
    serveVersion(tinyBytes());
    renderApp();
    const figures = await screen.findByRole('region', { name: 'Key figures (reported)' });
    expect(within(figures).getByText('143')).toBeInTheDocument();
    expect(within(figures).getByText('A report')).toBeInTheDocument();
    const nodes = screen.getByRole('region', { name: /Nodes of the network/ });
    const items = [...nodes.querySelectorAll<HTMLElement>('[data-node]')];
    expect(items.map((b) => [b.dataset.node, b.querySelector('.node-name')?.textContent])).toEqual([
      ['qingdao', 'Center'],
      ['wuhan', 'Wuhan (planned)'],
      ['minsk', 'Minsk'],
    ]);
    expect(within(nodes).getByText('illustrative')).toBeInTheDocument();
  });

  it('switches every name to the chosen language', async () => {
    serveVersion(tinyBytes());
    renderApp();
    await screen.findByText('Minsk');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Language/ }), 'ru');
    expect(await screen.findByText('Минск')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Узлы сети/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  it('shows the translated error panel naming file, record and field for a broken file', async () => {
    const broken = brokenFixtures().find((b) => b.fault === 'dangling-target')!;
    const bytes = { ...tinyBytes(), [broken.file]: broken.bytes };
    serveVersion(bytes);
    useAppStore.setState({ lang: 'zh' });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('无法显示数据')).toBeInTheDocument();
    expect(alert).toHaveTextContent('tiny/flows.json，记录 f1，字段 target: 引用的节点“atlantis”不存在');
  });

  it('reports a missing file by name', async () => {
    const bytes = tinyBytes();
    const { 'figures.json': _, ...withoutFigures } = bytes;
    serveVersion(withoutFigures as Record<DataFile, Uint8Array>, bytes);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'tiny/figures.json: the server answered with status 404',
    );
  });

  it('reports a file whose bytes do not match their checksum by name', async () => {
    const bytes = tinyBytes();
    const truncated = { ...bytes, 'flows.json': bytes['flows.json'].slice(0, 20) };
    serveVersion(truncated, bytes);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /tiny\/flows\.json: does not match its checksum in the manifest \(expected [0-9a-f]{12}…, got [0-9a-f]{12}…\)/,
    );
  });

  it('never interprets dataset text as HTML', async () => {
    const bytes = tinyBytes();
    const nodes = new TextDecoder()
      .decode(bytes['nodes.json'])
      .replace('"Minsk"', '"<img src=x onerror=alert(1)>Minsk"');
    const withHtml = { ...bytes, 'nodes.json': new TextEncoder().encode(nodes) };
    serveVersion(withHtml);
    renderApp();
    expect(await screen.findByText('<img src=x onerror=alert(1)>Minsk')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers the newest other version that passes validation, skipping ones that fail too', async () => {
    const good = tinyBytes();
    const dangling = brokenFixtures().find((b) => b.fault === 'dangling-target')!;
    const truncated = { ...good, 'flows.json': good['flows.json'].slice(0, 20) };
    serveVersions([
      { id: '2026.11', published: '2026-11-20', bytes: { ...good, [dangling.file]: dangling.bytes } },
      { id: '2025.09', published: '2025-09-05', bytes: good },
      { id: '2026.03', published: '2026-03-01', bytes: good, served: truncated },
    ]);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2026.11/flows.json, record f1, field target');
    const open = await within(alert).findByRole('button', { name: 'Open 2025.09: Title 2025.09' });
    // 2026.03 is newer than 2025.09, so it was tried first and failed its checksum.
    const requested = vi.mocked(fetch).mock.calls.map(([url]) => new URL(String(url)).pathname);
    expect(requested).toContain('/data/2026.03/flows.json');
    await userEvent.click(open);
    expect(useAppStore.getState().version).toBe('2025.09');
    expect(await screen.findByRole('region', { name: /Nodes of the network/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no other version passes validation', async () => {
    const good = tinyBytes();
    const dangling = brokenFixtures().find((b) => b.fault === 'dangling-target')!;
    serveVersions([
      { id: '2026.11', published: '2026-11-20', bytes: { ...good, [dangling.file]: dangling.bytes } },
      {
        id: '2025.09',
        published: '2025-09-05',
        bytes: good,
        served: { ...good, 'nodes.json': new Uint8Array() },
      },
    ]);
    useAppStore.setState({ lang: 'ru' });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText('Ни одна другая версия не прошла проверку.')).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: /^Открыть/ })).toBeNull();
  });

  describe('a broken default version, after the auto-open time', () => {
    const serveBroken = () => {
      const good = tinyBytes();
      const dangling = brokenFixtures().find((b) => b.fault === 'dangling-target')!;
      serveVersions([
        { id: '2026.11', published: '2026-11-20', bytes: { ...good, [dangling.file]: dangling.bytes } },
        { id: '2025.09', published: '2025-09-05', bytes: good },
      ]);
    };
    beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
    afterEach(() => vi.useRealTimers());

    it('an explorer is offered the last valid version and nothing opens by itself', async () => {
      serveBroken();
      renderApp();
      const alert = await screen.findByRole('alert');
      await within(alert).findByRole('button', { name: /^Open 2025\.09/ });
      await act(() => vi.advanceTimersByTimeAsync((FALLBACK_AUTO_OPEN_S + 5) * 1000));
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(useAppStore.getState()).toMatchObject({ version: null, fallback: null });
    });

    it('a kiosk opens it by itself, keeping what it asked for', async () => {
      useAppStore.setState({ present: true, kiosk: true });
      serveBroken();
      renderApp();
      const alert = await screen.findByRole('alert');
      await within(alert).findByRole('button', { name: /^Open 2025\.09/ });
      await act(() => vi.advanceTimersByTimeAsync((FALLBACK_AUTO_OPEN_S + 1) * 1000));
      expect(useAppStore.getState()).toMatchObject({ version: null, fallback: { version: '2025.09' } });
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      useAppStore.setState({ present: false, kiosk: false, fallback: null });
    });
  });
});
