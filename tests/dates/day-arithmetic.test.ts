import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateOfEpochDay, daysBetween, epochDay, weekdayIndex } from '../../src/dates';
import { occurrencesBetween, type ActivitySchedule } from '../../src/features/activities/recurrence';

const DAY_MS = 86_400_000;
/** The reference: the platform's own calendar. */
const viaDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
// 1900-01-01 … 2200-12-31, wide enough for any date the portal stores (open ends are cut at the horizon).
const anyDay = fc.integer({ min: -25567, max: 84736 });

describe('whole-day arithmetic without Date', () => {
  it('epoch days and dates agree with the platform calendar, leap years and centuries included', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = viaDate(day);
        expect(dateOfEpochDay(day)).toBe(date);
        expect(epochDay(date)).toBe(day);
        expect(weekdayIndex(date)).toBe((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
      }),
      { numRuns: 5000 },
    );
    for (const date of ['2000-02-29', '2100-02-28', '2100-03-01', '2024-02-29', '1970-01-01', '9999-12-31']) {
      expect(dateOfEpochDay(epochDay(date))).toBe(date);
    }
  });

  it('adds and counts days across month and year ends', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        expect(addDays(viaDate(day), n)).toBe(viaDate(day + n));
        expect(daysBetween(viaDate(day), viaDate(day + n))).toBe(n);
      }),
    );
  });
});

/** The reference for a monthly rule: every day tested on its own, as RFC 5545 reads BYMONTHDAY and BYDAY with an ordinal. */
function monthlyReference(s: ActivitySchedule, from: string, to: string): string[] {
  const codes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const result: string[] = [];
  for (let day = epochDay(from); day <= epochDay(to); day++) {
    const date = new Date(day * DAY_MS);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const [y0, m0] = s.dtstart.split('-').map(Number) as [number, number];
    if (((y - y0) * 12 + (m - m0)) % s.interval !== 0) continue;
    const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const code = codes[(date.getUTCDay() + 6) % 7];
    const nth = Math.ceil(d / 7);
    const last = d + 7 > length;
    const byDay = s.byDay.some((b) => b.weekday === code && (b.ordinal === nth || (b.ordinal === -1 && last)));
    const iso = date.toISOString().slice(0, 10);
    if ((s.byMonthDay.includes(d) || byDay) && !s.exdates.includes(iso)) result.push(iso);
  }
  return result;
}

describe('a monthly rule, enumerated per month', () => {
  it('gives exactly the days the rule names, for any start, interval, month days and ordinal weekdays', () => {
    const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU' as const);
    const ordinal = fc.constantFrom(1, 2, 3, 4, -1 as const);
    fc.assert(
      fc.property(
        fc.integer({ min: 19000, max: 23000 }),
        fc.integer({ min: 1, max: 3 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 3 }),
        fc.array(fc.record({ weekday, ordinal }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 400 }),
        (start, interval, byMonthDay, byDay, span) => {
          const dtstart = dateOfEpochDay(start);
          const from = dateOfEpochDay(start + (span % 40));
          const to = dateOfEpochDay(start + span);
          const s: ActivitySchedule = {
            freq: 'monthly',
            dtstart,
            until: null,
            interval,
            byDay: byDay as ActivitySchedule['byDay'],
            byMonthDay,
            startTime: '10:00',
            endTime: '11:00',
            rdates: [],
            exdates: [dateOfEpochDay(start + 31)],
            pauseInHolidays: false,
            timeZone: 'Europe/Amsterdam',
          };
          expect(occurrencesBetween(s, from, to).map((o) => o.date)).toEqual(monthlyReference(s, from, to));
        },
      ),
      { numRuns: 300 },
    );
  });
});
