import { describe, expect, it } from 'vitest';
import { csvField, decodeCsvBytes, parseCsv, parseCsvTable, writeCsv } from './csv.js';

describe('RFC 4180 CSV', () => {
  it('reads quoted fields with commas, doubled quotes and embedded newlines', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\nplain,,end\r\n';
    const parsed = parseCsv(text);
    expect(parsed.rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\r\nline 2'],
      ['plain', '', 'end'],
    ]);
    expect(parsed.lines).toEqual([1, 2, 4]);
    expect(parsed.problems).toEqual([]);
  });

  it('drops a BOM, accepts LF and CR line ends, skips blank lines and keeps a last line without newline', () => {
    expect(parseCsv('\ufeffa,b\n1,2\r3,4\n\n5,6').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps empty trailing fields and reports an unclosed quote instead of throwing', () => {
    expect(parseCsv('a,b,\n').rows).toEqual([['a', 'b', '']]);
    const broken = parseCsv('a,b\n"never closed,1\n2,3\n');
    expect(broken.problems).toEqual([
      { line: 2, message: 'a quoted field is never closed; it runs to the end of the file' },
    ]);
    expect(broken.rows[1]).toEqual(['never closed,1\n2,3\n']);
  });

  it('reads tables by header, padding short rows and reporting long ones', () => {
    const table = parseCsvTable('name, city\nExample Group,Example City\nShort\nLong,Row,extra\n');
    expect(table.header).toEqual(['name', 'city']);
    expect(table.records).toEqual([
      { name: 'Example Group', city: 'Example City' },
      { name: 'Short', city: '' },
      { name: 'Long', city: 'Row' },
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.problems[0]?.message).toContain('row 4 has 3 fields');
  });

  it('writes what it reads', () => {
    const rows = [
      ['id', 'note'],
      ['1', 'comma, "quote" and\nnewline'],
      ['2', ' padded '],
    ];
    const text = writeCsv(rows);
    expect(text).toBe('id,note\r\n1,"comma, ""quote"" and\nnewline"\r\n2," padded "\r\n');
    expect(parseCsv(text).rows).toEqual(rows);
    expect(csvField('plain')).toBe('plain');
  });

  it('decodes UTF-8 and falls back to Windows-1252', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Cl\u00ednica'))).toEqual({
      text: 'Cl\u00ednica',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x6c, 0xed]))).toEqual({
      text: 'Cl\u00ed',
      encoding: 'windows-1252',
    });
  });
});
