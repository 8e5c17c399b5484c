import { describe, expect, it } from 'vitest';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { addDays, localDate, endOfWeek, isCalendarDate, weekdayIndex } from '../../../src/dates';
import {
  describeExceptions,
  describePeriod,
  describeSchedule,
  describeWhen,
  nextOccurrences,
  occursOn,
  weekdayMask,
  weekdaysOf,
  type Schedule,
} from '../../../src/features/activities/schedule';

const weekly = (days: number[], extra: Partial<Schedule> = {}): Schedule => ({
  scheduleKind: 'weekly',
  firstDate: '2026-01-01',
  lastDate: OPEN_END_DATE,
  weekdays: weekdayMask(days),
  startTime: '10:00',
  endTime: '12:00',
  exceptions: [],
  ...extra,
});
const once = (date: string): Schedule => ({
  scheduleKind: 'once',
  firstDate: date,
  lastDate: date,
  weekdays: 0,
  startTime: '14:00',
  endTime: '16:00',
  exceptions: [],
});

describe('calendar dates', () => {
  it('uses the date in Maastricht, also around midnight UTC and daylight saving time', () => {
    expect(localDate(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15'); // CET, UTC+1
    expect(localDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // CEST, UTC+2
    expect(localDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('knows weekdays (Monday = 0), weeks ending on Sunday, and real dates', () => {
    expect(weekdayIndex('2026-03-16')).toBe(0); // Monday
    expect(weekdayIndex('2026-03-15')).toBe(6); // Sunday
    expect(endOfWeek('2026-03-11')).toBe('2026-03-15');
    expect(endOfWeek('2026-03-15')).toBe('2026-03-15');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // across the DST change
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('14-03-2026')).toBe(false);
  });

  it('maps weekday bit masks both ways (bit 0 = Monday)', () => {
    expect(weekdayMask([0])).toBe(1);
    expect(weekdayMask([1, 3])).toBe(0b1010);
    expect(weekdaysOf(0b1000001)).toEqual([0, 6]);
  });
});

describe('when, in plain Dutch', () => {
  it('describes a weekly activity', () => {
    expect(describeWhen(weekly([1]), 'nl')).toBe('elke dinsdag 10:00–12:00');
    expect(describeWhen(weekly([0, 3]), 'nl')).toBe('elke maandag en donderdag 10:00–12:00');
    expect(describeWhen(weekly([0, 2, 4]), 'nl')).toBe('elke maandag, woensdag en vrijdag 10:00–12:00');
  });

  it('describes a one-off activity with its weekday and date', () => {
    expect(describeWhen(once('2026-03-14'), 'nl')).toBe('zaterdag 14 maart 2026, 14:00–16:00');
  });

  it('adds the period and cancelled dates that still lie ahead', () => {
    const s = weekly([1], { firstDate: '2026-03-03', lastDate: '2026-06-30', exceptions: ['2026-02-24', '2026-03-17', '2026-03-24'] });
    expect(describePeriod(s, '2026-03-01', 'nl')).toBe('van 3 maart 2026 tot en met 30 juni 2026');
    expect(describePeriod(s, '2026-03-10', 'nl')).toBe('tot en met 30 juni 2026');
    expect(describePeriod(weekly([1], { firstDate: '2026-04-07' }), '2026-03-10', 'nl')).toBe('vanaf 7 april 2026');
    expect(describePeriod(weekly([1]), '2026-03-10', 'nl')).toBeNull();
    expect(describeExceptions(s, '2026-03-10', 'nl')).toBe('niet op 17 maart 2026 en 24 maart 2026');
    expect(describeExceptions(s, '2026-03-20', 'nl')).toBe('niet op 24 maart 2026');
    expect(describeSchedule(s, '2026-03-01', 'nl')).toBe(
      'Elke dinsdag 10:00–12:00, van 3 maart 2026 tot en met 30 juni 2026, niet op 17 maart 2026 en 24 maart 2026',
    );
  });

  it('speaks English too', () => {
    expect(describeWhen(weekly([1, 3]), 'en')).toBe('every Tuesday and Thursday 10:00–12:00');
    expect(describeWhen(once('2026-03-14'), 'en')).toBe('Saturday 14 March 2026, 14:00–16:00');
    expect(describeSchedule(weekly([1], { lastDate: '2026-06-30', exceptions: ['2026-03-17'] }), '2026-03-01', 'en')).toBe(
      'Every Tuesday 10:00–12:00, until 30 June 2026, not on 17 March 2026',
    );
  });
});

describe('occurrences', () => {
  it('lists the next dates, skipping cancelled ones and stopping at the end', () => {
    const s = weekly([1, 3], { firstDate: '2026-03-05', lastDate: '2026-03-19', exceptions: ['2026-03-10'] });
    expect(nextOccurrences(s, '2026-03-01', 10)).toEqual(['2026-03-05', '2026-03-12', '2026-03-17', '2026-03-19']);
    expect(occursOn(s, '2026-03-10')).toBe(false);
    expect(occursOn(s, '2026-03-12')).toBe(true);
    expect(nextOccurrences(once('2026-03-14'), '2026-03-01', 3)).toEqual(['2026-03-14']);
    expect(nextOccurrences(once('2026-03-14'), '2026-03-15', 3)).toEqual([]);
  });
});
