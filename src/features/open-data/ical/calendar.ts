// An iCalendar object (RFC 5545) of public activities: one VEVENT per activity, recurring ones with RRULE/EXDATE.
import type { OpenActivity } from '../queries';
import { type Recurrence, recurrenceOf, rruleText } from './recurrence';
import { contentLines, escapeText } from './text';
import { localDateTime, utcDateTime } from './time';
import { TZID, VTIMEZONE_LINES } from './timezone';

export type CalendarInfo = {
  /** The portal's origin, for UIDs and URLs: `https://veerkrachtigewijken.nl`. */
  origin: string;
  name: string;
  description: string;
  /** Added to the title of demo activities, so a calendar shows them as demo too. */
  demoLabel: string;
  /** Today in Maastricht: cancelled dates are written from a month back up to the horizon. */
  today: string;
};

/** Stable for the life of the activity, whatever changes: calendar apps match updates on it. */
export const activityUid = (id: number, origin: string) => `activiteit-${id}@${new URL(origin).host}`;

export function locationText(a: Pick<OpenActivity, 'locationName' | 'street' | 'postcode' | 'city'>): string {
  return [a.locationName, a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function eventLines(a: OpenActivity, recurrence: Recurrence, info: CalendarInfo): string[] {
  const url = `${info.origin}/activiteiten/${a.id}`;
  const modified = utcDateTime(a.updatedAt);
  const description = [a.summary, a.description, `${a.organisation.name} — ${url}`].filter(Boolean).join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${activityUid(a.id, info.origin)}`,
    // Without METHOD, DTSTAMP is the time the information was last revised (RFC 5545 §3.8.7.2): the feed stays
    // byte-identical between changes, so its ETag does too.
    `DTSTAMP:${modified}`,
    `LAST-MODIFIED:${modified}`,
    `CREATED:${utcDateTime(a.createdAt)}`,
    `SEQUENCE:${a.version}`,
    `SUMMARY:${escapeText(a.isDemo ? `${a.title} (${info.demoLabel})` : a.title)}`,
    `DTSTART;TZID=${TZID}:${localDateTime(recurrence.startDate, recurrence.startTime)}`,
    `DTEND;TZID=${TZID}:${localDateTime(recurrence.startDate, recurrence.endTime)}`,
  ];
  if (recurrence.rule) lines.push(`RRULE:${rruleText(recurrence.rule)}`);
  if (recurrence.rdates.length) lines.push(`RDATE;TZID=${TZID}:${recurrence.rdates.join(',')}`);
  for (const exdate of recurrence.exdates) lines.push(`EXDATE;TZID=${TZID}:${exdate}`);
  lines.push(
    `LOCATION:${escapeText(locationText(a))}`,
    `URL;VALUE=URI:${url}`,
    `DESCRIPTION:${escapeText(description)}`,
    `ORGANIZER;CN=${paramText(a.organisation.name)}:${info.origin}/partners/${encodeURIComponent(a.organisation.slug)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  );
  return lines;
}

/** A parameter value (CN=…): quoted, with the characters a quoted parameter cannot hold removed. */
function paramText(value: string): string {
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

export function renderCalendar(activities: readonly OpenActivity[], info: CalendarInfo): string {
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Veerkrachtige Wijken Maastricht//Partnerportaal//NL',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(info.name)}`,
    `X-WR-CALDESC:${escapeText(info.description)}`,
    `X-WR-TIMEZONE:${TZID}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...VTIMEZONE_LINES,
    // A pattern whose first date lies after its last has no dates at all; as a VEVENT its DTSTART would count as one.
    ...activities
      .map((a) => ({ a, recurrence: recurrenceOf(a.schedule, info.today, a.holidays) }))
      .filter(({ a, recurrence }) => recurrence.startDate <= a.schedule.lastDate)
      .flatMap(({ a, recurrence }) => eventLines(a, recurrence, info)),
    'END:VCALENDAR',
  ]);
}
