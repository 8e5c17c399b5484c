const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between two moments, never negative (e.g. how long an entry has been waiting for review). */
export function daysWaiting(since: Date | number, now: Date | number): number {
  return Math.max(0, Math.floor((Number(now) - Number(since)) / DAY_MS));
}

/** `now` moved back by whole calendar months (UTC), e.g. six months before today. */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}
