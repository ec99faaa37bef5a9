// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { testDataset } from '../domain/testDataset.ts';
import { selectScene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { Legend } from './Legend.tsx';
import { parseTimeSelection } from '../data/period.ts';

const choices = {
  time: null,
  mode: 'cumulative' as const,
  types: FLOW_TYPES,
  kinds: NODE_KINDS,
  countries: [],
  minValue: 0,
  provenance: 'all' as const,
  compare: null,
  lang: 'en' as const,
  hovered: null,
  node: null,
  edge: null,
  focus: null,
  scale: 'fitted' as const,
  playing: false,
};

describe('Legend', () => {
  beforeEach(() => useAppStore.setState({ lang: 'en', compare: null, vs: null }));
  afterEach(cleanup);

  it('shows widths for the values the map draws, on the map’s scale', () => {
    // The test dataset's largest edge over all time is 5.
    render(<Legend scene={selectScene(testDataset(), undefined, choices)} />);
    const samples = [...document.querySelectorAll<HTMLElement>('.legend-widths li')];
    expect(samples.map((li) => li.textContent)).toEqual(['1', '5']);
    const heights = samples.map((li) =>
      parseFloat(li.querySelector<HTMLElement>('.width-sample')!.style.getPropertyValue('--sample-width')),
    );
    expect(heights[0]).toBeCloseTo(11 * Math.sqrt(1 / 5), 3);
    expect(heights[1]).toBeCloseTo(11, 3);
  });

  it('says how much of the view is illustrative', () => {
    render(<Legend scene={selectScene(testDataset(), undefined, choices)} />);
    expect(screen.getByTestId('provenance-share')).toHaveTextContent(
      '100% of the flow value shown is illustrative',
    );
  });

  it('in a comparison shows + and − widths of the change and what colour and shape mean', () => {
    // 2021 → 2022 in the test dataset: talent minsk→qingdao 5 → 0 and project qingdao→minsk 5 → 0 are
    // gone, project minsk→qingdao 0 → 1 is new. The largest change is 5.
    useAppStore.setState({ compare: parseTimeSelection('2021') });
    const scene = selectScene(testDataset(), undefined, {
      ...choices,
      mode: 'period',
      time: parseTimeSelection('2022'),
      compare: parseTimeSelection('2021'),
    });
    render(<Legend scene={scene} />);
    const widths = [...document.querySelectorAll('.legend-change-widths li')].map((li) => li.textContent);
    expect(widths).toEqual(['+1', '+5', '−1', '−5']);
    expect(document.querySelector('.legend-types')).toBeNull();
    expect(screen.getByText('Hollow orange: shrank')).toBeInTheDocument();
    expect(screen.getByText('Ring: gone in this view')).toBeInTheDocument();
  });
});
