/**
 * One definition of text that could lie about what it says. A character is hidden when Unicode calls it
 * default-ignorable (zero-width joiners, variation selectors, tag characters, the Hangul fillers…), a format
 * character (bidi controls and isolates, the Arabic letter mark, soft hyphen, interlinear annotation marks,
 * the Mongolian vowel separator…), or a control other than tab, line feed and carriage return. Dataset text
 * may carry none of them, and must show at least one visible character (a letter, digit, punctuation or
 * symbol).
 */
const CLASS =
  '[\\p{Default_Ignorable_Code_Point}\\p{Cf}\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]';

export const HIDDEN_CHARACTERS = new RegExp(CLASS, 'u');
export const HIDDEN_CHARACTERS_GLOBAL = new RegExp(CLASS, 'gu');
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when the text shows nothing: no letter, digit, punctuation or symbol (only spaces and marks). */
export function hasNoVisibleCharacter(text: string): boolean {
  return !VISIBLE.test(text);
}
