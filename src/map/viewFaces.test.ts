// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { MapScene } from '../state/scene.ts';
import { viewFacesReady, type PngText } from './exportPng.ts';

const text: PngText = {
  title: 'China–SCO S&T Innovation Cooperation Network',
  window: 'All time',
  version: 'Dataset 2026.12.1',
  source: 'Sources: 观海新闻 (Guanhai News); МИА «Казинформ»',
  approval: 'Map approval number: GS(2024)0000号',
  provenance: '96% of the flow value shown is illustrative',
  types: { project: 'Projects', talent: 'Talent', agreement: 'Agreements' },
  marks: { reported: 'Solid', illustrative: 'Dashed', mixed: 'Long dashes' },
};
const scene = {
  nodes: [
    { kind: 'center', label: '青岛中心' },
    { kind: 'partner', label: 'Минск' },
  ],
} as unknown as MapScene;

describe('the faces a drawn view needs', () => {
  it('loads the faces for every word it will draw, bold and regular, before it is drawn', async () => {
    const load = vi.fn((_font: string, _text: string) => Promise.resolve([]));
    Object.defineProperty(document, 'fonts', { value: { load }, configurable: true });
    await viewFacesReady([{ text, scene }]);
    const asked = Object.fromEntries(load.mock.calls.map(([font, chars]) => [font, chars]));
    const regular = Object.entries(asked).find(([font]) => !font.startsWith('700'))![1];
    const bold = Object.entries(asked).find(([font]) => font.startsWith('700'))![1];
    // The sources' Chinese and Cyrillic, the approval number, and a partner's label: regular.
    for (const words of ['观海新闻', 'Казинформ', '0000号', 'Минск']) expect(regular).toContain(words);
    // The title, the window, the share and the center's label: bold.
    for (const words of ['Cooperation Network', 'All time', 'illustrative', '青岛中心'])
      expect(bold).toContain(words);
  });

  it('never rejects: a face that fails to load leaves the fallback to draw', async () => {
    const load = vi.fn(() => Promise.reject(new Error('network')));
    Object.defineProperty(document, 'fonts', { value: { load }, configurable: true });
    await expect(viewFacesReady([{ text, scene }])).resolves.toBeUndefined();
  });
});
