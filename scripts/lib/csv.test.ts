import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('splits plain rows on commas and LF or CRLF', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('drops the UTF-8 byte-order mark Excel writes', () => {
    expect(parseCsv('\uFEFFid,name_zh\r\nqingdao,青岛\r\n')).toEqual([
      ['id', 'name_zh'],
      ['qingdao', '青岛'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'id,name\r\n1,"青岛, 山东"\r\n2,"two\r\nlines"\r\n3,"the ""1+N"" network"\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'name'],
      ['1', '青岛, 山东'],
      ['2', 'two\r\nlines'],
      ['3', 'the "1+N" network'],
    ]);
  });

  it('keeps empty cells, empty quoted cells and blank lines', () => {
    expect(parseCsv('a,,""\n\nb,"",\n')).toEqual([['a', '', ''], [''], ['b', '', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"never closed\n2,3\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"never closed\n2,3\n')).toThrow(/line 2/);
    expect(() => parseCsv('a\n"x\ny"z\n')).toThrow(/line 3: text follows a closing quote/);
  });

  it('reads back whatever formatCsv writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'б', '青', ',', '"', '\n', '\r\n', ' ', ';') });
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, (r) => {
        expect(parseCsv(formatCsv(r))).toEqual(r);
      }),
    );
  });
});
