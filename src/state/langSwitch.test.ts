// @vitest-environment jsdom
/**
 * Switching language waits for that language's words (src/i18n/messages.ts): the store and Back/Forward
 * never show a language whose dictionary is not in, a slower dictionary never overrides a later choice,
 * and one that cannot be fetched leaves the page as it was, saying so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../data/schema.ts';

const have = new Set<Lang>(['zh']);
const pending = new Map<Lang, { resolve: () => void; reject: () => void }>();
vi.mock('../i18n/messages.ts', () => ({
  hasMessages: (lang: Lang) => have.has(lang),
  loadMessages: (lang: Lang) =>
    new Promise<void>((resolve, reject) =>
      pending.set(lang, {
        resolve: () => {
          have.add(lang);
          resolve();
        },
        reject,
      }),
    ),
}));

const { useAppStore } = await import('./store.ts');
const { startUrlSync } = await import('./urlSync.ts');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('switching language', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    have.clear();
    have.add('zh');
    pending.clear();
    window.history.replaceState(null, '', '/?lang=zh');
    stop = startUrlSync(window);
  });
  afterEach(() => {
    stop?.();
    window.history.replaceState(null, '', '/');
  });

  it('shows a language only once its words are in', async () => {
    useAppStore.getState().setLang('ru');
    expect(useAppStore.getState().lang).toBe('zh');
    expect(window.location.search).toBe('?lang=zh');
    pending.get('ru')!.resolve();
    await settle();
    expect(useAppStore.getState().lang).toBe('ru');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ru');
  });

  it('switches at once to a language already loaded', () => {
    have.add('en');
    useAppStore.getState().setLang('en');
    expect(useAppStore.getState().lang).toBe('en');
  });

  it('keeps the last choice when an earlier dictionary arrives later', async () => {
    useAppStore.getState().setLang('ru');
    useAppStore.getState().setLang('en');
    pending.get('en')!.resolve();
    await settle();
    pending.get('ru')!.resolve();
    await settle();
    expect(useAppStore.getState().lang).toBe('en');
  });

  it('stays in its language and says which one failed when the words cannot be fetched', async () => {
    useAppStore.getState().setLang('ru');
    pending.get('ru')!.reject();
    await settle();
    expect(useAppStore.getState()).toMatchObject({ lang: 'zh', langFailed: 'ru' });
    have.add('en');
    useAppStore.getState().setLang('en');
    expect(useAppStore.getState()).toMatchObject({ lang: 'en', langFailed: null });
  });

  it('applies Back to a language not loaded yet all at once, when its words are in', async () => {
    window.history.pushState(null, '', '/?lang=ru&view=table');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState()).toMatchObject({ lang: 'zh', view: 'map' });
    pending.get('ru')!.resolve();
    await settle();
    expect(useAppStore.getState()).toMatchObject({ lang: 'ru', view: 'table' });
    // Applying the address never writes it back as a new step.
    expect(window.location.search).toBe('?lang=ru&view=table');
  });

  it('applies the rest of Back in the current language when the words cannot be fetched', async () => {
    window.history.pushState(null, '', '/?lang=ru&view=table');
    window.dispatchEvent(new PopStateEvent('popstate'));
    pending.get('ru')!.reject();
    await settle();
    expect(useAppStore.getState()).toMatchObject({ lang: 'zh', view: 'table', langFailed: 'ru' });
  });
});
