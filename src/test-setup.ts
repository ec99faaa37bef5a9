import '@testing-library/jest-dom/vitest';
import { LANGS } from './data/schema.ts';
import { loadMessages } from './i18n/messages.ts';

// The app loads a language's words before showing it (src/i18n/messages.ts); tests render any language
// at once, so all three are loaded before any test runs.
await Promise.all(LANGS.map(loadMessages));
