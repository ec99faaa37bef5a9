/**
 * The interface's words, one dictionary per language, each a chunk of its own: a page downloads only the
 * language it shows (about 6 kB gzip each), and another one when the reader switches to it. The page's
 * first script asks for the view's dictionary beside the app's code (src/early.ts), so it is in by the
 * time the app renders; the app renders only once it is (src/main.tsx), and a language is switched to only
 * once its words are in (src/state/store.ts), so no view ever shows keys or another language's words.
 */
import type { Lang } from '../data/schema.ts';
import type en from './en.json';

export type Messages = typeof en;
export type MessageKey = keyof Messages;

// One import() per language, written out, so the build makes one chunk per dictionary.
const IMPORTS: Record<Lang, () => Promise<{ default: Messages }>> = {
  zh: () => import('./zh.json'),
  en: () => import('./en.json'),
  ru: () => import('./ru.json'),
};

const loaded = new Map<Lang, Messages>();
const loading = new Map<Lang, Promise<Messages>>();

export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * The dictionary of `lang`, fetched once. A failed fetch (offline before the offline cache had it) is
 * forgotten, so asking again retries.
 */
export function loadMessages(lang: Lang): Promise<Messages> {
  const done = loaded.get(lang);
  if (done) return Promise.resolve(done);
  let pending = loading.get(lang);
  if (!pending) {
    pending = IMPORTS[lang]().then(
      (module) => {
        loaded.set(lang, module.default);
        loading.delete(lang);
        return module.default;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The words of a language already loaded; asking for one that is not is a bug in the caller. */
export function messagesOf(lang: Lang): Messages {
  const messages = loaded.get(lang);
  if (!messages) throw new Error(`The ${lang} dictionary is used before it was loaded (loadMessages).`);
  return messages;
}

/** Whether `key` is one of the interface's keys (every dictionary has the same keys; a test says so). */
export function isMessageKey(key: string): key is MessageKey {
  const any = loaded.values().next().value;
  return any !== undefined && Object.hasOwn(any, key);
}
