import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../data/schema.ts';
import en from './en.json';
import { formatPartialDate, initialLang, translator } from './index.ts';
import ru from './ru.json';
import zh from './zh.json';

const MESSAGES: Record<Lang, Record<string, string>> = { zh, en, ru };

describe('translations', () => {
  it('every language has exactly the same keys, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v.trim(), `${lang}:${k}`).not.toBe('');
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(MESSAGES.en)) {
      for (const lang of LANGS)
        expect(placeholders(MESSAGES[lang][key]!), `${lang}:${key}`).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translator('en')('nodes.count', { count: 1234 })).toBe('1,234 nodes');
    expect(translator('ru')('nodes.count', { count: 1234 })).toMatch(/^Узлов: 1\s234$/);
  });

  it('says one record, not "1 records", and leaves languages without that form alone', () => {
    expect(translator('en')('edge.records', { count: 1, value: 3 })).toBe('1 record, value 3');
    expect(translator('en')('edge.records', { count: 2, value: 3 })).toBe('2 records, value 3');
    expect(translator('ru')('edge.records', { count: 1, value: 3 })).toBe('Записей: 1, значение 3');
  });

  it('formats a date at its own precision', () => {
    expect(formatPartialDate('en', '2021')).toBe('2021');
    expect(formatPartialDate('en', '2021-05')).toBe('May 2021');
    expect(formatPartialDate('en', '2025-09-04')).toBe('September 4, 2025');
    expect(formatPartialDate('zh', '2025-09-04')).toBe('2025年9月4日');
  });

  it('starts in the URL language, else the browser language, else Chinese', () => {
    expect(initialLang('ru', ['en-US'])).toBe('ru');
    expect(initialLang('xx', ['en-GB', 'zh'])).toBe('en');
    expect(initialLang(null, ['fr', 'de'])).toBe('zh');
    expect(initialLang(null, ['zh-TW'])).toBe('zh');
  });
});
