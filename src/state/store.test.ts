import { beforeEach, describe, expect, it } from 'vitest';
import { shownProjection, useAppStore, urlChoicesOf } from './store.ts';
import { parseUrl, serializeUrl } from './url.ts';

describe('the fallback a lobby screen opens by itself', () => {
  beforeEach(() => useAppStore.setState({ version: null, fallback: null }));

  it('shows the fallback while the URL keeps what was asked for, and goes back to it', () => {
    useAppStore.setState({ version: '2026.12' });
    useAppStore.getState().openFallback('2026.11');
    expect(useAppStore.getState()).toMatchObject({ version: '2026.12', fallback: { version: '2026.11' } });
    // A reload reads the URL: the screen asks for 2026.12 again and keeps checking it.
    expect(parseUrl(serializeUrl(urlChoicesOf(useAppStore.getState(), false))).version).toBe('2026.12');
    useAppStore.getState().returnFromFallback();
    expect(useAppStore.getState()).toMatchObject({ version: '2026.12', fallback: null });
  });

  it('keeps the original request when a fallback itself falls back', () => {
    useAppStore.setState({ version: '2026.11' });
    useAppStore.getState().openFallback('2026.03');
    useAppStore.getState().openFallback('2025.09');
    expect(useAppStore.getState().fallback).toEqual({ version: '2025.09' });
    useAppStore.getState().returnFromFallback();
    expect(useAppStore.getState().version).toBe('2026.11');
  });

  it('forgets it when a reader chooses a version', () => {
    useAppStore.getState().openFallback('2025.09');
    useAppStore.getState().setVersion('2025.09');
    expect(useAppStore.getState()).toMatchObject({ version: '2025.09', fallback: null });
  });
});

describe('what a story step shows besides the URL', () => {
  it("draws the step's projection over the URL's, and forgets it and the step's focus when the story ends", () => {
    const s = () => useAppStore.getState();
    useAppStore.setState({ projection: 'mercator', story: 'tour', step: 2 });
    useAppStore.setState({ storyProjection: 'globe', storyFocus: ['qingdao', 'minsk'] });
    expect(shownProjection(s())).toBe('globe');
    // The URL keeps what the reader asked for; the step's choice comes from story and step.
    expect(parseUrl(serializeUrl(urlChoicesOf(s(), false))).projection).toBe('mercator');
    s().setStoryStep(null, null);
    expect(shownProjection(s())).toBe('mercator');
    expect(s().storyFocus).toBeNull();
    useAppStore.setState({ storyProjection: 'globe', storyFocus: ['qingdao'], present: true });
    s().setPresent(false);
    expect([s().storyProjection, s().storyFocus]).toEqual([null, null]);
    useAppStore.setState({ storyProjection: 'globe', storyFocus: ['qingdao'] });
    s().applyUrl(parseUrl('?projection=globe'), 'en');
    expect([s().storyProjection, s().storyFocus, shownProjection(s())]).toEqual([null, null, 'globe']);
  });
});
