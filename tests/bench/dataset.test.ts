import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/dates';
import { loadHolidayPeriods, occurrenceRows, scheduleColumns, scheduleOfRow, type ScheduleRow } from '../../src/features/activities/occurrences';
import { activities, activityOccurrences, holidayPeriods } from '../../src/db/schema';
import { asc } from 'drizzle-orm';
import { db, ensureReferenceData } from '../helpers';
import { addReferenceData, growActivities } from './dataset.mjs';
import { fillOccurrences } from './occurrences-fill';

// The bench's dataset, at a small size: its occurrences must be exactly what the portal stores for each activity.
const SIZE = 400;
const today = localDate(new Date());

beforeAll(async () => {
  await db()
    .insert(holidayPeriods)
    .values({ name: 'Benchvakantie', fromDate: addDays(today, 5), toDate: addDays(today, 20), createdAt: new Date(), updatedAt: new Date() });
  await ensureReferenceData();
  await addReferenceData(env.DB);
  await growActivities(env.DB, SIZE);
}, 60_000);

describe('the bench dataset with its occurrences', () => {
  it('mixes every recurring kind', async () => {
    const rows = await db()
      .select({
        kind: activities.scheduleKind,
        interval: activities.scheduleInterval,
        ordinals: activities.monthOrdinals,
        day: activities.monthDay,
        pause: activities.pauseInHolidays,
      })
      .from(activities);
    expect(rows).toHaveLength(SIZE);
    expect(rows.some((r) => r.kind === 'once')).toBe(true);
    expect(rows.some((r) => r.kind === 'weekly' && r.interval === 1)).toBe(true);
    expect(rows.some((r) => r.kind === 'weekly' && r.interval > 1)).toBe(true);
    expect(rows.some((r) => r.kind === 'monthly' && r.ordinals > 0)).toBe(true);
    expect(rows.some((r) => r.kind === 'monthly' && r.day !== null)).toBe(true);
    expect(rows.some((r) => r.pause)).toBe(true);
  });

  it('fills activity_occurrences with what the occurrences module computes for each activity, keys and next dates included; a second fill adds nothing', async () => {
    const filled = await fillOccurrences(env.DB);
    expect(filled.added).toBeGreaterThan(SIZE);
    const ctx = { today, holidays: await loadHolidayPeriods(db()) };
    const schedules = (await db()
      .select({ ...scheduleColumns, status: activities.status, nextDate: activities.nextDate, keys: activities.pillarKeys })
      .from(activities)) as (ScheduleRow & { status: string; nextDate: string | null; keys: string })[];
    const all = await db()
      .select({
        id: activityOccurrences.activityId,
        date: activityOccurrences.date,
        start: activityOccurrences.startTime,
        end: activityOccurrences.endTime,
        keys: activityOccurrences.pillarKeys,
      })
      .from(activityOccurrences)
      .orderBy(asc(activityOccurrences.activityId), asc(activityOccurrences.date));
    const byActivity = new Map<number, typeof all>();
    for (const o of all) byActivity.set(o.id, [...(byActivity.get(o.id) ?? []), o]);
    let compared = 0;
    for (const row of schedules) {
      const stored = byActivity.get(row.id) ?? [];
      const live = !['archived', 'rejected'].includes(row.status) && row.lastDate >= today;
      const expected = live ? occurrenceRows(scheduleOfRow({ ...row, exceptions: JSON.parse(row.exceptions) as string[] }), ctx) : [];
      expect(stored.map((s) => [s.date, s.start, s.end])).toEqual(expected);
      expect(stored.every((s) => s.keys === row.keys)).toBe(true);
      if (live && row.status === 'published') expect(row.nextDate).toBe(expected[0]?.[0] ?? null);
      compared += expected.length;
    }
    expect(compared).toBe(filled.added);
    expect((await fillOccurrences(env.DB)).added).toBe(0);
  }, 60_000);
});
