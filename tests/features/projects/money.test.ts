import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../../src/features/projects/budget';
import { isCalendarDate } from '../../../src/dates';
import { parseQuarter, recentQuarters } from '../../../src/features/projects/dates';
import { euroForSpreadsheet, euroInputValue, formatEuro, parseEuroCents } from '../../../src/features/projects/money';

describe('amounts in euros to integer cents', () => {
  it.each([
    ['1.250,50', 125050],
    ['1250,50', 125050],
    ['1250.50', 125050],
    ['1250,5', 125050],
    ['1.250', 125000],
    ['1.250.000', 125000000],
    ['1,250.50', 125050],
    ['€ 1.250,50', 125050],
    ['  12 ', 1200],
    ['0,01', 1],
    ['', 0],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseEuroCents(input)).toEqual({ ok: true, cents });
  });

  it.each(['abc', '12,345,6', '1.25.0', '12,3456', '1e5', '--5', '12.5.', 'NaN', '0x10'])('refuses %j as not an amount', (input) => {
    expect(parseEuroCents(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses negative and absurdly large amounts', () => {
    expect(parseEuroCents('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseEuroCents('-1.250,00')).toEqual({ ok: false, reason: 'negative' });
    expect(parseEuroCents('2000000000')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseEuroCents('99999999999999999999')).toEqual({ ok: false, reason: 'too-large' });
  });

  it('formats cents in Dutch and English and back into a form value that parses again', () => {
    expect(formatEuro(125050, 'nl')).toBe('€ 1.250,50');
    expect(formatEuro(125050, 'en')).toBe('€1,250.50');
    expect(formatEuro(5, 'nl')).toBe('€ 0,05');
    expect(euroForSpreadsheet(123456789)).toBe('1234567,89');
    for (const cents of [0, 1, 99, 125050, 120000000]) {
      for (const locale of ['nl', 'en'] as const) expect(parseEuroCents(euroInputValue(cents, locale))).toEqual({ ok: true, cents });
    }
  });

  it('totals budget lines with utilisation, without dividing by zero', () => {
    const totals = budgetTotals([
      { allocatedCents: 100000, committedCents: 50000, spentCents: 25000 },
      { allocatedCents: 300000, committedCents: 0, spentCents: 75000 },
    ]);
    expect(totals).toEqual({ allocatedCents: 400000, committedCents: 50000, spentCents: 100000, utilisation: 25, commitment: 13 });
    expect(budgetTotals([]).utilisation).toBeNull();
    expect(budgetTotals([{ allocatedCents: 0, committedCents: 0, spentCents: 500 }]).utilisation).toBeNull();
  });
});

describe('calendar dates and quarters', () => {
  it('accepts only real dates as YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('31-12-2026')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });

  it('knows quarters and the recent ones', () => {
    expect(parseQuarter('2026-Q1')).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(parseQuarter('2024-Q4')).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(recentQuarters('2026-02-10', 3).map((q) => q.label)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });
});
