import type { Locale } from '../i18n';

// Dates as people read them: "14 maart 2026", "14 maart 2026 om 10:05" in Maastricht time, never ISO in visible text.
const TIME_ZONE = 'Europe/Amsterdam';
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

function dayFormat(locale: Locale) {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, (f = new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' })));
  return f;
}

function timeFormat(locale: Locale) {
  let f = timeFormats.get(locale);
  if (!f)
    timeFormats.set(locale, (f = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f;
}

/** A moment or a `YYYY-MM-DD` calendar date as a day in words: "14 maart 2026". */
export function formatDay(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return dayFormat(locale).format(date);
}

/** A moment in Maastricht time with the day in words: "14 maart 2026, 10:05". */
export function formatMoment(value: Date, locale: Locale): string {
  return `${formatDay(value, locale)}, ${timeFormat(locale).format(value)}`;
}

/** `YYYY-MM-DD` as typed in Dutch date fields: "14-03-2026". */
export function dutchNumericDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}
