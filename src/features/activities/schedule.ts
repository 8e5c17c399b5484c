// When an activity takes place, in plain Dutch (or English): "elke dinsdag 10:00–12:00",
// "zaterdag 14 maart 2026, 14:00–16:00", "vanaf 3 maart 2026 tot en met 30 juni 2026", "niet op 17 maart 2026".
import { OPEN_END_DATE, type ScheduleKind } from '../../db/enums';
import type { Locale } from '../../i18n';
import { addDays, dateParts, laterDate, weekdayIndex } from './dates';
import { activityTexts } from './texts';

export type Schedule = {
  scheduleKind: ScheduleKind;
  firstDate: string;
  /** For once: the same as firstDate. For weekly: the until date, or OPEN_END_DATE. */
  lastDate: string;
  /** Bit mask, bit 0 = Monday … bit 6 = Sunday (weekly only). */
  weekdays: number;
  startTime: string;
  endTime: string;
  /** Dates on which a weekly activity does not take place. */
  exceptions: string[];
};

/** Weekday indexes (0 = Monday) in a bit mask. */
export function weekdaysOf(mask: number): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((day) => (mask >> day) & 1);
}

export function weekdayMask(days: number[]): number {
  return days.reduce((mask, day) => mask | (1 << day), 0);
}

export function occursOn(schedule: Schedule, date: string): boolean {
  if (date < schedule.firstDate || date > schedule.lastDate) return false;
  if (schedule.scheduleKind === 'once') return date === schedule.firstDate;
  return ((schedule.weekdays >> weekdayIndex(date)) & 1) === 1 && !schedule.exceptions.includes(date);
}

/** The next `count` dates on or after `from`, looking at most `horizonDays` ahead. */
export function nextOccurrences(schedule: Schedule, from: string, count: number, horizonDays = 366): string[] {
  const dates: string[] = [];
  let date = laterDate(from, schedule.firstDate);
  for (let i = 0; i <= horizonDays && dates.length < count && date <= schedule.lastDate; i++, date = addDays(date, 1)) {
    if (occursOn(schedule, date)) dates.push(date);
  }
  return dates;
}

export function formatDate(date: string, locale: Locale, options: { weekday?: boolean } = {}): string {
  const t = activityTexts[locale];
  const { year, month, day } = dateParts(date);
  return options.weekday === false
    ? t.dateWithoutWeekday(day, t.month(month - 1), year)
    : t.date(t.weekday(weekdayIndex(date)), day, t.month(month - 1), year);
}

export function formatTimeRange(schedule: Pick<Schedule, 'startTime' | 'endTime'>, locale: Locale): string {
  return activityTexts[locale].timeRange(schedule.startTime, schedule.endTime);
}

/** The main line: "elke dinsdag en donderdag 10:00–12:00" or "zaterdag 14 maart 2026, 14:00–16:00". */
export function describeWhen(schedule: Schedule, locale: Locale): string {
  const t = activityTexts[locale];
  const time = formatTimeRange(schedule, locale);
  if (schedule.scheduleKind === 'once') return t.onceWhen(formatDate(schedule.firstDate, locale), time);
  const days = weekdaysOf(schedule.weekdays).map((day) => t.weekday(day));
  return t.weeklyWhen(t.list(days), time);
}

/** From/until of a weekly activity, leaving out a start that already lies in the past. Null when open on both sides. */
export function describePeriod(schedule: Schedule, today: string, locale: Locale): string | null {
  if (schedule.scheduleKind === 'once') return null;
  const t = activityTexts[locale];
  const from = schedule.firstDate > today ? formatDate(schedule.firstDate, locale, { weekday: false }) : null;
  const until = schedule.lastDate !== OPEN_END_DATE ? formatDate(schedule.lastDate, locale, { weekday: false }) : null;
  if (from && until) return t.periodBetween(from, until);
  if (from) return t.periodFrom(from);
  if (until) return t.periodUntil(until);
  return null;
}

/** Upcoming dates on which a weekly activity is cancelled: "niet op 17 maart 2026 en 24 maart 2026". */
export function describeExceptions(schedule: Schedule, today: string, locale: Locale): string | null {
  if (schedule.scheduleKind === 'once') return null;
  const upcoming = [...schedule.exceptions].filter((date) => date >= today && date <= schedule.lastDate).sort();
  if (!upcoming.length) return null;
  const t = activityTexts[locale];
  return t.exceptions(t.list(upcoming.map((date) => formatDate(date, locale, { weekday: false }))));
}

/** Everything about "when" as one sentence, for the detail page: main line, period and exceptions. */
export function describeSchedule(schedule: Schedule, today: string, locale: Locale): string {
  const parts = [describeWhen(schedule, locale), describePeriod(schedule, today, locale), describeExceptions(schedule, today, locale)];
  const sentence = parts.filter(Boolean).join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
