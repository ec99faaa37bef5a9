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
    fireEvent.click(screen.getByRole('checkbox', { name: /Belarus/ }));
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

  it('shows countries with counts, the chosen ones as removable chips, and a way back to all', () => {
    render(<FiltersDrawer dataset={dataset} />);
    // All time: CN is at the end of every edge (12), BY of the Minsk ones (5 + 5 + 1 = 11).
    expect(screen.getByRole('checkbox', { name: /Belarus/ }).closest('label')).toHaveTextContent(
      'Belarus (BY) 11',
    );
    expect(screen.getByRole('checkbox', { name: /China/ }).closest('label')).toHaveTextContent(
      'China (CN) 12',
    );
    expect(screen.getByText('All countries shown')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: /Belarus/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /China/ }));
    expect(useAppStore.getState().countries).toEqual(['BY', 'CN']);
    // Both stay visibly chosen, as chips and as ticked boxes.
    expect(screen.getByRole('button', { name: 'Remove Belarus' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove China' })).toBeInTheDocument();
    expect((screen.getByRole('checkbox', { name: /Belarus/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove China' }));
    expect(useAppStore.getState().countries).toEqual(['BY']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all countries' }));
    expect(useAppStore.getState().countries).toEqual([]);
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
