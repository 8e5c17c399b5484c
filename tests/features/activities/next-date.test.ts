import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityExceptions } from '../../../src/db/schema';
import { addDays, laterDate } from '../../../src/dates';
import { nextDateText, nextDateTriggerStatements } from '../../../src/features/activities/next-date';
import { runFreshnessJob } from '../../../src/features/freshness/job';
import { db } from '../../helpers';
import { loadActivityList } from '../../../src/features/activities/queries';
import { nextOccurrences, weekdayMask, type Schedule } from '../../../src/features/activities/schedule';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { makeActivity, makeOrganisation, today } from './fixtures';

// The list sorts and pages on each activity's next date, stored by the database (triggers) or computed in SQL for
// rows whose stored date has passed; the detail page lists dates with `nextOccurrences` in TypeScript. All must agree
// for every kind of schedule, cancelled dates included.
type Case = { title: string; schedule: Schedule };
const cases: Case[] = [];

function weeklyCase(days: number[], firstIn: number, lastIn: number | null, cancelFirst: number) {
  const t = today();
  const base: Schedule = {
    scheduleKind: 'weekly',
    firstDate: addDays(t, firstIn),
    lastDate: lastIn === null ? OPEN_END_DATE : addDays(t, lastIn),
    weekdays: weekdayMask(days),
    startTime: '10:00',
    endTime: '11:00',
    exceptions: [],
  };
  const exceptions = nextOccurrences(base, t, cancelFirst);
  cases.push({ title: `Wekelijks ${days.join('')} ${firstIn} ${lastIn} ${cancelFirst}`, schedule: { ...base, exceptions } });
}

beforeAll(async () => {
  for (let day = 0; day < 7; day++) weeklyCase([day], -20, null, 0);
  for (let day = 0; day < 7; day++) weeklyCase([day], 3, 40, 1);
  weeklyCase([1, 3], -5, null, 2);
  weeklyCase([0, 1, 2, 3, 4, 5, 6], -1, 10, 5);
  weeklyCase([5, 6], 10, null, 0);
  weeklyCase([2], -30, 4, 0); // may or may not have a date left within 4 days
  weeklyCase([4], -30, 20, 3); // all remaining dates but one or none cancelled
  weeklyCase([0], -30, 6, 1);
  const org = await makeOrganisation({ name: 'Roosterpartner' });
  for (const c of cases) {
    const s = c.schedule;
    const t = today();
    await makeActivity({
      organisationId: org.id,
      title: c.title,
      weekly: [0, 1, 2, 3, 4, 5, 6].filter((d) => (s.weekdays >> d) & 1),
      firstIn: (Date.parse(s.firstDate) - Date.parse(t)) / 86_400_000,
      lastIn: s.lastDate === OPEN_END_DATE ? null : (Date.parse(s.lastDate) - Date.parse(t)) / 86_400_000,
      exceptions: s.exceptions,
    });
  }
});

async function nextDates(from?: string, until?: string) {
  const data = await loadActivityList(env.DB, today(), { from, until }, { limit: 500 });
  return new Map(data.cards.map((card) => [card.title, card.nextDate]));
}

describe('next date of weekly activities', () => {
  it('agrees with the calendar logic for every schedule', async () => {
    const listed = await nextDates();
    expect(listed.size).toBeGreaterThanOrEqual(cases.length - 3);
    for (const c of cases) {
      expect(listed.get(c.title), c.title).toBe(nextOccurrences(c.schedule, today(), 1)[0]);
    }
  });

  it('agrees inside a date range', async () => {
    const from = addDays(today(), 9);
    const until = addDays(today(), 20);
    const listed = await nextDates(from, until);
    for (const c of cases) {
      const expected = nextOccurrences(c.schedule, laterDate(from, today()), 1)[0];
      expect(listed.get(c.title), c.title).toBe(expected && expected <= until ? expected : undefined);
    }
  });
});

// The stored next date (`activities.next_date`) is written by every schedule-changing command from the date in
// Maastricht (`occurrenceStatements`, as the fixture does), kept by triggers from UTC's date when only a link row
// changes, and moved on by the daily job. The two dates differ in the first hour(s) after midnight in Maastricht: a
// stored date then lies a day early at most, and the list computes such rows itself (next test below).
const utcToday = () => new Date().toISOString().slice(0, 10);

async function storedNextDates(): Promise<Map<string, string | null>> {
  const rows = await db().select({ title: activities.title, nextDate: activities.nextDate }).from(activities);
  return new Map(rows.map((r) => [r.title, r.nextDate]));
}

describe('the stored next date', () => {
  it('is stored with the activity on every insert, for every kind of schedule', async () => {
    const stored = await storedNextDates();
    for (const c of cases) {
      expect(stored.get(c.title), c.title).toBe(nextOccurrences(c.schedule, today(), 1)[0] ?? null);
    }
  });

  it('follows a changed schedule and added or removed cancelled dates', async () => {
    const org = await makeOrganisation({ name: 'Verzetpartner' });
    const t = utcToday();
    const row = await makeActivity({ organisationId: org.id, title: 'Verzet', weekly: [0, 1, 2, 3, 4, 5, 6], firstIn: -3 });
    const read = async () => (await db().select({ d: activities.nextDate }).from(activities).where(eq(activities.id, row.id)))[0]!.d;
    expect(await read()).toBe(today());
    // From here on the triggers compute, from UTC's date.

    await db().insert(activityExceptions).values({ activityId: row.id, date: t });
    expect(await read()).toBe(addDays(t, 1));
    await db()
      .insert(activityExceptions)
      .values({ activityId: row.id, date: addDays(t, 1) });
    expect(await read()).toBe(addDays(t, 2));
    await db()
      .delete(activityExceptions)
      .where(and(eq(activityExceptions.activityId, row.id), eq(activityExceptions.date, t)));
    expect(await read()).toBe(t);

    await db()
      .update(activities)
      .set({ firstDate: addDays(t, 10) })
      .where(eq(activities.id, row.id));
    expect(await read()).toBe(addDays(t, 10));
    await db()
      .update(activities)
      .set({ scheduleKind: 'once', firstDate: addDays(t, -1), lastDate: addDays(t, -1) })
      .where(eq(activities.id, row.id));
    expect(await read()).toBeNull();
  });

  it('lists an activity right while its stored date lies in the past, and the daily job moves it on', async () => {
    const org = await makeOrganisation({ name: 'Nachtpartner' });
    const row = await makeActivity({ organisationId: org.id, title: 'Na middernacht', weekly: [0, 1, 2, 3, 4, 5, 6], firstIn: -10 });
    // As if the date was computed a week ago and the job has not run since.
    await db()
      .update(activities)
      .set({ nextDate: addDays(today(), -7) })
      .where(eq(activities.id, row.id));
    expect((await nextDates()).get('Na middernacht')).toBe(today());

    const report = await runFreshnessJob(db(), { now: new Date(), origin: 'http://localhost' });
    expect(report.datesMoved).toBeGreaterThanOrEqual(1);
    const [after] = await db().select({ d: activities.nextDate }).from(activities).where(eq(activities.id, row.id));
    expect(after!.d).toBe(today());
    expect((await nextDates()).get('Na middernacht')).toBe(today());
  });
});

describe('migration 0011', () => {
  it('holds exactly the next-date triggers generated from nextDateText (replacing those of 0006)', () => {
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0011'))!.queries.map((q) => q.trim());
    for (const statement of nextDateTriggerStatements()) expect(migration.join('\n')).toContain(statement.replace(/;$/, ''));
    const expected = nextDateText('activities', "date('now')");
    const uses = migration.join('\n').split('SET `next_date` = ').slice(1);
    expect(uses).toHaveLength(6); // insert and schedule change, 3 triggers on cancelled dates (update: old and new)
    for (const use of uses) expect(use.startsWith(expected)).toBe(true);
  });
});
