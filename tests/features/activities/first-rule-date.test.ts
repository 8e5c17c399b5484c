import { describe, expect, it } from 'vitest';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { firstRuleDate, occurrencesBetween } from '../../../src/features/activities/recurrence';
import { ordinalMask, toActivitySchedule, weekdayMask, type Schedule } from '../../../src/features/activities/schedule';

const DI = 1;
const weekly: Schedule = {
  scheduleKind: 'weekly',
  firstDate: '2027-01-04',
  lastDate: OPEN_END_DATE,
  weekdays: weekdayMask([DI]),
  startTime: '10:00',
  endTime: '12:00',
  exceptions: ['2027-01-05'],
};

describe('firstRuleDate: the first date of the bare rule', () => {
  it('is the first date occurrencesBetween gives for the bare rule, for every kind', () => {
    const kinds: Schedule[] = [
      weekly,
      { ...weekly, interval: 3, firstDate: '2027-02-10' },
      { ...weekly, scheduleKind: 'monthly', monthOrdinals: ordinalMask([-1]), lastDate: '2027-12-31' },
      { ...weekly, scheduleKind: 'monthly', weekdays: 0, monthDay: 31, firstDate: '2027-02-01' },
    ];
    for (const kind of kinds) {
      const s = { ...toActivitySchedule(kind), exdates: [], pauseInHolidays: false };
      expect(firstRuleDate(s, s.dtstart, '2028-12-31')).toBe(occurrencesBetween(s, s.dtstart, '2028-12-31')[0]?.date);
    }
  });

  it('ignores cancelled dates (the EXDATEs are computed against it) and stops at an open end', () => {
    const s = toActivitySchedule(weekly);
    expect(firstRuleDate(s, s.dtstart, OPEN_END_DATE)).toBe('2027-01-05');
  });

  it('is null when the rule yields nothing before the end', () => {
    const s = toActivitySchedule({ ...weekly, scheduleKind: 'monthly', weekdays: 0, monthDay: 31, firstDate: '2027-02-01', lastDate: '2027-02-28' });
    expect(firstRuleDate(s, s.dtstart, '2027-02-28')).toBeNull();
  });
});
