import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { addDays } from '../../../src/dates';
import { occurrenceContext, refreshOccurrences } from '../../../src/features/activities/occurrences';
import { occurrencesBetween, type HolidayPeriod } from '../../../src/features/activities/recurrence';
import { toActivitySchedule, type Schedule } from '../../../src/features/activities/schedule';
import { db, request, roundTrips } from '../../helpers';
import { makeActivity, makeOrganisation, today } from '../activities/fixtures';
import { expandCalendar, expectedUtc, parseCalendar, rawLines, type Occurrence } from './ical-support';

type PublicRow = Omit<Schedule, 'exceptions' | 'seriesDates' | 'pauseInHolidays'> & {
  id: number;
  exceptions: string;
  seriesDates: string | null;
  pauseInHolidays: number;
};

/** Every public activity with its schedule, read straight from the database with the pages' visibility rule. */
async function publicSchedules(): Promise<Map<number, Schedule>> {
  const t = today();
  const { results } = await env.DB.prepare(
    `SELECT a.id, a.schedule_kind AS scheduleKind, a.first_date AS firstDate, a.last_date AS lastDate, a.weekdays, a.start_time AS startTime,
            a.end_time AS endTime, a.schedule_interval AS interval, a.month_ordinals AS monthOrdinals, a.month_day AS monthDay,
            a.series_dates AS seriesDates, a.pause_in_holidays AS pauseInHolidays,
            (SELECT json_group_array(date) FROM activity_exceptions WHERE activity_id = a.id) AS exceptions
       FROM activities a JOIN organisations o ON o.id = a.organisation_id
      WHERE a.status = 'published' AND a.stale_hidden_at IS NULL AND a.last_date >= ? AND o.status = 'approved'`,
  )
    .bind(t)
    .all<PublicRow>();
  return new Map(
    results.map((r) => [
      r.id,
      {
        ...r,
        exceptions: JSON.parse(r.exceptions) as string[],
        seriesDates: r.seriesDates ? JSON.parse(r.seriesDates) : [],
        pauseInHolidays: r.pauseInHolidays === 1,
      },
    ]),
  );
}

const YEAR = 366;
let holidays: HolidayPeriod[] = [];

/** The portal's own occurrences for a year ahead (recurrence.ts, which the pages and the occurrence table use). */
function portalOccurrences(schedule: Schedule): Occurrence[] {
  return occurrencesBetween(toActivitySchedule(schedule), today(), addDays(today(), YEAR), holidays).map((o) => ({
    local: `${o.date}T${o.startTime}`,
    utc: expectedUtc(o.date, o.startTime),
  }));
}

/** Gives a fixture activity a schedule kind beyond once/weekly, as the form would store it. */
async function setSchedule(id: number, columns: Record<string, string | number | null>) {
  const names = Object.keys(columns);
  await env.DB.prepare(`UPDATE activities SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`)
    .bind(...names.map((n) => columns[n]!), id)
    .run();
}

const uidOf = (id: number) => `activiteit-${id}@localhost`;
let schedules: Map<number, Schedule>;
let hidden: number[] = [];
let organisationSlug = '';

beforeAll(async () => {
  await seedDemoData(db());
  const org = await makeOrganisation({ name: 'Agenda; test, organisatie' });
  organisationSlug = org.slug;
  const t = today();
  // Across both changes of summer time, with cancelled dates, and a text that needs escaping and folding.
  await makeActivity({
    organisationId: org.id,
    title: 'Zomer; winter, tijd \\ test',
    weekly: [1, 3],
    firstIn: -20,
    lastIn: 400,
    exceptions: [addDays(t, 7), addDays(t, 8), addDays(t, 9)],
    startTime: '19:30',
    endTime: '21:00',
    description: 'Één lange beschrijving met accenten — é ü ï ë ø — '.repeat(6),
  });
  await makeActivity({
    organisationId: org.id,
    title: 'Elke zondag open eind',
    weekly: [6],
    firstIn: 3,
    lastIn: null,
    startTime: '00:30',
    endTime: '01:30',
  });
  await makeActivity({ organisationId: org.id, title: 'Eenmalig straks', onceIn: 40, startTime: '14:00', endTime: '16:00' });
  // Every kind beyond once and weekly, each crossing both changes of summer time within the year.
  const walk = await makeActivity({
    organisationId: org.id,
    title: 'Om de week wandelen',
    weekly: [1],
    firstIn: -10,
    lastIn: null,
    exceptions: [addDays(t, 21)],
  });
  await setSchedule(walk.id, { schedule_interval: 2 });
  const repair = await makeActivity({
    organisationId: org.id,
    title: 'Repair Café 1e en 3e dinsdag',
    weekly: [1],
    firstIn: -40,
    lastIn: 500,
    startTime: '19:00',
    endTime: '21:00',
  });
  await setSchedule(repair.id, { schedule_kind: 'monthly', month_ordinals: 0b00101 });
  const friday = await makeActivity({ organisationId: org.id, title: 'Laatste vrijdag', weekly: [4], firstIn: 0, lastIn: null });
  await setSchedule(friday.id, { schedule_kind: 'monthly', month_ordinals: 0b10000 });
  const day = await makeActivity({ organisationId: org.id, title: 'Elke 15e', weekly: [0], firstIn: 0, lastIn: null });
  await setSchedule(day.id, { schedule_kind: 'monthly', weekdays: 0, month_day: 15 });
  const slots = Array.from({ length: 8 }, (_, i) => ({
    date: addDays(t, 10 + i * 30),
    startTime: i % 2 ? '09:00' : '13:30',
    endTime: i % 2 ? '11:00' : '15:00',
  }));
  const course = await makeActivity({
    organisationId: org.id,
    title: 'Cursus van acht bijeenkomsten',
    weekly: [0],
    firstIn: 10,
    lastIn: 10 + 7 * 30,
  });
  await setSchedule(course.id, { schedule_kind: 'series', weekdays: 0, series_dates: JSON.stringify(slots), start_time: '13:30', end_time: '15:00' });
  const paused = await makeActivity({ organisationId: org.id, title: 'Niet in de vakanties', weekly: [2], firstIn: -5, lastIn: null });
  await setSchedule(paused.id, { pause_in_holidays: 1 });
  await env.DB.prepare('INSERT INTO holiday_periods (name, from_date, to_date) VALUES (?, ?, ?)')
    .bind('Testvakantie', addDays(t, 30), addDays(t, 45))
    .run();
  await refreshOccurrences(db(), await occurrenceContext(db(), t));
  // The stored next date of these kinds comes from the materialised occurrences: recompute it now that they exist.
  const changed = [walk, repair, friday, day, course, paused].map((a) => a.id);
  await env.DB.prepare(`UPDATE activities SET first_date = first_date WHERE id IN (${changed.join(',')})`).run();
  holidays = (await env.DB.prepare('SELECT name, from_date AS fromDate, to_date AS toDate FROM holiday_periods').all<HolidayPeriod>()).results;
  hidden = [
    (await makeActivity({ organisationId: org.id, title: 'Gearchiveerd', weekly: [2], status: 'archived' })).id,
    (await makeActivity({ organisationId: org.id, title: 'Verborgen als verouderd', weekly: [2], staleHidden: true })).id,
    (await makeActivity({ organisationId: org.id, title: 'Concept', onceIn: 5, status: 'draft' })).id,
  ];
  schedules = await publicSchedules();
});

describe('/activiteiten.ics', () => {
  it('is a valid iCalendar text: CRLF, lines of at most 75 octets, one VTIMEZONE, one round trip', async () => {
    const res = await request('/activiteiten.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(roundTrips(res)).toBe(1);
    const text = await res.text();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of rawLines(text)) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:');
  });

  it('expands, with ical.js, to exactly the portal’s own dates for a year ahead, summer time included, for every public activity', async () => {
    const expanded = expandCalendar(await (await request('/activiteiten.ics')).text(), today(), YEAR);
    expect([...expanded.keys()].sort()).toEqual([...schedules.keys()].map(uidOf).sort());
    const kinds = new Set(
      [...schedules.values()].map((s) => `${s.scheduleKind}${s.interval && s.interval > 1 ? '/n' : ''}${s.pauseInHolidays ? '/pause' : ''}`),
    );
    for (const kind of ['once', 'weekly', 'weekly/n', 'weekly/pause', 'monthly', 'series']) expect(kinds, kind).toContain(kind);
    let summer = 0;
    let winter = 0;
    for (const [id, schedule] of schedules) {
      const expected = portalOccurrences(schedule);
      expect(expanded.get(uidOf(id)), `activity ${id} (${schedule.scheduleKind})`).toEqual(expected);
      for (const o of expected) o.utc.slice(11, 13) === String(Number(o.local.slice(11, 13)) - 2).padStart(2, '0') ? summer++ : winter++;
    }
    expect(summer).toBeGreaterThan(0);
    expect(winter).toBeGreaterThan(0);
  });

  it('leaves out archived, stale-hidden and unpublished activities', async () => {
    const text = await (await request('/activiteiten.ics')).text();
    for (const id of hidden) expect(text).not.toContain(uidOf(id));
  });

  it('escapes , ; and \\ in text, and unfolds back to the original title', async () => {
    const calendar = parseCalendar(await (await request('/activiteiten.ics')).text());
    const titles = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
    expect(titles).toContain('Zomer; winter, tijd \\ test');
    const text = await (await request('/activiteiten.ics')).text();
    expect(text).toContain('SUMMARY:Zomer\\; winter\\, tijd \\\\ test');
  });

  it('carries UID, DTSTAMP, LAST-MODIFIED, SEQUENCE (the version), LOCATION, URL and DESCRIPTION; SEQUENCE rises with the version', async () => {
    const [id] = [...schedules.keys()];
    const read = async () => parseCalendar(await (await request(`/activiteiten/${id}.ics`)).text()).getFirstSubcomponent('vevent')!;
    const event = await read();
    for (const name of ['uid', 'dtstamp', 'last-modified', 'sequence', 'location', 'url', 'description'])
      expect(event.hasProperty(name), name).toBe(true);
    const before = Number(event.getFirstPropertyValue('sequence'));
    await env.DB.prepare('UPDATE activities SET version = version + 1, updated_at = updated_at + 1000 WHERE id = ?').bind(id).run();
    expect(Number((await read()).getFirstPropertyValue('sequence'))).toBe(before + 1);
  });

  it('applies exactly the filters of /activiteiten', async () => {
    const text = await (await request('/activiteiten.ics?pijler=health&wijk=pottenberg')).text();
    const { results } = await env.DB.prepare(
      `SELECT activity_id AS id FROM activity_pillars WHERE pillar_id = 'health'
       INTERSECT SELECT an.activity_id FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id WHERE n.slug = 'pottenberg'`,
    ).all<{ id: number }>();
    const expected = results
      .map((r) => r.id)
      .filter((id) => schedules.has(id))
      .map(uidOf)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect([...expandCalendar(text, today(), YEAR).keys()].sort()).toEqual(expected);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await request('/activiteiten.ics');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get('Cache-Control')).toContain('public');
    const again = await request('/activiteiten.ics', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['an unknown pillar', '?pijler=onbekend'],
    ['an unknown neighbourhood', '?wijk=bestaat-niet'],
    ['a malformed date', '?van=2026-02-30'],
    ['script in a parameter', '?doelgroep=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('refuses %s with the Dutch page, 400, nothing reflected', async (_name, query) => {
    const res = await request(`/activiteiten.ics${query}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dit adres klopt niet helemaal');
    expect(html).not.toContain('<script>alert');
  });

  it('takes a 10,000-character search as the page does (cut, never an error)', async () => {
    const res = await request(`/activiteiten.ics?zoek=${'taal '.repeat(2000)}`);
    expect(res.status).toBe(200);
  });
});

describe('the other calendars', () => {
  it('one activity, one organisation and one neighbourhood expand to the portal’s dates', async () => {
    const [id, schedule] = [...schedules][0]!;
    const single = expandCalendar(await (await request(`/activiteiten/${id}.ics`)).text(), today(), YEAR);
    expect(single.get(uidOf(id))).toEqual(portalOccurrences(schedule));

    const orgFeed = await request(`/partners/${organisationSlug}/activiteiten.ics`);
    expect(orgFeed.status).toBe(200);
    expect(roundTrips(orgFeed)).toBe(1);
    const byOrg = expandCalendar(await orgFeed.text(), today(), YEAR);
    expect(byOrg.size).toBe(9); // three weekly or one-off activities and six of the other kinds
    for (const [uid, occurrences] of byOrg) {
      const orgId = Number(/activiteit-(\d+)@/.exec(uid)![1]);
      expect(occurrences).toEqual(portalOccurrences(schedules.get(orgId)!));
    }

    const nbFeed = expandCalendar(await (await request('/wijken/nazareth/activiteiten.ics')).text(), today(), YEAR);
    expect(nbFeed.size).toBeGreaterThan(0);
    for (const [uid, occurrences] of nbFeed) expect(occurrences).toEqual(portalOccurrences(schedules.get(Number(/-(\d+)@/.exec(uid)![1]))!));
  });

  it('answers 404 for an activity that is not public, an unknown organisation or neighbourhood', async () => {
    expect((await request(`/activiteiten/${hidden[0]}.ics`)).status).toBe(404);
    expect((await request('/partners/bestaat-niet/activiteiten.ics')).status).toBe(404);
    expect((await request('/wijken/bestaat-niet/activiteiten.ics')).status).toBe(404);
  });
});
