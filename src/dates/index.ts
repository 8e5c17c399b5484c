// Calendar dates are ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC midnight, so it never trips over daylight
// saving time; "today" is the date in Maastricht, whatever the server's clock zone is.

/** The programme's time zone: every "today", every shown time and every overdue test is Maastricht's. */
export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const programmeDate = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const programmeTime = new Intl.DateTimeFormat('en-GB', { timeZone: PROGRAMME_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar date (`YYYY-MM-DD`) in Maastricht at the given moment. */
export function localDate(now: Date | number): string {
  return programmeDate.format(now);
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

const toUtc = (date: string) => new Date(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, matching the activities' weekday bit mask. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** The Sunday that ends the week of `date` (weeks run Monday to Sunday). */
export function endOfWeek(date: string): string {
  return addDays(date, 6 - weekdayIndex(date));
}

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
