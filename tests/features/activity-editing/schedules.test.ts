import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityOccurrences, holidayPeriods } from '../../../src/db/schema';
import { localDate } from '../../../src/dates';
import { horizonEnd, occurrencesBetween } from '../../../src/features/activities/recurrence';
import { toActivitySchedule } from '../../../src/features/activities/schedule';
import { runFreshnessJob } from '../../../src/features/freshness/job';
import { rowToData, scheduleOfData } from '../../../src/features/activity-editing/model';
import { activityForm, db, ensureReferenceData, futureDate, partnerWithOrganisation, postForm, roundTrips } from '../../helpers';

let nb: Record<string, number>;
let partner: Awaited<ReturnType<typeof partnerWithOrganisation>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  partner = await partnerWithOrganisation();
});

const form = (overrides: Record<string, string | string[]>) => ({
  ...activityForm(nb.pottenberg!),
  organisationId: String(partner.organisation.id),
  actie: 'opslaan',
  date: '',
  ...overrides,
});
const submit = (overrides: Record<string, string | string[]>) => postForm('/portaal/activiteiten', form(overrides), { cookie: partner.cookie });

function messageAt(html: string, field: string): string | null {
  const match = new RegExp(`id="veld-${field}-fout">([^<]*)<`).exec(html);
  return match ? match[1]!.replace(/&amp;/g, '&') : null;
}

const activityCount = async () =>
  (await db().select({ id: activities.id }).from(activities).where(eq(activities.organisationId, partner.organisation.id))).length;

async function stored(title: string) {
  const [row] = await db().select().from(activities).where(eq(activities.title, title));
  const rows = await db()
    .select({
      date: activityOccurrences.date,
      startTime: activityOccurrences.startTime,
      endTime: activityOccurrences.endTime,
      keys: activityOccurrences.pillarKeys,
    })
    .from(activityOccurrences)
    .where(eq(activityOccurrences.activityId, row!.id))
    .orderBy(asc(activityOccurrences.date));
  return { row: row!, rows };
}

const KINDS: { title: string; fields: Record<string, string | string[]> }[] = [
  { title: 'Eenmalig feest', fields: { scheduleKind: 'once', date: futureDate(9) } },
  { title: 'Wekelijks koffie', fields: { scheduleKind: 'weekly', weekdays: ['2', '4'], fromDate: futureDate(1), exceptions: futureDate(15) } },
  { title: 'Om de week wandelen', fields: { scheduleKind: 'every-n-weeks', interval: '2', weekdays: ['7'], fromDate: futureDate(0) } },
  {
    title: 'Maandelijks Repair Café',
    fields: { scheduleKind: 'monthly', monthMode: 'weekday', monthOrdinals: ['1', '3'], monthWeekday: '2', fromDate: futureDate(0) },
  },
  {
    title: 'Maandelijks op de 15e',
    fields: { scheduleKind: 'monthly', monthMode: 'day', monthDay: '15', fromDate: futureDate(0), untilDate: futureDate(200) },
  },
  {
    title: 'Cursus van drie avonden',
    fields: { scheduleKind: 'series', seriesDates: `${futureDate(20)} 19:00-21:00\n${futureDate(6)}\n${futureDate(13)} 18:30-20:30` },
  },
  { title: 'Peuters zonder vakantie', fields: { scheduleKind: 'weekly', weekdays: ['2'], fromDate: futureDate(0), pauseInHolidays: 'on' } },
];

describe('every schedule kind through the form', () => {
  it('stores each kind with its occurrences over the horizon, exactly as recurrence.ts computes them', async () => {
    const today = localDate(new Date());
    for (const kind of KINDS) {
      const res = await submit({ title: kind.title, ...kind.fields });
      expect(res.status, kind.title).toBe(303);
      const { row, rows } = await stored(kind.title);
      const schedule = scheduleOfData(
        rowToData(row, {
          pillarIds: [],
          neighbourhoodIds: [],
          targetGroups: [],
          exceptionDates: kind.fields.exceptions ? [kind.fields.exceptions as string] : [],
          coOrganiserIds: [],
        }),
      );
      const expected = occurrencesBetween(toActivitySchedule(schedule), today, horizonEnd(today)).map((o) => ({
        date: o.date,
        startTime: o.startTime,
        endTime: o.endTime,
      }));
      expect(
        rows.map(({ date, startTime, endTime }) => ({ date, startTime, endTime })),
        kind.title,
      ).toEqual(expected);
      expect(rows.length, kind.title).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.keys === '|health|'),
        kind.title,
      ).toBe(true);
      expect(row.nextDate, kind.title).toBe(rows[0]!.date);
    }
  });

  it('keeps the series times per date and stores the kind fields close to RRULE', async () => {
    const { row, rows } = await stored('Cursus van drie avonden');
    expect(row.scheduleKind).toBe('series');
    expect(rows.map((r) => [r.date, r.startTime])).toEqual([
      [futureDate(6), '10:00'],
      [futureDate(13), '18:30'],
      [futureDate(20), '19:00'],
    ]);
    const walk = await stored('Om de week wandelen');
    expect(walk.row.scheduleInterval).toBe(2);
    expect(walk.rows.every((r, i) => i === 0 || (Date.parse(r.date) - Date.parse(walk.rows[i - 1]!.date)) / 86_400_000 === 14)).toBe(true);
  });

  it('the daily job run twice the same day changes nothing the second time', async () => {
    const now = new Date();
    await runFreshnessJob(db(), { now, origin: 'http://localhost' });
    const before = await db().select().from(activityOccurrences).orderBy(asc(activityOccurrences.activityId), asc(activityOccurrences.date));
    const second = await runFreshnessJob(db(), { now, origin: 'http://localhost' });
    expect(second.occurrencesAdded).toBe(0);
    expect(second.occurrencesRemoved).toBe(0);
    const after = await db().select().from(activityOccurrences).orderBy(asc(activityOccurrences.activityId), asc(activityOccurrences.date));
    expect(after).toEqual(before);
  });

  it('the job a day later removes the passed day and adds the new day of the horizon', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    const { row } = await stored('Wekelijks koffie');
    await db().insert(activityOccurrences).values({ activityId: row.id, date: '2020-01-07', startTime: '10:00', endTime: '11:00' });
    const report = await runFreshnessJob(db(), { now: tomorrow, origin: 'http://localhost' });
    expect(report.occurrencesRemoved).toBeGreaterThanOrEqual(1);
    const rows = await db().select().from(activityOccurrences).where(eq(activityOccurrences.activityId, row.id));
    expect(rows.some((r) => r.date === '2020-01-07')).toBe(false);
  });
});

describe('impossible schedules', () => {
  const CASES: { name: string; fields: Record<string, string | string[]>; field: string; message: string }[] = [
    {
      name: 'until before start',
      fields: { scheduleKind: 'monthly', monthMode: 'day', monthDay: '3', fromDate: futureDate(30), untilDate: futureDate(10) },
      field: 'untilDate',
      message: 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.',
    },
    {
      name: 'every 2 weeks without a weekday',
      fields: { scheduleKind: 'every-n-weeks', interval: '2', weekdays: [], fromDate: futureDate(1) },
      field: 'weekdays',
      message: 'Kies minstens één dag van de week.',
    },
    {
      name: 'a fifth Tuesday',
      fields: { scheduleKind: 'monthly', monthMode: 'weekday', monthOrdinals: ['5'], monthWeekday: '2', fromDate: futureDate(1) },
      field: 'monthOrdinals',
      message: 'Een vijfde weekdag is er niet elke maand. Kies de eerste tot en met vierde, of de laatste.',
    },
    {
      name: 'monthly without a week',
      fields: { scheduleKind: 'monthly', monthMode: 'weekday', monthOrdinals: [], monthWeekday: '2', fromDate: futureDate(1) },
      field: 'monthOrdinals',
      message: 'Kies minstens één week van de maand, zoals de eerste.',
    },
    {
      name: 'a series date in the past',
      fields: { scheduleKind: 'series', seriesDates: `2020-03-03\n${futureDate(4)}` },
      field: 'seriesDates',
      message: 'Een van de data ligt in het verleden. Kies vandaag of een latere datum.',
    },
    {
      name: 'a series without dates',
      fields: { scheduleKind: 'series', seriesDates: '' },
      field: 'seriesDates',
      message: 'Vul minstens één datum in.',
    },
    {
      name: 'a series with more than 400 dates',
      fields: { scheduleKind: 'series', seriesDates: Array.from({ length: 401 }, (_, i) => futureDate(i + 1)).join('\n') },
      field: 'seriesDates',
      message: 'Vul hoogstens 400 data in.',
    },
    {
      name: 'a series date that ends before it starts',
      fields: { scheduleKind: 'series', seriesDates: `${futureDate(3)} 21:00-19:00` },
      field: 'seriesDates',
      message: 'Bij een van de data ligt de eindtijd vóór of op de begintijd.',
    },
    {
      name: 'no date at all (only day 31, between two 30-day months)',
      fields: { scheduleKind: 'monthly', monthMode: 'day', monthDay: '31', fromDate: '2027-04-01', untilDate: '2027-04-30' },
      field: 'fromDate',
      message: 'Met deze keuzes vindt de activiteit op geen enkele datum plaats. Controleer de dagen en de periode.',
    },
    {
      name: 'times that end before they start',
      fields: { scheduleKind: 'weekly', weekdays: ['1'], fromDate: futureDate(1), startTime: '12:00', endTime: '10:00' },
      field: 'endTime',
      message: 'De eindtijd ligt vóór of op de begintijd. Kies een eindtijd na de begintijd.',
    },
  ];
  for (const c of CASES) {
    it(`${c.name}: a Dutch message at the field, everything typed kept, nothing stored`, async () => {
      const before = await activityCount();
      const res = await submit({ title: `Onmogelijk: ${c.name}`, ...c.fields });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(messageAt(html, c.field)).toBe(c.message);
      expect(html).toContain(`value="Onmogelijk: ${c.name}"`);
      expect(await activityCount()).toBe(before);
    });
  }
});

describe('the live preview of the next dates', () => {
  it('lists the next six dates in Dutch, and the first problem when there is one', async () => {
    const res = await postForm(
      '/portaal/activiteiten/datums',
      {
        scheduleKind: 'monthly',
        monthMode: 'weekday',
        monthOrdinals: ['1', '3'],
        monthWeekday: '2',
        fromDate: futureDate(0),
        startTime: '19:00',
        endTime: '21:00',
      },
      { cookie: partner.cookie, headers: { 'HX-Request': 'true' } } as never,
    );
    expect(res.status).toBe(200);
    // It asks on every change: one round trip for the session, one for the form's options with the holiday periods.
    expect(roundTrips(res)).toBe(2);
    const html = await res.text();
    expect(html).toContain('De eerstvolgende data');
    expect(html.match(/<li class="utrecht-unordered-list__item">/g)).toHaveLength(6);
    expect(html).toMatch(/dinsdag \d+ \w+, 19:00–21:00|Vandaag, 19:00–21:00|Morgen, 19:00–21:00/);
    const bad = await postForm(
      '/portaal/activiteiten/datums',
      { scheduleKind: 'weekly', weekdays: [], fromDate: futureDate(0), startTime: '10:00', endTime: '11:00' },
      { cookie: partner.cookie } as never,
    );
    expect(await bad.text()).toContain('Kies minstens één dag van de week.');
  });
});

describe('the live preview leaves out the holiday dates of a schedule that pauses', () => {
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const inWords = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return `${d} ${MONTHS[m - 1]}${y === Number(futureDate(0).slice(0, 4)) ? '' : ` ${y}`}`;
  };
  const preview = async (pause: boolean) => {
    const fields = {
      scheduleKind: 'weekly',
      weekdays: ['1', '2', '3', '4', '5', '6', '7'],
      fromDate: futureDate(0),
      startTime: '10:00',
      endTime: '11:00',
      ...(pause ? { pauseInHolidays: 'on' } : {}),
    };
    const res = await postForm('/portaal/activiteiten/datums', fields, { cookie: partner.cookie, headers: { 'HX-Request': 'true' } } as never);
    return (await res.text()).replace(/&amp;/g, '&');
  };

  it('says which dates it leaves out and for which holiday; without the pause every date shows', async () => {
    const [period] = await db()
      .insert(holidayPeriods)
      .values({ name: 'Testvakantie', fromDate: futureDate(2), toDate: futureDate(3), createdAt: new Date(), updatedAt: new Date() })
      .returning();
    try {
      const paused = await preview(true);
      const items = [...paused.matchAll(/<li class="utrecht-unordered-list__item">([^<]*)<\/li>/g)].map((m) => m[1]!);
      expect(items).toHaveLength(6);
      expect(items.some((i) => i.includes(`${inWords(futureDate(2))},`) || i.includes(`${inWords(futureDate(3))},`))).toBe(false);
      expect(items.some((i) => i.includes(`${inWords(futureDate(4))},`))).toBe(true);
      expect(paused).toContain(`Niet op ${inWords(futureDate(2))} en ${inWords(futureDate(3))}: Testvakantie`);
      const plain = await preview(false);
      expect(plain.match(/<li class="utrecht-unordered-list__item">/g)).toHaveLength(6);
      expect(plain).not.toContain('Niet op');
    } finally {
      await db().delete(holidayPeriods).where(eq(holidayPeriods.id, period!.id));
    }
  });
});
