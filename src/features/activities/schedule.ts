// When an activity takes place, in plain Dutch (or English): "elke dinsdag 10:00–12:00",
// "zaterdag 14 maart 2026, 14:00–16:00", "vanaf 3 maart 2026 tot en met 30 juni 2026", "niet op 17 maart 2026".
import { OPEN_END_DATE, type ScheduleKind } from '../../db/enums';
import type { Locale } from '../../i18n';
import { addDays, dateParts, laterDate, PROGRAMME_TIME_ZONE, weekdayIndex } from '../../dates';
import { occurrencesBetween, WEEKDAY_CODES, type ActivitySchedule, type DatedSlot, type HolidayPeriod, type Ordinal } from './recurrence';
import { scheduleTexts } from './schedule-texts';
import { activityTexts } from './texts';

export type Schedule = {
  scheduleKind: ScheduleKind;
  firstDate: string;
  /** For once: the same as firstDate. For recurring kinds: the until date, or OPEN_END_DATE; a series: its last date. */
  lastDate: string;
  /** Bit mask, bit 0 = Monday … bit 6 = Sunday (weekly, and monthly by ordinal weekday). */
  weekdays: number;
  startTime: string;
  endTime: string;
  /** Dates on which a recurring activity does not take place. */
  exceptions: string[];
  /** Weekly: every N weeks (1 when absent). */
  interval?: number;
  /** Monthly: bit 0 = 1st … bit 3 = 4th, bit 4 = last (of the weekdays in `weekdays`). */
  monthOrdinals?: number;
  /** Monthly: on this day of the month instead. */
  monthDay?: number | null;
  /** Series: each date with its own times. */
  seriesDates?: DatedSlot[];
  pauseInHolidays?: boolean;
};

/** Weekday indexes (0 = Monday) in a bit mask. */
export function weekdaysOf(mask: number): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((day) => (mask >> day) & 1);
}

export function weekdayMask(days: number[]): number {
  return days.reduce((mask, day) => mask | (1 << day), 0);
}

/** Bit i of `monthOrdinals` stands for ORDINAL_BITS[i]. */
export const ORDINAL_BITS: readonly Ordinal[] = [1, 2, 3, 4, -1];
export const ordinalsOfMask = (mask: number): Ordinal[] => ORDINAL_BITS.filter((_, i) => (mask >> i) & 1);
export const ordinalMask = (ordinals: readonly number[]) =>
  ORDINAL_BITS.reduce((mask, ordinal, i) => (ordinals.includes(ordinal) ? mask | (1 << i) : mask), 0);

/** The stored schedule as its iCalendar-shaped form (recurrence.ts), the one input of every date computation. */
export function toActivitySchedule(s: Schedule): ActivitySchedule {
  const days = weekdaysOf(s.weekdays).map((d) => WEEKDAY_CODES[d]!);
  const base: ActivitySchedule = {
    freq: 'none',
    dtstart: s.firstDate,
    until: s.lastDate === OPEN_END_DATE ? null : s.lastDate,
    interval: 1,
    byDay: [],
    byMonthDay: [],
    startTime: s.startTime,
    endTime: s.endTime,
    rdates: [],
    exdates: s.scheduleKind === 'once' ? [] : [...s.exceptions],
    pauseInHolidays: s.scheduleKind !== 'once' && (s.pauseInHolidays ?? false),
    timeZone: PROGRAMME_TIME_ZONE,
  };
  switch (s.scheduleKind) {
    case 'once':
      return { ...base, until: s.firstDate };
    case 'weekly':
      return { ...base, freq: 'weekly', interval: s.interval ?? 1, byDay: days.map((weekday) => ({ weekday })) };
    case 'monthly':
      return s.monthDay
        ? { ...base, freq: 'monthly', byMonthDay: [s.monthDay] }
        : {
            ...base,
            freq: 'monthly',
            byDay: ordinalsOfMask(s.monthOrdinals ?? 0).flatMap((ordinal) => days.map((weekday) => ({ weekday, ordinal }))),
          };
    case 'series':
      return { ...base, rdates: [...(s.seriesDates ?? [])] };
  }
}

export function occursOn(schedule: Schedule, date: string, holidays: readonly HolidayPeriod[] = []): boolean {
  return occurrencesBetween(toActivitySchedule(schedule), date, date, holidays).length === 1;
}

/** The next `count` dates on or after `from`, looking at most `horizonDays` ahead. */
export function nextOccurrences(
  schedule: Schedule,
  from: string,
  count: number,
  horizonDays = 366,
  holidays: readonly HolidayPeriod[] = [],
): string[] {
  const start = laterDate(from, schedule.firstDate);
  return occurrencesBetween(toActivitySchedule(schedule), start, addDays(start, horizonDays), holidays)
    .slice(0, count)
    .map((o) => o.date);
}

/** "Vandaag", "Morgen" or "zaterdag 6 december" (with the year when it is not this year's). */
export function formatDay(date: string, today: string, locale: Locale): string {
  const s = scheduleTexts[locale];
  if (date === today) return s.today;
  if (date === addDays(today, 1)) return s.tomorrow;
  const t = activityTexts[locale];
  const { year, month, day } = dateParts(date);
  if (year !== dateParts(today).year) return formatDate(date, locale);
  return s.dayMonth(t.weekday(weekdayIndex(date)), day, t.month(month - 1));
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

/** "10:00–12:00", or the times of a series when its dates differ ("19:00–21:00" of the first, then per date). */
function seriesLine(schedule: Schedule, locale: Locale): string {
  const t = activityTexts[locale];
  const s = scheduleTexts[locale];
  const dates = [...(schedule.seriesDates ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  const dm = (date: string) => {
    const { month, day } = dateParts(date);
    return t.dateWithoutWeekday(day, t.month(month - 1), dateParts(date).year).replace(/ \d{4}$/, '');
  };
  const first = dates[0]?.date ?? schedule.firstDate;
  const last = dates[dates.length - 1]?.date ?? schedule.lastDate;
  const sameTimes = dates.every((d) => d.startTime === dates[0]!.startTime && d.endTime === dates[0]!.endTime);
  const line = s.series(dates.length, dm(first), dm(last));
  return sameTimes && dates[0] ? `${line}, ${t.timeRange(dates[0].startTime, dates[0].endTime)}` : line;
}

/**
 * The main line: "elke dinsdag en donderdag 10:00–12:00", "om de week op dinsdag 10:00–12:00", "elke eerste en
 * derde dinsdag van de maand 19:00–21:00", "8 bijeenkomsten, van 3 maart tot 21 april" or "zaterdag 14 maart 2026,
 * 14:00–16:00"; with "niet in de schoolvakanties" when it pauses then.
 */
export function describeWhen(schedule: Schedule, locale: Locale): string {
  const t = activityTexts[locale];
  const s = scheduleTexts[locale];
  const time = formatTimeRange(schedule, locale);
  const days = t.list(weekdaysOf(schedule.weekdays).map((day) => t.weekday(day)));
  const pause = schedule.scheduleKind !== 'once' && schedule.pauseInHolidays ? `, ${s.notInHolidays}` : '';
  switch (schedule.scheduleKind) {
    case 'once':
      return t.onceWhen(formatDate(schedule.firstDate, locale), time);
    case 'weekly': {
      const n = schedule.interval ?? 1;
      const line = n === 1 ? t.weeklyWhen(days, time) : n === 2 ? s.everyOtherWeek(days, time) : s.everyNWeeks(n, days, time);
      return line + pause;
    }
    case 'monthly':
      return (
        (schedule.monthDay
          ? s.monthlyByDate(schedule.monthDay, time)
          : s.monthlyByDay(t.list(ordinalsOfMask(schedule.monthOrdinals ?? 0).map((o) => s.ordinal(o))), days, time)) + pause
      );
    case 'series':
      return seriesLine(schedule, locale) + pause;
  }
}

/** From/until of a weekly activity, leaving out a start that already lies in the past. Null when open on both sides. */
export function describePeriod(schedule: Schedule, today: string, locale: Locale): string | null {
  if (schedule.scheduleKind === 'once' || schedule.scheduleKind === 'series') return null;
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
