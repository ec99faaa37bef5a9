// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatTimeSelection } from '../../data/period.ts';
import { testDataset } from '../../domain/testDataset.ts';
import { useAppStore } from '../../state/store.ts';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import { Timeline } from './Timeline.tsx';

const time = () => {
  const t = useAppStore.getState().time;
  return t ? formatTimeSelection(t) : null;
};

describe('Timeline', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    useAppStore.setState({ ...DEFAULT_CHOICES, lang: 'en', playing: false, speed: 1, loop: false });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts at all time and moves with the slider, one period per step', () => {
    render(<Timeline dataset={testDataset()} />);
    expect(screen.getByText('All time')).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.change(slider, { target: { value: '1' } });
    expect(time()).toBe('2022');
    expect(screen.getByText('Up to 2022')).toBeInTheDocument();
  });

  it('changes granularity around the current period', () => {
    useAppStore.setState({
      time: { from: { granularity: 'year', year: 2024 }, to: { granularity: 'year', year: 2024 } },
    });
    render(<Timeline dataset={testDataset()} />);
    fireEvent.change(screen.getByLabelText('Step'), { target: { value: 'quarter' } });
    expect(time()).toBe('2024-Q4');
    expect(screen.getByText('Up to Q4 2024')).toBeInTheDocument();
  });

  it('plays with Space, one period a second, and stops at the end without loop', () => {
    vi.useFakeTimers();
    render(<Timeline dataset={testDataset()} />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Timeline' }), { key: ' ' });
    expect(useAppStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    expect(time()).toBe('2021');
    act(() => vi.advanceTimersByTime(4000));
    expect(time()).toBe('2025');
    act(() => vi.advanceTimersByTime(1000));
    expect(useAppStore.getState().playing).toBe(false);
  });

  it('offers a range in per-period mode', () => {
    useAppStore.setState({
      mode: 'period',
      time: { from: { granularity: 'year', year: 2023 }, to: { granularity: 'year', year: 2023 } },
    });
    render(<Timeline dataset={testDataset()} />);
    fireEvent.click(screen.getByLabelText('Range'));
    expect(time()).toBe('2022..2023');
    fireEvent.change(screen.getByRole('slider', { name: 'From' }), { target: { value: '0' } });
    expect(time()).toBe('2021..2023');
  });
});
