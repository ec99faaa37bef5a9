/** For tests: the scene choices of the default view (everything shown, nothing selected). */
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import type { SceneChoices } from './scene.ts';

export const testChoices: SceneChoices = {
  time: null,
  mode: 'cumulative',
  types: FLOW_TYPES,
  kinds: NODE_KINDS,
  countries: [],
  minValue: 0,
  provenance: 'all',
  compare: null,
  lang: 'en',
  hovered: null,
  node: null,
  edge: null,
  focus: null,
  scale: 'fitted',
  playing: false,
};
