// THE one place that computes when an activity takes place: pure functions over a schedule shaped after iCalendar
// (RFC 5545), so each field maps onto an RRULE part without interpretation:
//
//   freq 'weekly' | 'monthly'  → RRULE FREQ=WEEKLY | FREQ=MONTHLY (WKST=MO)
//   interval                   → INTERVAL
//   byDay                      → BYDAY (with ordinal for monthly: 1TU, 3TU, -1FR)
//   byMonthDay                 → BYMONTHDAY
//   until                      → UNTIL (inclusive, a local date); null = no end
//   dtstart + startTime        → DTSTART;TZID=Europe/Amsterdam, endTime → DTEND (same day)
//   rdates                     → RDATE (freq 'none': a series, each date with its own times)
//   exdates                    → EXDATE (cancelled dates)
//   pauseInHolidays            → an EXDATE for every date inside one of the holiday periods
//
// freq 'none' without rdates is a one-off on dtstart. Dates are local calendar dates in Europe/Amsterdam and times
// are wall-clock times there, so a weekly 10:00 stays 10:00 across the change to and from summer time; `instantOf`
// gives the UTC moment of a local date and time (for feeds and calendars).
import { addDays, dateOfEpochDay, daysBetween, epochDay, PROGRAMME_TIME_ZONE, weekdayIndex, weekdayOfEpochDay } from '../../dates';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
/** 1st … 4th, or -1 = the last of the month (RRULE BYDAY ordinal). */
export type Ordinal = 1 | 2 | 3 | 4 | -1;
export const ORDINALS: readonly Ordinal[] = [1, 2, 3, 4, -1];
export type ByDay = { weekday: WeekdayCode; ordinal?: Ordinal };
export type DatedSlot = { date: string; startTime: string; endTime: string };

export type ActivitySchedule = {
  freq: 'none' | 'weekly' | 'monthly';
  /** First date (DTSTART); for a series the first of its dates. */
  dtstart: string;
  /** Last date that may occur (UNTIL, inclusive), or null for no end. */
  until: string | null;
  /** Every `interval` weeks (1–4) or months (1). */
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  startTime: string;
  endTime: string;
  rdates: DatedSlot[];
  exdates: string[];
  pauseInHolidays: boolean;
  timeZone: typeof PROGRAMME_TIME_ZONE;
};

export type HolidayPeriod = { name: string; fromDate: string; toDate: string };
export type Occurrence = DatedSlot & { startsAt: string; endsAt: string };

/** How far ahead occurrences are materialised (and how far a schedule is checked for having any date). */
export const HORIZON_MONTHS = 13;
/** A schedule may not have more dates than this within the horizon. */
export const MAX_OCCURRENCES = 400;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const horizonEnd = (today: string) => addMonths(today, HORIZON_MONTHS);

const mondayOf = (date: string) => addDays(date, -weekdayIndex(date));

/** Which BYDAY ordinals a date has in its month: its number (1–5) and -1 when it is the last such weekday. */
export function ordinalsOf(date: string): number[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const nth = Math.ceil(d / 7);
  return d + 7 > daysInMonth(y, m) ? [nth, -1] : [nth];
}

export function inHoliday(date: string, holidays: readonly HolidayPeriod[]): boolean {
  return holidays.some((h) => date >= h.fromDate && date <= h.toDate);
}

/** Whether the rule (not the series, not the exceptions) yields `date`. */
function ruleYields(s: ActivitySchedule, date: string): boolean {
  const code = WEEKDAY_CODES[weekdayIndex(date)]!;
  if (s.freq === 'weekly') {
    if (!s.byDay.some((b) => b.weekday === code)) return false;
    const weeks = daysBetween(mondayOf(s.dtstart), mondayOf(date)) / 7;
    return weeks % Math.max(1, s.interval) === 0;
  }
  if (s.freq === 'monthly') {
    const [y1, m1] = s.dtstart.split('-').map(Number) as [number, number];
    const [y2, m2, d2] = date.split('-').map(Number) as [number, number, number];
    if (((y2 - y1) * 12 + (m2 - m1)) % Math.max(1, s.interval) !== 0) return false;
    if (s.byMonthDay.includes(d2)) return true;
    const ordinals = ordinalsOf(date);
    return s.byDay.some((b) => b.weekday === code && b.ordinal !== undefined && ordinals.includes(b.ordinal));
  }
  return false;
}

const zoneClocks = new Map<string, Intl.DateTimeFormat>();

/** How a moment reads on the wall clock of a zone. Made once per zone: constructing one costs more than using it. */
function zoneClock(timeZone: string): Intl.DateTimeFormat {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    zoneClocks.set(timeZone, clock);
  }
  return clock;
}

/** The UTC instant of a wall-clock time on a date in the programme's time zone, as ISO text (DST-correct). */
export function instantOf(date: string, time: string, timeZone: string = PROGRAMME_TIME_ZONE): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at a moment, from how that moment reads there; twice, for times near a change of offset.
  const offsetAt = (ms: number) => {
    const parts = zoneClock(timeZone).formatToParts(new Date(ms));
    const p = (type: string) => Number(parts.find((x) => x.type === type)?.value);
    return Date.UTC(p('year'), p('month') - 1, p('day'), p('hour'), p('minute')) - ms;
  };
  let ms = asUtc - offsetAt(asUtc);
  ms = asUtc - offsetAt(ms);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function occurrence(date: string, startTime: string, endTime: string, timeZone: string): Occurrence {
  return { date, startTime, endTime, startsAt: instantOf(date, startTime, timeZone), endsAt: instantOf(date, endTime, timeZone) };
}

/**
 * Every occurrence from `from` up to and including `to`, in date order: the rule's dates (or the series' dates, or
 * the one date), minus cancelled dates and, when the schedule pauses, dates inside a holiday period.
 */
export function occurrencesBetween(s: ActivitySchedule, from: string, to: string, holidays: readonly HolidayPeriod[] = []): Occurrence[] {
  if (s.freq === 'none')
    return seriesSlotsBetween(s, from, to, holidays).map((slot) => occurrence(slot.date, slot.startTime, slot.endTime, s.timeZone));
  return occurrenceDatesBetween(s, from, to, holidays).map((date) => occurrence(date, s.startTime, s.endTime, s.timeZone));
}

/**
 * The dates of `occurrencesBetween` without their instants: what a caller that only compares dates needs (the
 * iCalendar EXDATEs), at a fraction of the cost, since an instant asks the time-zone database twice.
 */
export function occurrenceDatesBetween(s: ActivitySchedule, from: string, to: string, holidays: readonly HolidayPeriod[] = []): string[] {
  if (s.freq === 'none') return seriesSlotsBetween(s, from, to, holidays).map((slot) => slot.date);
  const last = s.until && s.until < to ? s.until : to;
  const first = from > s.dtstart ? from : s.dtstart;
  if (s.freq === 'weekly') return weeklyDatesBetween(s, first, last, holidays);
  return monthlyDatesBetween(s, first, last, holidays);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `ruleYields` for a monthly rule, computed per month: the days of the month the rule names (BYMONTHDAY, and the
 * n-th or last weekday for BYDAY with an ordinal), so a year costs twelve small steps instead of 365 parsed dates.
 */
function monthlyDatesBetween(s: ActivitySchedule, first: string, last: string, holidays: readonly HolidayPeriod[]): string[] {
  const interval = Math.max(1, s.interval);
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const startIndex = monthIndex(s.dtstart);
  const ordinalDays = s.byDay.flatMap((b) => (b.ordinal === undefined ? [] : [{ weekday: WEEKDAY_CODES.indexOf(b.weekday), ordinal: b.ordinal }]));
  const result: string[] = [];
  for (let index = monthIndex(first), end = monthIndex(last); index <= end; index++) {
    if ((index - startIndex) % interval !== 0) continue;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const length = daysInMonth(year, month);
    const weekdayOfFirst = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
    const days = new Set(s.byMonthDay.filter((d) => d >= 1 && d <= length));
    for (const { weekday, ordinal } of ordinalDays) {
      const firstSuch = 1 + ((weekday - weekdayOfFirst + 7) % 7);
      const day = ordinal === -1 ? firstSuch + 7 * Math.floor((length - firstSuch) / 7) : firstSuch + 7 * (ordinal - 1);
      if (day <= length) days.add(day);
    }
    for (const day of [...days].sort((a, b) => a - b)) {
      const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
      if (date >= first && date <= last && !skipped(s, date, holidays)) result.push(date);
    }
  }
  return result;
}

/** `ruleYields` for a weekly rule, counted in epoch days: a string is made only for the days the rule yields. */
function weeklyDatesBetween(s: ActivitySchedule, first: string, last: string, holidays: readonly HolidayPeriod[]): string[] {
  const weekdays = new Set(s.byDay.map((b) => WEEKDAY_CODES.indexOf(b.weekday)));
  const interval = Math.max(1, s.interval);
  const startMonday = epochDay(s.dtstart) - weekdayIndex(s.dtstart);
  const result: string[] = [];
  for (let day = epochDay(first), end = epochDay(last); day <= end; day++) {
    if (!weekdays.has(weekdayOfEpochDay(day)) || Math.floor((day - startMonday) / 7) % interval !== 0) continue;
    const date = dateOfEpochDay(day);
    if (!skipped(s, date, holidays)) result.push(date);
  }
  return result;
}

function skipped(s: ActivitySchedule, date: string, holidays: readonly HolidayPeriod[]): boolean {
  return s.exdates.includes(date) || (s.pauseInHolidays && inHoliday(date, holidays));
}

/** The slots of a single date or a series between `from` and `to`, in date order; a series skips its cancelled dates. */
function seriesSlotsBetween(s: ActivitySchedule, from: string, to: string, holidays: readonly HolidayPeriod[]) {
  const last = s.until && s.until < to ? s.until : to;
  const slots = s.rdates.length ? s.rdates : [{ date: s.dtstart, startTime: s.startTime, endTime: s.endTime }];
  return [...slots]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((slot) => slot.date >= from && slot.date <= last && !(s.rdates.length && skipped(s, slot.date, holidays)));
}

/**
 * The first date the bare rule yields on or after `from` and not after `to` (cancelled dates and holiday pauses not
 * applied), or null. It stops at the first match: an open-ended rule's `until` lies in the year 9999.
 */
export function firstRuleDate(s: ActivitySchedule, from: string, to: string): string | null {
  const last = s.until && s.until < to ? s.until : to;
  for (let date = from > s.dtstart ? from : s.dtstart; date <= last; date = addDays(date, 1)) if (ruleYields(s, date)) return date;
  return null;
}

/** The first `count` occurrences on or after `from`, looking at most until the horizon. */
export function nextOccurrencesOf(s: ActivitySchedule, from: string, count: number, holidays: readonly HolidayPeriod[] = []): Occurrence[] {
  return occurrencesBetween(s, from, horizonEnd(from), holidays).slice(0, count);
}
