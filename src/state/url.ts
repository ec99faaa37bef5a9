/**
 * The public URL contract (embeds depend on it; keep it stable):
 *   v      dataset version id            lang  zh | en | ru
 *   time   period or range (2024, 2024-Q3, 2024-07, 2019..2024)
 *   mode   period | cumulative           types comma list of project,talent,agreement
 *   kinds  comma list of center,hub,partner
 *   node   selected node id              view  map | table
 *   at     lon,lat,zoom                  theme dark | light
 *   country comma list of ISO 3166-1 alpha-2 codes (flows touching them)
 *   min    minimum edge value shown (a whole number)
 *   compare a second period or range: each edge shows its change from `compare` to `time`
 *   vs     a second dataset version: each edge shows its change from `vs` to `v`
 *   edge   selected edge as source~target~type, e.g. minsk~qingdao~talent
 *   present=1 presentation mode · kiosk=1 unattended loop of the stories · embed=1 minimal chrome
 *   story  story id · step  1-based step of that story
 *   provenance  reported | all: only reported records, or all (default: all when exploring; reported in
 *          presentation, kiosk and embed, where nobody can read the marks up close)
 *   scale  fitted: widths and sizes fitted to the window shown (default: fixed, one scale for the whole
 *          timeline, so a width means the same amount in every period; playback is always fixed)
 *   projection  globe: the map drawn on a globe, in every renderer and the export (default: mercator)
 *   u      the version of this contract that wrote the link (src/state/urlMigrations.ts)
 * Parsing never throws: an unknown or malformed parameter falls back to its default.
 */
import { FLOW_TYPES, LANGS, NODE_KINDS, type FlowType, type Lang, type NodeKind } from '../data/schema.ts';
import type { ProvenanceFilter } from '../domain/aggregate.ts';
import { parseEdgeId } from '../domain/edgeId.ts';
import { migrateSearch, URL_VERSION } from './urlMigrations.ts';
import { formatTimeSelection, parseTimeSelection, type Mode, type TimeSelection } from '../data/period.ts';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export type View = 'map' | 'table';
export type { Mode };
export type Theme = 'dark' | 'light';
/** Widths on one scale for the whole timeline, or fitted to the window shown. */
export type ScaleChoice = 'fixed' | 'fitted';
/** The flat Web Mercator map, or a globe (Mercator inflates the network's north: Minsk–Moscow looks twice as long). */
export type Projection = 'mercator' | 'globe';

/** Everything a link reproduces. `null` means "the default" (and is left out of the URL). */
export interface UrlChoices {
  version: string | null;
  lang: Lang | null;
  time: TimeSelection | null;
  mode: Mode;
  types: FlowType[];
  kinds: NodeKind[];
  node: string | null;
  view: View;
  at: Camera | null;
  theme: Theme;
  countries: string[];
  minValue: number;
  compare: TimeSelection | null;
  vs: string | null;
  edge: string | null;
  present: boolean;
  kiosk: boolean;
  embed: boolean;
  story: string | null;
  step: number | null;
  /** null: the room's default (see `effectiveProvenance`). */
  provenance: ProvenanceFilter | null;
  scale: ScaleChoice;
  projection: Projection;
}

export const DEFAULT_CHOICES: UrlChoices = {
  version: null,
  lang: null,
  time: null,
  mode: 'cumulative',
  types: [...FLOW_TYPES],
  kinds: [...NODE_KINDS],
  node: null,
  view: 'map',
  at: null,
  theme: 'dark',
  countries: [],
  minValue: 0,
  compare: null,
  vs: null,
  edge: null,
  present: false,
  kiosk: false,
  embed: false,
  story: null,
  step: null,
  provenance: null,
  scale: 'fixed',
  projection: 'mercator',
};

/** Rooms nobody reads up close (a wall, a lobby, an embed) show reported records only unless asked. */
export function effectiveProvenance(
  c: Pick<UrlChoices, 'provenance' | 'present' | 'kiosk' | 'embed'>,
): ProvenanceFilter {
  return c.provenance ?? (c.present || c.kiosk || c.embed ? 'reported' : 'all');
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const VERSION = /^\d{4}\.\d{2}(\.\d{1,3})?$/;

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** A comma list of known values, deduplicated, in canonical order; anything unknown voids the list. */
function listOf<T extends string>(value: string | null, options: readonly T[]): T[] | null {
  if (value === null) return null;
  if (value === '') return [];
  const items = value.split(',');
  if (!items.every((i) => (options as readonly string[]).includes(i))) return null;
  return options.filter((o) => items.includes(o));
}

function parseCamera(value: string | null): Camera | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

function parseCountries(value: string | null): string[] {
  if (!value) return [];
  const codes = value.split(',');
  return codes.every((c) => /^[A-Z]{2}$/.test(c)) ? [...new Set(codes)].sort() : [];
}

export function parseUrl(search: string): UrlChoices {
  const q = migrateSearch(search);
  const get = (k: string) => q.get(k);
  const version = get('v');
  const node = get('node');
  return {
    version: version !== null && VERSION.test(version) ? version : null,
    lang: oneOf(get('lang'), LANGS),
    time: get('time') !== null ? parseTimeSelection(get('time')!) : null,
    mode: oneOf(get('mode'), ['period', 'cumulative'] as const) ?? DEFAULT_CHOICES.mode,
    types: listOf(get('types'), FLOW_TYPES) ?? DEFAULT_CHOICES.types,
    kinds: listOf(get('kinds'), NODE_KINDS) ?? DEFAULT_CHOICES.kinds,
    node: node !== null && ID.test(node) ? node : null,
    view: oneOf(get('view'), ['map', 'table'] as const) ?? DEFAULT_CHOICES.view,
    at: parseCamera(get('at')),
    theme: oneOf(get('theme'), ['dark', 'light'] as const) ?? DEFAULT_CHOICES.theme,
    countries: parseCountries(get('country')),
    minValue: /^\d{1,7}$/.test(get('min') ?? '') ? Number(get('min')) : DEFAULT_CHOICES.minValue,
    compare: get('compare') !== null ? parseTimeSelection(get('compare')!) : null,
    vs: get('vs') !== null && VERSION.test(get('vs')!) ? get('vs') : null,
    edge: parseEdgeId(get('edge') ?? '') ? get('edge') : null,
    present: get('present') === '1',
    kiosk: get('kiosk') === '1',
    embed: get('embed') === '1',
    story: get('story') !== null && ID.test(get('story')!) ? get('story') : null,
    step: /^[1-9]\d{0,2}$/.test(get('step') ?? '') ? Number(get('step')) : null,
    provenance: oneOf(get('provenance'), ['reported', 'all'] as const),
    scale: oneOf(get('scale'), ['fixed', 'fitted'] as const) ?? DEFAULT_CHOICES.scale,
    projection: oneOf(get('projection'), ['mercator', 'globe'] as const) ?? DEFAULT_CHOICES.projection,
  };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/**
 * Serialises choices, keeping parameters the app does not own (an embed's `embed=1`, a story's `step`)
 * so a host page's link survives every view change.
 */
export function serializeUrl(choices: UrlChoices, current = ''): string {
  const q = new URLSearchParams(current);
  const set = (k: string, v: string | null) => (v === null ? q.delete(k) : q.set(k, v));
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  set('v', choices.version);
  set('lang', choices.lang);
  set('time', choices.time ? formatTimeSelection(choices.time) : null);
  set('mode', choices.mode === DEFAULT_CHOICES.mode ? null : choices.mode);
  set('types', sameList(choices.types, DEFAULT_CHOICES.types) ? null : choices.types.join(','));
  set('kinds', sameList(choices.kinds, DEFAULT_CHOICES.kinds) ? null : choices.kinds.join(','));
  set('node', choices.node);
  set('view', choices.view === DEFAULT_CHOICES.view ? null : choices.view);
  set(
    'at',
    choices.at
      ? `${round(choices.at.lon, 4)},${round(choices.at.lat, 4)},${round(choices.at.zoom, 2)}`
      : null,
  );
  set('theme', choices.theme === DEFAULT_CHOICES.theme ? null : choices.theme);
  set('country', choices.countries.length ? [...choices.countries].sort().join(',') : null);
  set('min', choices.minValue > 0 ? String(Math.round(choices.minValue)) : null);
  set('compare', choices.compare ? formatTimeSelection(choices.compare) : null);
  set('vs', choices.vs);
  set('edge', choices.edge);
  set('present', choices.present ? '1' : null);
  set('kiosk', choices.kiosk ? '1' : null);
  set('embed', choices.embed ? '1' : null);
  set('story', choices.story);
  set('step', choices.step === null ? null : String(choices.step));
  set('provenance', choices.provenance);
  set('scale', choices.scale === DEFAULT_CHOICES.scale ? null : choices.scale);
  set('projection', choices.projection === DEFAULT_CHOICES.projection ? null : choices.projection);
  // Every link says which version of this contract wrote it, so later versions can read it right.
  q.delete('u');
  if ([...q.keys()].length) q.set('u', String(URL_VERSION));
  const text = q.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/** The address without presentation parameters: where Esc or "open full view" goes. */
export function exploreSearch(search: string): string {
  const q = new URLSearchParams(search);
  for (const k of ['present', 'kiosk', 'embed', 'story', 'step']) q.delete(k);
  const text = q.toString();
  return text ? `?${text}` : '';
}
