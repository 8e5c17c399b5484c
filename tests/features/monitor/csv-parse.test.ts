import { describe, expect, it } from 'vitest';
import { decodeCsv, looksLikeFormula, MAX_IMPORT_BYTES, parseCsv, parseDecimal } from '../../../src/formats/csv-parse';
import { binOf, quantileBins, SEQUENTIAL } from '../../../src/features/monitor/scale';
import { shownValue } from '../../../src/features/monitor/model';

describe('reading a CSV as Excel writes it', () => {
  it('takes the delimiter of the header line, quotes with doubled quotes and line breaks, and keeps line numbers', () => {
    const parsed = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n4,"two\nlines",6\n7,8,9');
    if (!('table' in parsed)) throw new Error('not parsed');
    expect(parsed.table.delimiter).toBe(',');
    expect(parsed.table.header.cells).toEqual(['a', 'b', 'c']);
    expect(parsed.table.records).toEqual([
      { line: 2, cells: ['1', 'x, "y"', '3'] },
      { line: 4, cells: ['4', 'two\nlines', '6'] },
      { line: 6, cells: ['7', '8', '9'] },
    ]);
    const semicolons = parseCsv('a;b\n"1,5";2');
    expect('table' in semicolons && semicolons.table.records[0]!.cells).toEqual(['1,5', '2']);
  });

  it('reads decimal comma and point, refuses text and thousands separators', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('12,5%')).toBe(12.5);
    expect(parseDecimal('1.234,5')).toBeNull();
    expect(parseDecimal('veel')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('sees formulas, but not signed numbers', () => {
    expect(looksLikeFormula('=HYPERLINK("http://x")')).toBe(true);
    expect(looksLikeFormula('+SUM(A1)')).toBe(true);
    expect(looksLikeFormula('@cmd')).toBe(true);
    expect(looksLikeFormula('-1+1')).toBe(true);
    expect(looksLikeFormula('-1,5')).toBe(false);
    expect(looksLikeFormula('+2')).toBe(false);
    expect(looksLikeFormula('Pottenberg')).toBe(false);
  });

  it('refuses files over the limit and names every line that is not UTF-8', () => {
    expect(decodeCsv(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({
      problems: [{ line: null, code: 'too-large', detail: String(MAX_IMPORT_BYTES + 1) }],
    });
    const latin1 = new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x0a, 0x63, 0x0a, 0xeb]);
    expect(decodeCsv(latin1)).toEqual({
      problems: [
        { line: 2, code: 'encoding' },
        { line: 4, code: 'encoding' },
      ],
    });
  });
});

describe('the colour scale and small numbers', () => {
  it('runs from light (better) to dark (worse) whatever the direction', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const worse = quantileBins(values, 'higher-worse');
    const better = quantileBins(values, 'higher-better');
    expect(binOf(worse, 10)!.colour).toBe(SEQUENTIAL[4]);
    expect(binOf(worse, 1)!.colour).toBe(SEQUENTIAL[0]);
    expect(binOf(better, 10)!.colour).toBe(SEQUENTIAL[0]);
    expect(binOf(better, 1)!.colour).toBe(SEQUENTIAL[4]);
    expect(quantileBins([5, 5, 5], 'higher-worse')).toHaveLength(1);
  });

  it('suppresses a value resting on fewer observations than the threshold, unless the reader may see it', () => {
    expect(shownValue({ value: 12, count: 9 }, 10, false)).toEqual({ kind: 'suppressed' });
    expect(shownValue({ value: 12, count: 10 }, 10, false)).toEqual({ kind: 'value', value: 12, small: false });
    expect(shownValue({ value: 12, count: 9 }, 10, true)).toEqual({ kind: 'value', value: 12, small: true });
    expect(shownValue({ value: 12, count: null }, 10, false)).toEqual({ kind: 'value', value: 12, small: false });
    expect(shownValue(undefined, 10, false)).toEqual({ kind: 'missing' });
  });
});
