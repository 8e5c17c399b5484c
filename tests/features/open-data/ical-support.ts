import ICAL from 'ical.js';
import { addDays, dateParts } from '../../../src/dates';

/** One occurrence as a calendar app shows it: wall-clock start in Maastricht and the instant in UTC. */
export type Occurrence = { local: string; utc: string };

/** Last Sunday of a month, as `YYYY-MM-DD`. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/**
 * The UTC instant of a wall-clock time in Maastricht, from the EU rule itself (summer time from the last Sunday of
 * March to the last Sunday of October) — written independently of the portal's own conversion on purpose.
 */
export function expectedUtc(date: string, time: string): string {
  const { year } = dateParts(date);
  const [march, october] = [lastSunday(year, 3), lastSunday(year, 10)];
  // The clocks go forward at 02:00 on the March Sunday and back at 03:00 on the October Sunday.
  const summer = (date > march || (date === march && time >= '03:00')) && (date < october || (date === october && time < '02:00'));
  const [h, m] = time.split(':').map(Number) as [number, number];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h - (summer ? 2 : 1), m)).toISOString();
}

export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** Every occurrence of every VEVENT from `from` up to `days` days later, by UID, as ical.js expands them. */
export function expandCalendar(text: string, from: string, days: number): Map<string, Occurrence[]> {
  const calendar = parseCalendar(text);
  const end = addDays(from, days);
  const result = new Map<string, Occurrence[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const occurrences: Occurrence[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const local = next.toString().slice(0, 16);
      if (local.slice(0, 10) > end) break;
      if (local.slice(0, 10) >= from) occurrences.push({ local, utc: next.toJSDate().toISOString() });
    }
    result.set(event.uid, occurrences);
  }
  return result;
}

/** Every line of a content-line text: CRLF only, at most 75 octets each. */
export function rawLines(text: string): string[] {
  return text.split('\r\n');
}
