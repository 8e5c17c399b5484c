import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityOccurrences, auditLog, holidayPeriods } from '../../../src/db/schema';
import { addDays } from '../../../src/dates';
import { db, partnerWithOrganisation, postForm, request, reviewer } from '../../helpers';
import { makeActivity, makeOrganisation, today } from '../activities/fixtures';
import { activities } from '../../../src/db/schema';
import { loadHolidayPeriods, occurrenceRows, scheduleColumns, scheduleOfRow, type ScheduleRow } from '../../../src/features/activities/occurrences';

let team: Awaited<ReturnType<typeof reviewer>>;
let pausedId: number;
let plainId: number;
const datesOf = async (id: number) =>
  (await db().select({ date: activityOccurrences.date }).from(activityOccurrences).where(eq(activityOccurrences.activityId, id)))
    .map((r) => r.date)
    .sort();

beforeAll(async () => {
  team = await reviewer();
  const org = await makeOrganisation({ name: 'Vakantiepartner' });
  const paused = await makeActivity({ organisationId: org.id, title: 'Peuterochtend', weekly: [0, 1, 2, 3, 4, 5, 6], firstIn: 0 });
  await db().update(activities).set({ pauseInHolidays: true }).where(eq(activities.id, paused.id));
  pausedId = paused.id;
  plainId = (await makeActivity({ organisationId: org.id, title: 'Gewoon door', weekly: [0, 1, 2, 3, 4, 5, 6], firstIn: 0 })).id;
});

describe('/vakanties', () => {
  it('is for the programme team only', async () => {
    const partner = await partnerWithOrganisation();
    expect((await request('/vakanties', { cookie: partner.cookie })).status).toBe(403);
    const res = await postForm(
      '/vakanties',
      { name: 'Stiekem', fromDate: addDays(today(), 3), toDate: addDays(today(), 5) },
      { cookie: partner.cookie },
    );
    expect(res.status).toBe(403);
    expect(await db().select().from(holidayPeriods)).toHaveLength(0);
  });

  it('refuses a period that ends before it starts: a Dutch message at the field, input kept, nothing stored', async () => {
    const res = await postForm(
      '/vakanties',
      { name: 'Kerstvakantie regio Zuid', fromDate: addDays(today(), 10), toDate: addDays(today(), 4) },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.');
    expect(html).toContain('value="Kerstvakantie regio Zuid"');
    expect(await db().select().from(holidayPeriods)).toHaveLength(0);
  });

  it('adding a period removes its dates from activities that pause, in the same batch, with an audit row; removing brings them back', async () => {
    const before = await datesOf(pausedId);
    const from = addDays(today(), 3);
    const to = addDays(today(), 9);
    const res = await postForm('/vakanties', { name: 'Herfstvakantie regio Zuid', fromDate: from, toDate: to }, { cookie: team.cookie });
    expect(res.status).toBe(303);
    const during = await datesOf(pausedId);
    expect(during).toEqual(before.filter((d) => d < from || d > to));
    expect(await datesOf(plainId)).toHaveLength(before.length);
    const [next] = await db().select({ d: activities.nextDate }).from(activities).where(eq(activities.id, pausedId));
    expect(next!.d).toBe(today());
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, 'holiday-period.add'));
    expect(audits).toHaveLength(1);

    const page = await (await request('/vakanties', { cookie: team.cookie })).text();
    expect(page).toContain('Herfstvakantie regio Zuid');
    const [period] = await db().select().from(holidayPeriods);
    const stale = await postForm(`/vakanties/${period!.id}/verwijderen`, { versie: String(period!.version + 1) }, { cookie: team.cookie });
    expect(stale.status).toBe(409);
    expect(await datesOf(pausedId)).toEqual(during);
    const removed = await postForm(`/vakanties/${period!.id}/verwijderen`, { versie: String(period!.version) }, { cookie: team.cookie });
    expect(removed.status).toBe(303);
    expect(await datesOf(pausedId)).toEqual(before);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'holiday-period.remove'))).toHaveLength(1);
  });
});

describe('changing a period in place', () => {
  let exceptionalId: number;
  beforeAll(async () => {
    const org = await makeOrganisation({ name: 'Vakantiepartner twee' });
    const a = await makeActivity({
      organisationId: org.id,
      title: 'Met een vervallen dag',
      weekly: [0, 1, 2, 3, 4, 5, 6],
      firstIn: 0,
      exceptions: [addDays(today(), 4)],
    });
    await db().update(activities).set({ pauseInHolidays: true }).where(eq(activities.id, a.id));
    exceptionalId = a.id;
  });
  /** What a full recomputation with the stored periods would store: the range-limited one must agree. */
  const recomputed = async (id: number) => {
    const [row] = (await db().select(scheduleColumns).from(activities).where(eq(activities.id, id))) as ScheduleRow[];
    const schedule = scheduleOfRow({ ...row!, exceptions: JSON.parse(row!.exceptions) as string[] });
    return occurrenceRows(schedule, { today: today(), holidays: await loadHolidayPeriods(db()) }).map((r) => r[0]);
  };
  const period = async () => (await db().select().from(holidayPeriods))[0]!;

  it('shows the period as a form in its place, and moves the paused dates in the same batch, with an audit row', async () => {
    const before = await datesOf(pausedId);
    expect(
      (
        await postForm(
          '/vakanties',
          { name: 'Kerstvakantie regio Zuid', fromDate: addDays(today(), 3), toDate: addDays(today(), 6) },
          { cookie: team.cookie },
        )
      ).status,
    ).toBe(303);
    const p = await period();
    const edit = await (await request(`/vakanties/${p.id}/wijzigen`, { cookie: team.cookie })).text();
    expect(edit).toContain(`action="/vakanties/${p.id}"`);
    expect(edit).toContain('value="Kerstvakantie regio Zuid"');
    expect(edit).not.toContain('Vakantieperiode toevoegen');

    const res = await postForm(
      `/vakanties/${p.id}`,
      { versie: String(p.version), name: 'Kerstvakantie (verschoven)', fromDate: addDays(today(), 10), toDate: addDays(today(), 12) },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/vakanties?melding=gewijzigd');
    const from = addDays(today(), 10);
    const to = addDays(today(), 12);
    expect(await datesOf(pausedId)).toEqual(before.filter((d) => d < from || d > to));
    // The freed days come back, except the one cancelled on its own.
    const exceptional = await datesOf(exceptionalId);
    expect(exceptional).toContain(addDays(today(), 3));
    expect(exceptional).not.toContain(addDays(today(), 4));
    expect(exceptional).not.toContain(addDays(today(), 11));
    for (const id of [pausedId, exceptionalId]) expect(await datesOf(id)).toEqual(await recomputed(id));
    expect(await datesOf(plainId)).toHaveLength(before.length);
    const changed = await period();
    expect(changed).toMatchObject({ name: 'Kerstvakantie (verschoven)', fromDate: from, toDate: to, version: p.version + 1 });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'holiday-period.change'));
    expect(JSON.parse(audit!.detail!)).toMatchObject({ was: { fromDate: addDays(today(), 3) }, now: { fromDate: from } });
  });

  it('answers a stale change with 409: the input kept, the current state named, nothing changed', async () => {
    const p = await period();
    const dates = await datesOf(pausedId);
    const res = await postForm(
      `/vakanties/${p.id}`,
      { versie: String(p.version - 1), name: 'Oude invoer', fromDate: addDays(today(), 20), toDate: addDays(today(), 22) },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('value="Oude invoer"');
    expect(html).toContain('Nu staat er: Kerstvakantie (verschoven)');
    expect(html).toContain(`<input type="hidden" name="versie" value="${p.version}"/>`);
    expect(await period()).toEqual(p);
    expect(await datesOf(pausedId)).toEqual(dates);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'holiday-period.change'))).toHaveLength(1);
  });

  it('refuses a changed period that ends before it starts: a Dutch message at the field, nothing stored', async () => {
    const p = await period();
    const res = await postForm(
      `/vakanties/${p.id}`,
      { versie: String(p.version), name: 'Achterstevoren', fromDate: addDays(today(), 30), toDate: addDays(today(), 25) },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="veld-toDate-fout">[^<]*De einddatum ligt vóór de begindatum/);
    expect(html).toContain('value="Achterstevoren"');
    expect(await period()).toEqual(p);
  });

  it('is for the programme team only', async () => {
    const p = await period();
    const partner = await partnerWithOrganisation();
    const res = await postForm(
      `/vakanties/${p.id}`,
      { versie: String(p.version), name: 'Stiekem', fromDate: addDays(today(), 1), toDate: addDays(today(), 2) },
      { cookie: partner.cookie },
    );
    expect(res.status).toBe(403);
    expect(await period()).toEqual(p);
  });
});
