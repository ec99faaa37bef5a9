// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { landFileOf, startEarlyFetches, takeEarly, versionFilesOf } from './earlyFetch.ts';
import { fetchBytes } from './fetch.ts';

const manifest = {
  default: '2026.12',
  versions: [
    { id: '2026.11', folder: '2026.11', dataSchema: 1 },
    { id: '2026.12', folder: '2026.12', dataSchema: 3 },
  ],
};

describe('what the first script asks for', () => {
  it('the files of the version the link names, else of the default, by its data schema', () => {
    expect(versionFilesOf(manifest, '2026.11')).toEqual([
      '2026.11/nodes.json',
      '2026.11/flows.json',
      '2026.11/sources.json',
      '2026.11/figures.json',
    ]);
    const defaults = [
      '2026.12/nodes.json',
      '2026.12/flows.json',
      '2026.12/sources.json',
      '2026.12/figures.json',
      '2026.12/events.json',
    ];
    expect(versionFilesOf(manifest, null)).toEqual(defaults);
    expect(versionFilesOf(manifest, '2099.01')).toEqual(defaults);
  });

  it('follows only plain names inside data/, and nothing from a manifest it cannot read', () => {
    const hostile = (folder: unknown, dataSchema: unknown = 3) => ({
      default: 'x',
      versions: [{ id: 'x', folder, dataSchema }],
    });
    expect(versionFilesOf(hostile('../secret'), null)).toEqual([]);
    expect(versionFilesOf(hostile('a/b'), null)).toEqual([]);
    expect(versionFilesOf(hostile('https://elsewhere.example'), null)).toEqual([]);
    expect(versionFilesOf(hostile(7), null)).toEqual([]);
    expect(versionFilesOf(hostile('v1', 99), null)).toEqual([]);
    expect(versionFilesOf(null, null)).toEqual([]);
    expect(versionFilesOf({ versions: 'no' }, null)).toEqual([]);
    expect(landFileOf({ files: { land: 'land.geojson' } })).toEqual(['basemap/land.geojson']);
    expect(landFileOf({ files: { land: '../../index.html' } })).toEqual([]);
    expect(landFileOf('nonsense')).toEqual([]);
  });
});

describe('the app taking what the first script asked for', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks once for each file, and each response is taken once, then checked like any other', async () => {
    const asked: string[] = [];
    const files: Record<string, string> = {
      'manifest.json': JSON.stringify(manifest),
      'basemap/basemap.json': JSON.stringify({ files: { land: 'land.geojson' } }),
    };
    vi.stubGlobal('fetch', (url: string) => {
      const path = new URL(url).pathname.replace(/^\/data\//, '');
      asked.push(path);
      return Promise.resolve(
        path === '2026.12/flows.json'
          ? new Response('', { status: 404 })
          : new Response(files[path] ?? `"${path}"`),
      );
    });
    startEarlyFetches('?v=2026.12&lang=en');
    await vi.waitFor(() => expect(asked).toContain('basemap/land.geojson'));
    await vi.waitFor(() => expect(asked).toContain('2026.12/events.json'));
    expect([...asked].sort()).toEqual(
      [
        'manifest.json',
        'basemap/basemap.json',
        'fonts/fonts.json',
        '2026.12/nodes.json',
        '2026.12/flows.json',
        '2026.12/sources.json',
        '2026.12/figures.json',
        '2026.12/events.json',
        'basemap/land.geojson',
      ].sort(),
    );
    // The app's read of the manifest gets the bytes the first script asked for, without asking again.
    const bytes = await fetchBytes('manifest.json');
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(manifest);
    expect(asked.filter((p) => p === 'manifest.json')).toHaveLength(1);
    // An early response is checked as any other: a 404 is still refused, naming the file.
    await expect(fetchBytes('2026.12/flows.json')).rejects.toMatchObject({
      issues: [{ file: '2026.12/flows.json', code: 'httpStatus', params: { status: 404 } }],
    });
    // Taken once: the next read (a data update, a retry) goes to the network.
    expect(takeEarly('manifest.json')).toBeUndefined();
    await fetchBytes('manifest.json');
    expect(asked.filter((p) => p === 'manifest.json')).toHaveLength(2);
  });

  it('leaves to the app the files it asked for before the first script ran', async () => {
    vi.resetModules();
    const fresh = await import('./earlyFetch.ts');
    const { fetchBytes: appFetch } = await import('./fetch.ts');
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      const path = new URL(url).pathname.replace(/^\/data\//, '');
      asked.push(path);
      return Promise.resolve(
        new Response(
          path === 'basemap/basemap.json' ? JSON.stringify({ files: { land: 'land.geojson' } }) : '{}',
        ),
      );
    });
    await appFetch('manifest.json');
    fresh.startEarlyFetches('');
    await vi.waitFor(() => expect(asked).toContain('basemap/land.geojson'));
    expect(asked.filter((p) => p === 'manifest.json')).toHaveLength(1);
    expect(asked).toContain('fonts/fonts.json');
  });
});
