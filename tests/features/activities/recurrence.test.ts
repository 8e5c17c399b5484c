import { describe, expect, it } from 'vitest';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { addMonths, instantOf, occurrencesBetween, type ActivitySchedule } from '../../../src/features/activities/recurrence';
import { describeWhen, ordinalMask, toActivitySchedule, weekdayMask, type Schedule } from '../../../src/features/activities/schedule';

// Hand-checked against a printed calendar of 2027 (1 January 2027 is a Friday). Summer time in 2027 starts on Sunday
// 28 March and ends on Sunday 31 October; March 2027 has five Tuesdays (2, 9, 16, 23, 30), as does June 2027.
const base: Schedule = {
  scheduleKind: 'weekly',
  firstDate: '2027-01-01',
  lastDate: OPEN_END_DATE,
  weekdays: 0,
  startTime: '10:00',
  endTime: '12:00',
  exceptions: [],
};
const DI = 1;
const dates = (s: Schedule, from = '2027-01-01', to = '2027-12-31', holidays = []) =>
  occurrencesBetween(toActivitySchedule(s), from, to, holidays).map((o) => o.date);

describe('every N weeks', () => {
  it('every other Tuesday from 5 January 2027, counted from the week of the start', () => {
    const s = { ...base, firstDate: '2027-01-05', weekdays: weekdayMask([DI]), interval: 2 };
    expect(dates(s, '2027-01-01', '2027-04-30')).toEqual([
      '2027-01-05',
      '2027-01-19',
      '2027-02-02',
      '2027-02-16',
      '2027-03-02',
      '2027-03-16',
      '2027-03-30',
      '2027-04-13',
      '2027-04-27',
    ]);
    expect(dates(s)).toHaveLength(26);
  });

  it('every 3 weeks on Monday and Thursday, started on a Thursday', () => {
    const s = { ...base, firstDate: '2027-01-07', weekdays: weekdayMask([0, 3]), interval: 3 };
    // Week of 4 Jan: Thu 7 (Mon 4 lies before the start); then weeks of 25 Jan and 15 Feb.
    expect(dates(s, '2027-01-01', '2027-02-28')).toEqual(['2027-01-07', '2027-01-25', '2027-01-28', '2027-02-15', '2027-02-18']);
  });
});

describe('monthly on ordinal weekdays', () => {
  it('every first and third Tuesday of 2027', () => {
    const s: Schedule = { ...base, scheduleKind: 'monthly', weekdays: weekdayMask([DI]), monthOrdinals: ordinalMask([1, 3]) };
    const got = dates(s);
    expect(got).toHaveLength(24);
    expect(got.slice(0, 8)).toEqual(['2027-01-05', '2027-01-19', '2027-02-02', '2027-02-16', '2027-03-02', '2027-03-16', '2027-04-06', '2027-04-20']);
    expect(got.slice(-4)).toEqual(['2027-11-02', '2027-11-16', '2027-12-07', '2027-12-21']);
  });

  it('the last Tuesday is the fifth in a month with five Tuesdays, the fourth otherwise', () => {
    const s: Schedule = { ...base, scheduleKind: 'monthly', weekdays: weekdayMask([DI]), monthOrdinals: ordinalMask([-1]) };
    expect(dates(s, '2027-01-01', '2027-06-30')).toEqual(['2027-01-26', '2027-02-23', '2027-03-30', '2027-04-27', '2027-05-25', '2027-06-29']);
    const fourth = { ...s, monthOrdinals: ordinalMask([4]) };
    expect(dates(fourth, '2027-03-01', '2027-03-31')).toEqual(['2027-03-23']);
  });

  it('the last Friday, over a whole year', () => {
    const s: Schedule = { ...base, scheduleKind: 'monthly', weekdays: weekdayMask([4]), monthOrdinals: ordinalMask([-1]) };
    expect(dates(s)).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-26',
      '2027-04-30',
      '2027-05-28',
      '2027-06-25',
      '2027-07-30',
      '2027-08-27',
      '2027-09-24',
      '2027-10-29',
      '2027-11-26',
      '2027-12-31',
    ]);
  });
});

describe('monthly on a day of the month', () => {
  it('the 31st skips months without one, the 15th is every month', () => {
    const s: Schedule = { ...base, scheduleKind: 'monthly', monthDay: 31 };
    expect(dates(s)).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31', '2027-12-31']);
    expect(dates({ ...s, monthDay: 15 })).toHaveLength(12);
  });
});

describe('a series, once, cancelled dates and holidays', () => {
  it('a series keeps each date with its own times, in date order', () => {
    const s: Schedule = {
      ...base,
      scheduleKind: 'series',
      firstDate: '2027-03-03',
      lastDate: '2027-03-17',
      seriesDates: [
        { date: '2027-03-17', startTime: '19:00', endTime: '21:00' },
        { date: '2027-03-03', startTime: '19:00', endTime: '21:00' },
        { date: '2027-03-10', startTime: '18:30', endTime: '20:30' },
      ],
    };
    const got = occurrencesBetween(toActivitySchedule(s), '2027-01-01', '2027-12-31');
    expect(got.map((o) => [o.date, o.startTime])).toEqual([
      ['2027-03-03', '19:00'],
      ['2027-03-10', '18:30'],
      ['2027-03-17', '19:00'],
    ]);
  });

  it('skips cancelled dates and, when it pauses, holiday periods (both ends included)', () => {
    const s = { ...base, weekdays: weekdayMask([DI]), exceptions: ['2027-01-12'], pauseInHolidays: true };
    const holidays = [{ name: 'Voorjaarsvakantie', fromDate: '2027-02-06', toDate: '2027-02-16' }];
    expect(dates(s, '2027-01-01', '2027-02-28', holidays as never)).toEqual(['2027-01-05', '2027-01-19', '2027-01-26', '2027-02-02', '2027-02-23']);
    expect(dates({ ...s, pauseInHolidays: false }, '2027-01-01', '2027-02-28', holidays as never)).toHaveLength(7);
  });

  it('stops at the until date', () => {
    expect(dates({ ...base, weekdays: weekdayMask([DI]), lastDate: '2027-01-19' })).toEqual(['2027-01-05', '2027-01-12', '2027-01-19']);
  });
});

describe('summer time', () => {
  const s = toActivitySchedule({ ...base, firstDate: '2027-03-20', weekdays: weekdayMask([5, 6]) });
  it('keeps the wall-clock time across the change to summer time (last Sunday of March)', () => {
    const around = occurrencesBetween(s, '2027-03-27', '2027-03-28');
    expect(around.map((o) => [o.date, o.startTime, o.startsAt])).toEqual([
      ['2027-03-27', '10:00', '2027-03-27T09:00:00Z'],
      ['2027-03-28', '10:00', '2027-03-28T08:00:00Z'],
    ]);
  });
  it('and back to winter time (last Sunday of October)', () => {
    const around = occurrencesBetween(s, '2027-10-30', '2027-10-31');
    expect(around.map((o) => o.startsAt)).toEqual(['2027-10-30T08:00:00Z', '2027-10-31T09:00:00Z']);
    expect(instantOf('2027-10-31', '02:30')).toBe('2027-10-31T01:30:00Z');
  });
});

describe('wording', () => {
  it('says it the way people do', () => {
    expect(describeWhen({ ...base, weekdays: weekdayMask([DI]), interval: 2 }, 'nl')).toBe('om de week op dinsdag 10:00–12:00');
    expect(describeWhen({ ...base, weekdays: weekdayMask([DI]), interval: 3 }, 'nl')).toBe('om de 3 weken op dinsdag 10:00–12:00');
    expect(
      describeWhen(
        { ...base, scheduleKind: 'monthly', weekdays: weekdayMask([DI]), monthOrdinals: ordinalMask([1, 3]), startTime: '19:00', endTime: '21:00' },
        'nl',
      ),
    ).toBe('elke eerste en derde dinsdag van de maand 19:00–21:00');
    expect(describeWhen({ ...base, weekdays: weekdayMask([DI]), pauseInHolidays: true }, 'nl')).toBe(
      'elke dinsdag 10:00–12:00, niet in de schoolvakanties',
    );
    const course: Schedule = {
      ...base,
      scheduleKind: 'series',
      seriesDates: Array.from({ length: 8 }, (_, i) => ({
        date: ['2027-03-03', '2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31', '2027-04-07', '2027-04-14', '2027-04-21'][i]!,
        startTime: '19:00',
        endTime: '21:00',
      })),
    };
    expect(describeWhen(course, 'nl')).toBe('8 bijeenkomsten, van 3 maart tot 21 april, 19:00–21:00');
    expect(describeWhen(course, 'en')).toBe('8 sessions, from 3 March to 21 April, 19:00–21:00');
    expect(describeWhen({ ...base, scheduleKind: 'monthly', weekdays: weekdayMask([4]), monthOrdinals: ordinalMask([-1]) }, 'en')).toBe(
      'every last Friday of the month 10:00–12:00',
    );
  });
});

describe('the schedule type', () => {
  it('maps onto RRULE parts', () => {
    const s: ActivitySchedule = toActivitySchedule({
      ...base,
      scheduleKind: 'monthly',
      weekdays: weekdayMask([DI]),
      monthOrdinals: ordinalMask([1, -1]),
      lastDate: '2027-12-31',
    });
    expect(s).toMatchObject({
      freq: 'monthly',
      interval: 1,
      until: '2027-12-31',
      byDay: [
        { weekday: 'TU', ordinal: 1 },
        { weekday: 'TU', ordinal: -1 },
      ],
      timeZone: 'Europe/Amsterdam',
    });
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });
});
