// schema.org `Event` JSON-LD for an activity page: what search engines read to show it as an event.
import { raw } from 'hono/html';
import { OPEN_END_DATE } from '../../../db/enums';
import type { ActivityView } from '../../activities/detail';
import { nextOccurrences } from '../../activities/schedule';
import { recurrenceRuleOf, type RecurrenceRule } from '../ical/recurrence';
import { maastrichtToUtc } from '../ical/time';
import { TZID } from '../ical/timezone';

const DAY_NAMES: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const FREQUENCY: Record<RecurrenceRule['freq'], string> = { WEEKLY: 'W', MONTHLY: 'M' };

/** `2026-03-31T10:00:00+02:00`: the wall-clock time in Maastricht with its offset that day. */
export function offsetDateTime(date: string, time: string): string {
  const utc = maastrichtToUtc(date, time).getTime();
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const minutes = Math.round((Date.UTC(y, m - 1, d, hh, mm) - utc) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function eventSchedule(rule: RecurrenceRule, activity: ActivityView, today: string) {
  const s = activity.schedule;
  const ordinals = rule.byDay.map((day) => /^(-?\d+)?([A-Z]{2})$/.exec(day)).filter((m): m is RegExpExecArray => m !== null);
  return {
    '@type': 'Schedule',
    repeatFrequency: `P${rule.interval}${FREQUENCY[rule.freq]}`,
    ...(ordinals.length ? { byDay: [...new Set(ordinals.map((m) => `https://schema.org/${DAY_NAMES[m[2]!]}`))] } : {}),
    ...(ordinals.some((m) => m[1]) ? { byMonthWeek: ordinals.map((m) => Number(m[1])) } : {}),
    ...(rule.byMonthDay.length ? { byMonthDay: rule.byMonthDay } : {}),
    startDate: s.firstDate,
    ...(s.lastDate !== OPEN_END_DATE ? { endDate: s.lastDate } : {}),
    startTime: `${s.startTime}:00`,
    endTime: `${s.endTime}:00`,
    scheduleTimezone: TZID,
    ...(s.exceptions.some((d) => d >= today) ? { exceptDate: s.exceptions.filter((d) => d >= today) } : {}),
  };
}

export function activityJsonLd(activity: ActivityView, url: string, origin: string, today: string, demoLabel: string) {
  const s = activity.schedule;
  const next = nextOccurrences(s, today, 1)[0] ?? s.firstDate;
  const rule = recurrenceRuleOf(s);
  const organiserUrl = activity.organisation.slug ? `${origin}/partners/${encodeURIComponent(activity.organisation.slug)}` : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: activity.isDemo ? `${activity.title} (${demoLabel})` : activity.title,
    description: activity.summary,
    url,
    startDate: offsetDateTime(next, s.startTime),
    endDate: offsetDateTime(next, s.endTime),
    ...(rule ? { eventSchedule: eventSchedule(rule, activity, today) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: activity.locationName,
      address: {
        '@type': 'PostalAddress',
        streetAddress: activity.street,
        postalCode: activity.postcode,
        addressLocality: activity.city,
        addressCountry: 'NL',
      },
    },
    organizer: { '@type': 'Organization', name: activity.organisation.name, ...(organiserUrl ? { url: organiserUrl } : {}) },
    isAccessibleForFree: !activity.costCents,
    ...(activity.costCents ? { offers: { '@type': 'Offer', price: (activity.costCents / 100).toFixed(2), priceCurrency: 'EUR', url } } : {}),
    inLanguage: 'nl',
  };
}

/**
 * JSON inside `<script>`: `<`, `>` and `&` as \u escapes (so no `</script>` or `<!--` can end or bend the element) and
 * the two line separators JavaScript once refused.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export function JsonLd({ data, nonce }: { data: unknown; nonce?: string }) {
  return (
    <script type="application/ld+json" nonce={nonce}>
      {raw(scriptSafeJson(data))}
    </script>
  );
}
