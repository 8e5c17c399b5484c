// THE mapping from a portal schedule to iCalendar recurrence (RRULE, RDATE, EXDATE). One switch over the schedule
// kind: a new kind is added here and nowhere else (the exhaustive `never` makes the type-check point at this file),
// and the ical.js test expands every fixture activity against the portal's own `nextOccurrences`.
import { OPEN_END_DATE } from '../../../db/enums';
import { addDays, weekdayIndex } from '../../activities/dates';
import { occursOn, weekdaysOf, type Schedule } from '../../activities/schedule';
import { localDateTime, maastrichtToUtc, utcDateTime } from './time';

const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The parts of an RRULE that the portal's schedules use; also read by the JSON-LD and HSDS exports. */
export type RecurrenceRule = {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** `TU`, or with an ordinal for monthly rules: `2TU`, `-1FR`. */
  byDay: string[];
  byMonthDay: number[];
  /** The last day (in Maastricht) on which it may occur; null when open-ended. */
  untilDate: string | null;
};

export type Recurrence = {
  /** The date of DTSTART: the first date the pattern produces (RFC 5545 counts DTSTART as an occurrence). */
  startDate: string;
  /** Null for a single date (or a series given only as RDATEs). */
  rule: RecurrenceRule | null;
  /** Extra single dates (RDATE), as local DATE-TIMEs. */
  rdates: string[];
  /** Cancelled dates (EXDATE), as local DATE-TIMEs. */
  exdates: string[];
};

/** The first date on or after `from` whose weekday is in the mask (cancelled dates included: EXDATE removes them). */
function firstWeekdayFrom(from: string, mask: number): string {
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    if ((mask >> weekdayIndex(date)) & 1) return date;
  }
  return from;
}

const untilDate = (lastDate: string) => (lastDate === OPEN_END_DATE ? null : lastDate);

/** The RRULE value without its name: `FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH;UNTIL=20260630T215900Z`. */
export function rruleText(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === 'WEEKLY') parts.push('WKST=MO');
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  // UNTIL must be in UTC when DTSTART has a TZID (RFC 5545 §3.3.10): the end of the last day in Maastricht.
  if (rule.untilDate) parts.push(`UNTIL=${utcDateTime(maastrichtToUtc(rule.untilDate, '23:59'))}`);
  return parts.join(';');
}

export function recurrenceOf(schedule: Schedule): Recurrence {
  const at = (date: string) => localDateTime(date, schedule.startTime);
  const kind = schedule.scheduleKind;
  switch (kind) {
    case 'once':
      return { startDate: schedule.firstDate, rule: null, rdates: [], exdates: [] };
    case 'weekly': {
      const startDate = firstWeekdayFrom(schedule.firstDate, schedule.weekdays);
      const byDay = weekdaysOf(schedule.weekdays).map((day) => ICAL_DAYS[day]!);
      // Only the cancelled dates the pattern would produce (an EXDATE elsewhere is harmless, but noise).
      const cancelled = schedule.exceptions.filter((date) => date >= startDate && occursOn({ ...schedule, exceptions: [] }, date));
      const rule: RecurrenceRule = { freq: 'WEEKLY', interval: 1, byDay, byMonthDay: [], untilDate: untilDate(schedule.lastDate) };
      return { startDate, rule, rdates: [], exdates: cancelled.map(at) };
    }
    default: {
      const unknown: never = kind;
      throw new Error(`no iCalendar recurrence for schedule kind ${String(unknown)}`);
    }
  }
}
