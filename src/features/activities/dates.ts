// Calendar dates are ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC midnight, so it never trips over daylight
// saving time; "today" is the date in Maastricht, whatever the server's clock zone is.

export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Made once per zone: constructing a format costs far more than using it. */
const zoneCalendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in the programme's time zone. */
export function calendarDate(now: Date, timeZone = PROGRAMME_TIME_ZONE): string {
  let calendar = zoneCalendars.get(timeZone);
  if (!calendar)
    zoneCalendars.set(timeZone, (calendar = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = calendar.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** True for an existing calendar date (so 2026-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Days since 1970-01-01 (a Thursday): loops over many days count in these instead of parsing a string per day. */
export function epochDay(date: string): number {
  return Math.round(toUtc(date).getTime() / DAY_MS);
}

export function dateOfEpochDay(day: number): string {
  return fromUtc(new Date(day * DAY_MS));
}

/** 0 = Monday … 6 = Sunday of an epoch day, as `weekdayIndex`. */
export const weekdayOfEpochDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday, matching the activities' weekday bit mask. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** The Sunday that ends the week of `date` (weeks run Monday to Sunday). */
export function endOfWeek(date: string): string {
  return addDays(date, 6 - weekdayIndex(date));
}

export function dateParts(date: string): { year: number; month: number; day: number } {
  const d = toUtc(date);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const laterDate = (a: string, b: string) => (a > b ? a : b);
export const earlierDate = (a: string, b: string) => (a < b ? a : b);
