// THE mapping from a portal schedule to iCalendar recurrence (RRULE, RDATE, EXDATE). The portal's own schedule is
// already shaped after RFC 5545 (src/features/activities/recurrence.ts); this file only writes it down, and the
// ical.js test expands every fixture activity against the portal's own occurrences.
import { addDays, laterDate } from '../../../dates';
import {
  firstRuleDate,
  horizonEnd,
  occurrenceDatesBetween,
  occurrencesBetween,
  type ActivitySchedule,
  type HolidayPeriod,
} from '../../activities/recurrence';
import { toActivitySchedule, type Schedule } from '../../activities/schedule';
import { localDateTime, maastrichtToUtc, utcDateTime } from './time';

/** The parts of an RRULE that the portal's schedules use; also read by the JSON-LD and HSDS exports. */
export type RecurrenceRule = {
  freq: 'WEEKLY' | 'MONTHLY';
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
  /** DTSTART's and DTEND's wall-clock times (a series: those of its first date). */
  startTime: string;
  endTime: string;
  /** Null for a single date or a series (whose dates are RDATEs). */
  rule: RecurrenceRule | null;
  /** The dates of a series (RDATE), as local DATE-TIMEs at each date's own start time (a calendar app gives every
   * date the duration of the first; the portal's page shows each date's own end time). */
  rdates: string[];
  /** Dates the pattern yields but the portal does not: cancelled, or in a holiday period when it pauses (EXDATE). */
  exdates: string[];
};

/** How far back cancelled dates are still written: calendar apps only need the ones they may still show. */
const EXDATES_BACK_DAYS = 31;

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

/** The RRULE of a schedule alone (null for a single date or a series), without the dates its EXDATEs need. */
export function recurrenceRuleOf(schedule: Schedule): RecurrenceRule | null {
  return ruleOf(toActivitySchedule(schedule));
}

function ruleOf(s: ActivitySchedule): RecurrenceRule | null {
  if (s.freq === 'none') return null;
  return {
    freq: s.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: s.interval,
    byDay: s.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`),
    byMonthDay: [...s.byMonthDay],
    untilDate: s.until,
  };
}

/**
 * The recurrence of a schedule. `today` bounds the EXDATEs to what a calendar can still show (from a month back up to
 * the materialised horizon); `holidays` are the programme's holiday periods, needed when the schedule pauses in them.
 */
export function recurrenceOf(schedule: Schedule, today: string, holidays: readonly HolidayPeriod[] = []): Recurrence {
  const s = toActivitySchedule(schedule);
  if (s.freq === 'none') {
    const slots = s.rdates.length ? occurrencesBetween(s, s.dtstart, s.until ?? s.dtstart, holidays) : [];
    const [first] = slots;
    if (!first) return { startDate: s.dtstart, startTime: s.startTime, endTime: s.endTime, rule: null, rdates: [], exdates: [] };
    // DTSTART is listed again among the RDATEs: RFC 5545 ignores the duplicate, and calendar libraries that expand
    // RDATE without RRULE only from the list (ical.js does) still show the first date.
    return {
      startDate: first.date,
      startTime: first.startTime,
      endTime: first.endTime,
      rule: null,
      rdates: slots.map((o) => localDateTime(o.date, o.startTime)),
      exdates: [],
    };
  }
  // The bare pattern (nothing cancelled, no pause) gives DTSTART and, against the real occurrences, the EXDATEs.
  const pattern: ActivitySchedule = { ...s, exdates: [], pauseInHolidays: false };
  const end = horizonEnd(today);
  const patternDates = (from: string, to: string) => occurrenceDatesBetween(pattern, from, to);
  const startDate = firstRuleDate(pattern, s.dtstart, s.until ?? end) ?? s.dtstart;
  const from = laterDate(startDate, addDays(today, -EXDATES_BACK_DAYS));
  const real = new Set(occurrenceDatesBetween(s, from, end, holidays));
  const exdates = patternDates(from, end).filter((date) => !real.has(date));
  return {
    startDate,
    startTime: s.startTime,
    endTime: s.endTime,
    rule: ruleOf(s),
    rdates: [],
    exdates: exdates.map((date) => localDateTime(date, s.startTime)),
  };
}
