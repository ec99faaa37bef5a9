/**
 * The basemap: its description, and (for the SVG renderer) its geometry. Both are optional to the view:
 * when they fail, the network still shows on a plain background.
 */
import type { FeatureCollection } from 'geojson';
import { dataUrl, fetchBytes } from './fetch.ts';
import { DataError, fromZod } from './issues.ts';
import { BasemapMeta } from './schema.ts';
import { parseJson, unwrap } from './validate.ts';

const META = 'basemap/basemap.json';

export interface Basemap {
  meta: BasemapMeta;
  landUrl: string;
  bordersUrl: string;
}

async function loadBasemap(): Promise<Basemap> {
  const data = unwrap(parseJson(META, await fetchBytes(META)));
  const parsed = BasemapMeta.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new DataError(fromZod(META, data, parsed.error));
  const meta = parsed.data;
  return {
    meta,
    landUrl: dataUrl(`basemap/${meta.files.land}`),
    bordersUrl: dataUrl(`basemap/${meta.files.borders}`),
  };
}

async function loadGeometry(file: string): Promise<FeatureCollection> {
  const path = `basemap/${file}`;
  const data = unwrap(parseJson(path, await fetchBytes(path)));
  const fc = data as Partial<FeatureCollection>;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError([
      { file: path, code: 'type', params: { expected: 'FeatureCollection', received: String(fc?.type) } },
    ]);
  }
  return fc as FeatureCollection;
}

export const basemapQuery = {
  queryKey: ['basemap'] as const,
  queryFn: loadBasemap,
  staleTime: Infinity,
  retry: 2,
};

/**
 * The land as GeoJSON, fetched once: the first picture draws it, MapLibre is handed the same object (no
 * second download), and the SVG renderer and the PNG export draw it too.
 */
export function landQuery(basemap: Basemap | undefined) {
  return {
    queryKey: ['basemap-land', basemap?.meta.files.land] as const,
    queryFn: () => loadGeometry(basemap!.meta.files.land),
    enabled: Boolean(basemap),
    staleTime: Infinity,
    retry: 2,
  };
}

/** National borders: a layer that is off by default, so they are fetched only once someone turns it on. */
export function bordersQuery(basemap: Basemap | undefined, enabled: boolean) {
  return {
    queryKey: ['basemap-borders', basemap?.meta.files.borders] as const,
    queryFn: () => loadGeometry(basemap!.meta.files.borders),
    enabled: enabled && Boolean(basemap),
    staleTime: Infinity,
    retry: 2,
  };
}
