/**
 * The language switcher's label, said in every language at once: whoever cannot read the page's language
 * can still find it. Every page shows it, so its Chinese is in the small face every page loads
 * (scripts/build-fonts.ts).
 */
export const LANGUAGE_LABEL = 'Language · 语言 · Язык';
