// Calendar dates are ISO `YYYY-MM-DD` strings. Arithmetic runs on whole days (UTC midnight, or days since the epoch),
// so it never trips over daylight saving time; "today" is the date in Maastricht, whatever the server's clock zone is.

/** The programme's time zone: every "today", every shown time and every overdue test is Maastricht's. */
export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const programmeTime = new Intl.DateTimeFormat('en-GB', { timeZone: PROGRAMME_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Made once per zone: constructing a format costs far more than using it. */
const zoneCalendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) in Maastricht (or another zone) at the given moment. */
export function localDate(now: Date | number, timeZone: string = PROGRAMME_TIME_ZONE): string {
  let calendar = zoneCalendars.get(timeZone);
  if (!calendar)
    zoneCalendars.set(timeZone, (calendar = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return calendar.format(now);
}

/** The clock time (`HH:MM`) in Maastricht at the given moment. */
export function localTime(now: Date | number): string {
  return programmeTime.format(now);
}

/** True for a real calendar date in `YYYY-MM-DD` form (so 2026-02-30 and 2026-2-3 are not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Days since 1970-01-01 (a Thursday). Loops over many days count in these instead of parsing a string per day; the
 * conversions are integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`), no Date.
 */
export function epochDay(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The `YYYY-MM-DD` of an epoch day (`civil_from_days`). */
export function dateOfEpochDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Monday … 6 = Sunday of an epoch day, as `weekdayIndex`. */
export const weekdayOfEpochDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

export function addDays(date: string, days: number): string {
  return dateOfEpochDay(epochDay(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** 0 = Monday … 6 = Sunday, matching the activities' weekday bit mask. */
export function weekdayIndex(date: string): number {
  return weekdayOfEpochDay(epochDay(date));
}

/** The Sunday that ends the week of `date` (weeks run Monday to Sunday). */
export function endOfWeek(date: string): string {
  return addDays(date, 6 - weekdayIndex(date));
}

export function dateParts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export const laterDate = (a: string, b: string) => (a > b ? a : b);
export const earlierDate = (a: string, b: string) => (a < b ? a : b);

/** The activities' weekday bit mask (bit 0 = Monday) of weekday indexes. */
export function weekdayMask(days: number[]): number {
  return days.reduce((mask, day) => mask | (1 << day), 0);
}

/** Whole days between two moments, never negative (how long something has been waiting; 0 on the day itself). */
export function daysWaiting(since: Date | number, now: Date | number): number {
  return Math.max(0, Math.floor((Number(now) - Number(since)) / DAY_MS));
}

/** A moment `days` whole days after `now` (negative: before). */
export const daysAfter = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);
