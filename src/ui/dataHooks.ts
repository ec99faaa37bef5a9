/** The React side of the data layer: TanStack Query hooks over the options src/data defines. */
import { useQuery } from '@tanstack/react-query';
import { basemapQuery, bordersQuery, landQuery, type Basemap } from '../data/basemapQuery.ts';
import { datasetQuery, manifestQuery } from '../data/queries.ts';
import type { Dataset, Manifest } from '../data/schema.ts';
import { storiesQuery } from '../data/stories.ts';

export const useManifest = () => useQuery(manifestQuery);

export const useDataset = (manifest: Manifest | undefined, versionId: string | undefined) =>
  useQuery(datasetQuery(manifest, versionId));

/** Stories are optional: a version may lack them, and a broken file never blocks the map. */
export const useStories = (dataset: Dataset | undefined) => useQuery(storiesQuery(dataset));

export const useBasemap = () => useQuery(basemapQuery);

export const useLand = (basemap: Basemap | undefined) => useQuery(landQuery(basemap));

export const useBorders = (basemap: Basemap | undefined, enabled: boolean) =>
  useQuery(bordersQuery(basemap, enabled));
