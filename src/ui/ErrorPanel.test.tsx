// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../data/issues.ts';
import { useAppStore } from '../state/store.ts';
import { ErrorPanel } from './ErrorPanel.tsx';

const error = new DataError([{ file: 'manifest.json', code: 'timeout' }]);

describe('ErrorPanel', () => {
  beforeEach(() => {
    useAppStore.setState({ lang: 'en' });
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('retries by itself at the interval it is given, and stops when it goes away', () => {
    const onRetry = vi.fn();
    const { rerender, unmount } = render(
      <ErrorPanel error={error} onRetry={onRetry} autoRetrySeconds={60} />,
    );
    expect(screen.getByText('This screen tries again every 60 seconds.')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(59_000));
    expect(onRetry).not.toHaveBeenCalled();
    // A parent re-rendering with a new callback neither restarts the clock nor loses the retry.
    const latest = vi.fn();
    rerender(<ErrorPanel error={error} onRetry={latest} autoRetrySeconds={60} />);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(latest).toHaveBeenCalledTimes(1);
    act(() => void vi.advanceTimersByTime(120_000));
    expect(latest).toHaveBeenCalledTimes(3);
    unmount();
    act(() => void vi.advanceTimersByTime(600_000));
    expect(latest).toHaveBeenCalledTimes(3);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('waits for the reader when no interval is given', () => {
    const onRetry = vi.fn();
    render(<ErrorPanel error={error} onRetry={onRetry} />);
    expect(screen.queryByText(/tries again/)).toBeNull();
    act(() => void vi.advanceTimersByTime(3_600_000));
    expect(onRetry).not.toHaveBeenCalled();
  });
});
