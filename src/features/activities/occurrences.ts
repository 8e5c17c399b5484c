// The materialised occurrences (`activity_occurrences`): every date of every activity within a rolling horizon of
// HORIZON_MONTHS, computed by recurrence.ts and written as one statement with the rows as one JSON parameter
// (`json_each(?)`, so never near D1's 100 bound parameters). Written by every command that changes a schedule, inside
// its batch and under its guard (`occurrenceStatements`), and extended by the daily job (`refreshOccurrences`).
// The rows copy the activity's filter keys (a trigger of migration 0011 keeps them when the keys change), so the
// agenda walks `activity_occurrences_day_idx` for a range of days and tests every filter in the index.
import { and, asc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { activities, activityOccurrences, holidayPeriods } from '../../db/schema';
import { addDays } from '../../dates';
import { nextDateOf } from './next-date';
import { horizonEnd, occurrencesBetween, type HolidayPeriod } from './recurrence';
import { toActivitySchedule, type Schedule } from './schedule';

type Statement = BatchItem<'sqlite'>;
/** A statement that also shows its SQL, as the command kernel needs. */
type KernelStatement = Statement & { toSQL(): { sql: string; params: unknown[] } };
export type OccurrenceContext = { today: string; holidays: readonly HolidayPeriod[] };

/** The holiday periods in date order, as a query that can also go into a batch. */
export const holidayPeriodsQuery = (db: Db) =>
  db
    .select({ name: holidayPeriods.name, fromDate: holidayPeriods.fromDate, toDate: holidayPeriods.toDate })
    .from(holidayPeriods)
    .orderBy(asc(holidayPeriods.fromDate));

export async function loadHolidayPeriods(db: Db): Promise<HolidayPeriod[]> {
  return holidayPeriodsQuery(db);
}

export async function occurrenceContext(db: Db, today: string): Promise<OccurrenceContext> {
  return { today, holidays: await loadHolidayPeriods(db) };
}

/** The rows of one schedule from `from` to the end of the horizon: [date, start time, end time]. */
export function occurrenceRows(schedule: Schedule, ctx: OccurrenceContext, from = ctx.today): [string, string, string][] {
  return occurrencesBetween(toActivitySchedule(schedule), from, horizonEnd(ctx.today), ctx.holidays).map((o) => [o.date, o.startTime, o.endTime]);
}

/** One INSERT … SELECT of rows [activity id, date, start, end] from one JSON parameter, keys copied from the activity. */
function insertRows(db: Db, rowsJson: string, activityId: SQL, condition: SQL, orIgnore = false) {
  // Columns in the table's order: activity_id, date, start_time, end_time, pillar_keys, neighbourhood_keys, target_group_keys.
  const insert = db.insert(activityOccurrences).select(
    sql`SELECT a.id, json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), a.pillar_keys, a.neighbourhood_keys, a.target_group_keys
      FROM json_each(${rowsJson}) j JOIN activities a ON a.id = ${activityId}
     WHERE ${condition}`,
  );
  return orIgnore ? insert.onConflictDoNothing() : insert;
}

/**
 * Replaces the occurrences of one activity (`activityId` may be the SQL id of a row inserted earlier in the batch)
 * and sets its stored next date from them, all only while `condition` holds. Put it after the link rows (the rows
 * copy the filter keys the link triggers just wrote).
 */
export function occurrenceStatements(
  db: Db,
  activityId: number | SQL,
  schedule: Schedule,
  ctx: OccurrenceContext,
  condition: SQL = sql`1 = 1`,
): KernelStatement[] {
  const id = typeof activityId === 'number' ? sql`${activityId}` : activityId;
  const rows = JSON.stringify(occurrenceRows(schedule, ctx).map((r) => [0, ...r]));
  return [
    db.delete(activityOccurrences).where(sql`${activityOccurrences.activityId} = ${id} AND ${condition}`),
    insertRows(db, rows, id, condition),
    db
      .update(activities)
      .set({ nextDate: nextDateOf('activities', ctx.today) })
      .where(sql`${activities.id} = ${id} AND ${condition}`),
  ];
}

/** A stored activity row (plus its cancelled dates as JSON) as a Schedule. */
export type ScheduleRow = {
  id: number;
  scheduleKind: Schedule['scheduleKind'];
  firstDate: string;
  lastDate: string;
  weekdays: number;
  startTime: string;
  endTime: string;
  scheduleInterval: number;
  monthOrdinals: number;
  monthDay: number | null;
  seriesDates: string | null;
  pauseInHolidays: boolean;
  exceptions: string;
};

export function scheduleOfRow(row: Omit<ScheduleRow, 'id' | 'exceptions'> & { exceptions: string[] }): Schedule {
  return {
    scheduleKind: row.scheduleKind,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    weekdays: row.weekdays,
    startTime: row.startTime,
    endTime: row.endTime,
    exceptions: row.exceptions,
    interval: row.scheduleInterval,
    monthOrdinals: row.monthOrdinals,
    monthDay: row.monthDay,
    seriesDates: row.seriesDates ? JSON.parse(row.seriesDates) : [],
    pauseInHolidays: Boolean(row.pauseInHolidays),
  };
}

export const scheduleColumns = {
  id: activities.id,
  scheduleKind: activities.scheduleKind,
  firstDate: activities.firstDate,
  lastDate: activities.lastDate,
  weekdays: activities.weekdays,
  startTime: activities.startTime,
  endTime: activities.endTime,
  scheduleInterval: activities.scheduleInterval,
  monthOrdinals: activities.monthOrdinals,
  monthDay: activities.monthDay,
  seriesDates: activities.seriesDates,
  pauseInHolidays: activities.pauseInHolidays,
  exceptions: sql<string>`(SELECT json_group_array(date) FROM activity_exceptions WHERE activity_id = ${activities.id})`,
};

const LIVE = ['draft', 'submitted', 'changes-requested', 'published', 'withdrawn'] as const;
const PAGE = 500;
/** Rows per INSERT statement: well under D1's 100 KB per statement. */
const ROWS_PER_STATEMENT = 2000;
/** The daily job adds the dates of the horizon's last month, so a few missed runs leave no gap. */
const CATCH_UP_DAYS = 31;

/**
 * The daily step: removes occurrences that have passed, and adds the dates that came into the horizon (and, for an
 * activity with no occurrences at all, such as one loaded by an import, all of them). INSERT OR IGNORE on the primary
 * key (activity, date): a second run the same day changes nothing. Returns the number of rows added and removed.
 */
export async function refreshOccurrences(db: Db, ctx: OccurrenceContext): Promise<{ added: number; removed: number }> {
  const removed = await db.delete(activityOccurrences).where(lt(activityOccurrences.date, ctx.today));
  const catchUpFrom = addDays(horizonEnd(ctx.today), -CATCH_UP_DAYS);
  let added = 0;
  let after = 0;
  for (;;) {
    const page = (await db
      .select({ ...scheduleColumns, materialised: sql<number>`EXISTS (SELECT 1 FROM activity_occurrences o WHERE o.activity_id = ${activities.id})` })
      .from(activities)
      .where(and(gt(activities.id, after), inArray(activities.status, [...LIVE]), gte(activities.lastDate, ctx.today)))
      .orderBy(asc(activities.id))
      .limit(PAGE)) as (ScheduleRow & { materialised: number })[];
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const rows: (string | number)[][] = [];
    for (const row of page) {
      const schedule = scheduleOfRow({ ...row, exceptions: JSON.parse(row.exceptions) as string[] });
      const from = row.materialised ? catchUpFrom : ctx.today;
      for (const r of occurrenceRows(schedule, ctx, from > ctx.today ? from : ctx.today)) rows.push([row.id, ...r]);
    }
    const statements: Statement[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      statements.push(insertRows(db, JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT)), sql`json_extract(j.value, '$[0]')`, sql`1 = 1`, true));
    }
    if (statements.length) {
      const results = (await db.batch(statements as [Statement, ...Statement[]])) as unknown as D1Result[];
      added += results.reduce((sum, r) => sum + (r.meta?.changes ?? 0), 0);
    }
    if (page.length < PAGE) break;
  }
  return { added, removed: removed.meta.changes ?? 0 };
}

/** The activities whose dates follow the holiday periods: live, pausing, not ended. */
const pausingActivity = (today: string) =>
  and(eq(activities.pauseInHolidays, true), inArray(activities.status, [...LIVE]), gte(activities.lastDate, today))!;

export type DayRange = { fromDate: string; toDate: string };

/**
 * After a holiday period was added, moved or removed: the occurrences of every activity that pauses, recomputed with
 * `ctx.holidays` (the periods after the change) on the changed days only (`ranges`: the period before and after the
 * change), and their next dates. Set-based, so the batch stays small: one delete, one INSERT per ROWS_PER_STATEMENT
 * rows of those days, one UPDATE of the next dates, each only while `condition` holds. The dates come from the same
 * computation as every other occurrence row.
 */
export async function holidayChangeStatements(db: Db, ranges: DayRange[], ctx: OccurrenceContext, condition: SQL): Promise<KernelStatement[]> {
  const end = horizonEnd(ctx.today);
  const days = ranges
    .map((r) => ({ fromDate: r.fromDate < ctx.today ? ctx.today : r.fromDate, toDate: r.toDate > end ? end : r.toDate }))
    .filter((r) => r.fromDate <= r.toDate);
  if (days.length === 0) return [];
  const inRanges = (date: string) => days.some((r) => date >= r.fromDate && date <= r.toDate);
  const from = days.reduce((min, r) => (r.fromDate < min ? r.fromDate : min), days[0]!.fromDate);
  const until = days.reduce((max, r) => (r.toDate > max ? r.toDate : max), days[0]!.toDate);
  const paused = pausingActivity(ctx.today);
  const rows = (await db.select(scheduleColumns).from(activities).where(paused)) as ScheduleRow[];
  const values: (string | number)[][] = [];
  for (const row of rows) {
    const schedule = toActivitySchedule(scheduleOfRow({ ...row, exceptions: JSON.parse(row.exceptions) as string[] }));
    for (const o of occurrencesBetween(schedule, from, until, ctx.holidays))
      if (inRanges(o.date)) values.push([row.id, o.date, o.startTime, o.endTime]);
  }
  const onDays = sql.join(
    days.map((r) => sql`${activityOccurrences.date} BETWEEN ${r.fromDate} AND ${r.toDate}`),
    sql` OR `,
  );
  const inserts: KernelStatement[] = [];
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    inserts.push(insertRows(db, JSON.stringify(values.slice(i, i + ROWS_PER_STATEMENT)), sql`json_extract(j.value, '$[0]')`, condition));
  }
  return [
    db
      .delete(activityOccurrences)
      .where(sql`(${onDays}) AND ${activityOccurrences.activityId} IN (SELECT ${activities.id} FROM ${activities} WHERE ${paused}) AND ${condition}`),
    ...inserts,
    db
      .update(activities)
      .set({ nextDate: nextDateOf('activities', ctx.today) })
      .where(sql`${paused} AND ${condition}`),
  ];
}
