import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store.ts';

describe('the fallback a lobby screen opens by itself', () => {
  beforeEach(() => useAppStore.setState({ version: null, fallbackFrom: null }));

  it('remembers what was asked for, and goes back to it', () => {
    useAppStore.getState().openFallback('2025.09');
    expect(useAppStore.getState()).toMatchObject({ version: '2025.09', fallbackFrom: { requested: null } });
    useAppStore.getState().returnFromFallback();
    expect(useAppStore.getState()).toMatchObject({ version: null, fallbackFrom: null });
  });

  it('keeps the original request when a fallback itself falls back', () => {
    useAppStore.setState({ version: '2026.11' });
    useAppStore.getState().openFallback('2026.03');
    useAppStore.getState().openFallback('2025.09');
    useAppStore.getState().returnFromFallback();
    expect(useAppStore.getState().version).toBe('2026.11');
  });

  it('forgets it when a reader chooses a version', () => {
    useAppStore.getState().openFallback('2025.09');
    useAppStore.getState().setVersion('2025.09');
    useAppStore.getState().returnFromFallback();
    expect(useAppStore.getState()).toMatchObject({ version: '2025.09', fallbackFrom: null });
  });
});
