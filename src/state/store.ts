/**
 * The one UI store. It holds choices (what the reader picked), never data derivable from them: the
 * dataset lives in the query cache, and everything computed from both comes from selectors.
 */
import { create } from 'zustand';
import type { FlowType, Lang, NodeKind } from '../data/schema.ts';
import { hasMessages, loadMessages } from '../i18n/messages.ts';
import type { ProvenanceFilter } from '../domain/aggregate.ts';
import type { TimeSelection } from '../data/period.ts';
import {
  DEFAULT_CHOICES,
  type Camera,
  type Mode,
  type Projection,
  type ScaleChoice,
  type Theme,
  type UrlChoices,
  type View,
} from './url.ts';

export interface AppState extends Omit<UrlChoices, 'lang'> {
  lang: Lang;
  /** The node under the pointer or keyboard focus: highlighted, not selected, never in the URL. */
  hovered: string | null;
  /**
   * The nodes the current story step names (they and the flows between them stay bright). Set by the story
   * player from the step; not in the URL because `story` and `step` are.
   */
  storyFocus: string[] | null;
  /** The projection the current story step asks for, over the URL's `projection`; null: the URL's. */
  storyProjection: Projection | null;
  /** The edge under the pointer and where the pointer is (CSS pixels in the map): the tooltip's. */
  hoveredEdge: { id: string; x: number; y: number } | null;
  hoverEdge: (edge: { id: string; x: number; y: number } | null) => void;
  showBorders: boolean;
  /** Playback of the timeline: transient, never in the URL. */
  playing: boolean;
  speed: number;
  loop: boolean;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;
  /**
   * Shows `lang` once its words are loaded (at once when they are, src/i18n/messages.ts); until then the
   * page stays in the language it is in. The last language asked for wins.
   */
  setLang: (lang: Lang) => void;
  /** A language asked for whose words could not be fetched (offline before they were saved); null: none. */
  langFailed: Lang | null;
  setVersion: (version: string | null) => void;
  /**
   * Set when a room nobody clicks in (presentation, kiosk) opened the last valid version by itself because
   * the version its URL asks for failed: the version shown instead. `version` (and so the URL) keeps what
   * was asked, so a reloaded screen asks again and the recheck knows where to return. Any choice of
   * version by a reader clears it.
   */
  fallback: { version: string } | null;
  openFallback: (version: string) => void;
  returnFromFallback: () => void;
  select: (node: string | null) => void;
  selectEdge: (edge: string | null) => void;
  hover: (node: string | null) => void;
  setView: (view: View) => void;
  setTime: (time: TimeSelection | null) => void;
  setMode: (mode: Mode) => void;
  setTypes: (types: FlowType[]) => void;
  setKinds: (kinds: NodeKind[]) => void;
  setCamera: (at: Camera | null) => void;
  setTheme: (theme: Theme) => void;
  setProjection: (projection: Projection) => void;
  setShowBorders: (show: boolean) => void;
  setCountries: (countries: string[]) => void;
  setCompare: (compare: TimeSelection | null) => void;
  setVs: (vs: string | null) => void;
  /** Opens a story step (1-based), or leaves stories with null. */
  setStoryStep: (story: string | null, step: number | null) => void;
  setPresent: (present: boolean) => void;
  setMinValue: (minValue: number) => void;
  setProvenance: (provenance: ProvenanceFilter | null) => void;
  setScale: (scale: ScaleChoice) => void;
  /** The share, cite and embed dialog: open from the top bar, the details or the table; never in the URL. */
  shareOpen: boolean;
  setShareOpen: (open: boolean) => void;
  /** Search text: finds nodes and organisations; not part of the view, so not in the URL. */
  search: string;
  setSearch: (search: string) => void;
  /** Clears every filter (types, kinds, countries, minimum, provenance), keeping time and selection. */
  resetFilters: () => void;
  /** Replaces every URL-owned choice at once (initial load, Back/Forward). */
  applyUrl: (choices: UrlChoices, fallbackLang: Lang) => void;
}

/** What a story step sets besides URL choices, cleared when the story ends. */
const NO_STORY_VIEW = { storyFocus: null, storyProjection: null } as const;

/** The language the reader asked for last, so a slower dictionary never overrides a later choice. */
let askedLang: Lang | null = null;

export const useAppStore = create<AppState>()((set) => ({
  ...DEFAULT_CHOICES,
  lang: 'zh',
  hovered: null,
  storyFocus: null,
  storyProjection: null,
  hoveredEdge: null,
  hoverEdge: (hoveredEdge) => set({ hoveredEdge }),
  showBorders: false,
  playing: false,
  speed: 1,
  loop: true,
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setLang: (lang) => {
    askedLang = lang;
    if (hasMessages(lang)) return set({ lang, langFailed: null });
    loadMessages(lang).then(
      () => askedLang === lang && set({ lang, langFailed: null }),
      () => askedLang === lang && set({ langFailed: lang }),
    );
  },
  langFailed: null,
  setVersion: (version) => set({ version, hovered: null, fallback: null }),
  fallback: null,
  openFallback: (version) => set({ hovered: null, fallback: { version } }),
  returnFromFallback: () => set({ fallback: null }),
  select: (node) => set({ node, edge: null }),
  selectEdge: (edge) => set({ edge, node: null }),
  hover: (hovered) => set({ hovered }),
  setView: (view) => set({ view }),
  setTime: (time) => set({ time }),
  setMode: (mode) => set({ mode }),
  setTypes: (types) => set({ types }),
  setKinds: (kinds) => set({ kinds }),
  setCamera: (at) => set({ at }),
  setTheme: (theme) => set({ theme }),
  setProjection: (projection) => set({ projection }),
  setShowBorders: (showBorders) => set({ showBorders }),
  setCountries: (countries) => set({ countries }),
  setCompare: (compare) => set({ compare }),
  setVs: (vs) => set({ vs }),
  setStoryStep: (story, step) => set(story === null ? { story, step, ...NO_STORY_VIEW } : { story, step }),
  setPresent: (present) =>
    set(present ? { present } : { present, kiosk: false, story: null, step: null, ...NO_STORY_VIEW }),
  setMinValue: (minValue) => set({ minValue }),
  setProvenance: (provenance) => set({ provenance }),
  setScale: (scale) => set({ scale }),
  shareOpen: false,
  setShareOpen: (shareOpen) => set({ shareOpen }),
  search: '',
  setSearch: (search) => set({ search }),
  resetFilters: () =>
    set({
      types: DEFAULT_CHOICES.types,
      kinds: DEFAULT_CHOICES.kinds,
      countries: DEFAULT_CHOICES.countries,
      minValue: 0,
      provenance: DEFAULT_CHOICES.provenance,
    }),
  applyUrl: (choices, fallbackLang) => {
    askedLang = choices.lang ?? fallbackLang;
    set({
      ...choices,
      lang: askedLang,
      langFailed: null,
      fallback: null,
      ...(choices.story === null ? NO_STORY_VIEW : {}),
    });
  },
}));

/** The projection drawn: the story step's, else the URL's. */
export function shownProjection(state: Pick<AppState, 'projection' | 'storyProjection'>): Projection {
  return state.storyProjection ?? state.projection;
}

/** Presentation or kiosk: the room shown on a screen where nobody may be at hand to click. */
export function isPresentRoom(state: Pick<AppState, 'present' | 'kiosk'>): boolean {
  return state.present || state.kiosk;
}

/** The URL-owned part of the state, as the URL module reads and writes it. */
export function urlChoicesOf(state: AppState, langInUrl: boolean): UrlChoices {
  const { version, time, mode, types, kinds, node, view, at, theme, countries, minValue, compare, vs, edge } =
    state;
  const { present, kiosk, embed, story, step, provenance } = state;
  return {
    version,
    lang: langInUrl ? state.lang : null,
    time,
    mode,
    types,
    kinds,
    node,
    view,
    at,
    theme,
    countries,
    minValue,
    compare,
    vs,
    edge,
    present,
    kiosk,
    embed,
    story,
    step,
    provenance,
    scale: state.scale,
    projection: state.projection,
  };
}
