/**
 * Bidirectional overrides/isolates, zero-width characters and C0/C1 controls can make a label lie about
 * what it says (or hide text entirely), so dataset text may not carry them.
 */
const CLASS =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]';

export const HIDDEN_CHARACTERS = new RegExp(CLASS);
export const HIDDEN_CHARACTERS_GLOBAL = new RegExp(CLASS, 'g');
