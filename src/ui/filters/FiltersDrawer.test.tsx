// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDataset } from '../../domain/testDataset.ts';
import { useAppStore } from '../../state/store.ts';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import { FiltersDrawer } from './FiltersDrawer.tsx';

const dataset = testDataset();
dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk', ru: 'Минск' };
dataset.flows[0]!.partners = ['Belarusian State University'];

describe('FiltersDrawer', () => {
  beforeEach(() => useAppStore.setState({ ...DEFAULT_CHOICES, lang: 'en', search: '' }));
  afterEach(cleanup);

  it('shows each flow type with its count in the view and toggles it', () => {
    render(<FiltersDrawer dataset={dataset} />);
    const talent = screen.getByLabelText(/Talent/);
    expect(talent.closest('label')).toHaveTextContent('Talent 5');
    fireEvent.click(talent);
    expect(useAppStore.getState().types).toEqual(['project', 'agreement']);
    // The counts ignore the type toggles themselves, so a hidden type still says what it would add.
    expect(screen.getByLabelText(/Talent/).closest('label')).toHaveTextContent('Talent 5');
  });

  it('combines kinds, countries and a minimum, and resets them all', () => {
    render(<FiltersDrawer dataset={dataset} />);
    fireEvent.click(screen.getByLabelText(/Domestic linkage hubs/));
    fireEvent.change(screen.getByLabelText('Minimum per edge'), { target: { value: '3' } });
    const countries = screen.getByLabelText('Countries') as HTMLSelectElement;
    [...countries.options].find((o) => o.value === 'BY')!.selected = true;
    fireEvent.change(countries);
    expect(useAppStore.getState()).toMatchObject({
      kinds: ['center', 'partner'],
      minValue: 3,
      countries: ['BY'],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useAppStore.getState()).toMatchObject({
      kinds: DEFAULT_CHOICES.kinds,
      minValue: 0,
      countries: [],
    });
  });

  it('searches names in any language and organisations, and selects the node', () => {
    render(<FiltersDrawer dataset={dataset} />);
    const box = screen.getByLabelText('Search nodes and organisations');
    fireEvent.change(box, { target: { value: 'минск' } });
    const results = screen.getByRole('list');
    fireEvent.click(within(results).getByRole('button', { name: 'Minsk' }));
    expect(useAppStore.getState().node).toBe('minsk');
    fireEvent.change(box, { target: { value: 'state univ' } });
    expect(within(screen.getByRole('list')).getByRole('button')).toHaveTextContent(
      'Minsk · via Belarusian State University',
    );
  });
});
