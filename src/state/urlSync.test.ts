// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store.ts';
import { DEFAULT_CHOICES } from './url.ts';
import { CONTINUOUS, DELIBERATE, startUrlSync } from './urlSync.ts';

describe('URL sync', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    window.history.replaceState(null, '', '/');
  });

  it('writes every choice the URL contract names', () => {
    const synced = new Set<string>([...CONTINUOUS, ...DELIBERATE]);
    for (const key of Object.keys(DEFAULT_CHOICES)) expect(synced.has(key), key).toBe(true);
  });

  it('pushes deliberate steps, replaces continuous ones, and Back restores', () => {
    window.history.replaceState(null, '', '/?lang=en&u=3');
    stop = startUrlSync(window);
    const before = window.history.length;
    useAppStore.getState().setCountries(['BY']);
    expect(window.location.search).toBe('?lang=en&country=BY&u=3');
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().setMinValue(4);
    expect(window.location.search).toBe('?lang=en&country=BY&min=4&u=3');
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().selectEdge('minsk~qingdao~talent');
    expect(window.location.search).toContain('edge=minsk~qingdao~talent');
  });

  it('reads the URL on start, falling back to defaults for junk', () => {
    window.history.replaceState(null, '', '/?lang=ru&view=table&types=money&vs=latest');
    stop = startUrlSync(window);
    const s = useAppStore.getState();
    expect([s.lang, s.view, s.types, s.vs]).toEqual(['ru', 'table', DEFAULT_CHOICES.types, null]);
  });
});
