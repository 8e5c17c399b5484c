import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityOccurrences, auditLog, holidayPeriods } from '../../../src/db/schema';
import { addDays } from '../../../src/features/activities/dates';
import { db, partnerWithOrganisation, postForm, request, reviewer } from '../../helpers';
import { makeActivity, makeOrganisation, today } from '../activities/fixtures';
import { activities } from '../../../src/db/schema';

let team: Awaited<ReturnType<typeof reviewer>>;
let pausedId: number;
let plainId: number;
const datesOf = async (id: number) =>
  (await db().select({ date: activityOccurrences.date }).from(activityOccurrences).where(eq(activityOccurrences.activityId, id))).map((r) => r.date).sort();

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
    const res = await postForm('/vakanties', { name: 'Stiekem', fromDate: addDays(today(), 3), toDate: addDays(today(), 5) }, { cookie: partner.cookie });
    expect(res.status).toBe(403);
    expect(await db().select().from(holidayPeriods)).toHaveLength(0);
  });

  it('refuses a period that ends before it starts: a Dutch message at the field, input kept, nothing stored', async () => {
    const res = await postForm('/vakanties', { name: 'Kerstvakantie regio Zuid', fromDate: addDays(today(), 10), toDate: addDays(today(), 4) }, { cookie: team.cookie });
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
