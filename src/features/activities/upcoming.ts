import { sql, type SQL } from 'drizzle-orm';
import type { PillarId, TargetGroup } from '../../db/enums';
import { activities, activityOrganisers, neighbourhoods, organisations } from '../../db/schema';
import { COUNT_CAP } from './count-cap';
import { laterDate } from '../../dates';
import { hasKey } from './filter-keys';
import { nextDateOf } from './next-date';
import { publiclyVisibleActivity } from './visibility';

export type ActivityFilter = {
  pillar?: PillarId;
  /** An unknown slug filters nothing (the page says so); resolved inside the query to stay at one round trip. */
  neighbourhoodSlug?: string;
  targetGroup?: TargetGroup;
  /** Run by this organisation, as organiser or co-organiser. */
  organisationSlug?: string;
  /** In the neighbourhood with this id: an SQL expression, for counts correlated with an outer neighbourhoods row. */
  neighbourhoodId?: SQL;
  /** A query made by `toFtsQuery`, never raw user input. */
  ftsQuery?: string;
  /** First and last date that count; `from` is never before today. */
  from?: string;
  until?: string;
};

/** Sort key of the lists, also used as the seek cursor of the pagination. */
export type CursorKey = { date: string; time: string; id: number };

/** Which slice of the date-ordered list a query needs: the first `limit` rows after/before a cursor. */
export type Window = { limit: number; after?: CursorKey; before?: CursorKey };

/**
 * Filters as tests of the activity's own filter keys (`filter-keys.ts`), which are in `activities_upcoming_idx`: the
 * lists walk that index in date order and test each entry in the index itself, so a page costs the same whether there
 * are a thousand activities or a hundred thousand.
 */
export function filterConditions(filter: ActivityFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.pillar) conditions.push(hasKey(activities.pillarKeys, filter.pillar));
  if (filter.neighbourhoodSlug) {
    const id = sql`(SELECT ${neighbourhoods.id} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${filter.neighbourhoodSlug})`;
    conditions.push(sql`(${id} IS NULL OR ${hasKey(activities.neighbourhoodKeys, id)})`);
  }
  if (filter.neighbourhoodId) conditions.push(hasKey(activities.neighbourhoodKeys, filter.neighbourhoodId));
  if (filter.targetGroup) conditions.push(hasKey(activities.targetGroupKeys, filter.targetGroup));
  return conditions;
}

/**
 * Filters that pick few activities out of many (one organisation, a rare search term): the query starts from the picked
 * ids instead of walking the date index, so a partner page or a rare word does not scan every upcoming activity.
 */
function pickedIds(filter: ActivityFilter): SQL | null {
  const sets: SQL[] = [];
  if (filter.organisationSlug) {
    const id = sql`(SELECT ${organisations.id} FROM ${organisations} WHERE ${organisations.slug} = ${filter.organisationSlug})`;
    sets.push(sql`SELECT ${activities.id} AS id FROM ${activities} WHERE ${activities.organisationId} = ${id}
      UNION SELECT ${activityOrganisers.activityId} FROM ${activityOrganisers} WHERE ${activityOrganisers.organisationId} = ${id}`);
  }
  if (filter.ftsQuery) sets.push(sql`SELECT rowid AS id FROM activities_fts WHERE activities_fts MATCH ${filter.ftsQuery}`);
  if (sets.length === 0) return null;
  return sets.length === 1 ? sets[0]! : sql`SELECT id FROM (${sets[0]}) INTERSECT SELECT id FROM (${sets[1]})`;
}

const conjunction = (conditions: (SQL | null)[]) =>
  sql.join(
    conditions.filter((c): c is SQL => c !== null),
    sql` AND `,
  );

/** The seek on the sort key (date, start time, id) of a window's cursor. */
function cursorCondition(sortKey: SQL, window?: Window): SQL | null {
  const cursor = window?.after ?? window?.before;
  if (!cursor) return null;
  const op = window?.after ? sql.raw('>') : sql.raw('<');
  return sql`(${sortKey}) ${op} (${cursor.date}, ${cursor.time}, ${cursor.id})`;
}

/**
 * A search term that many activities share is better served by walking the date index and testing each row against
 * the matches (the walk stops after the page) than by starting from all matches and sorting them; a rare term the
 * other way round. Which of the two runs is decided inside the query, by counting matches up to this number.
 */
export const MANY_MATCHES = 500;

/**
 * The rows (id, next_date, start_time) of the publicly visible activities matching the filter, each with its
 * next date on or after `from` (and not after `until`). With a window, only the rows that window can need: the
 * first `limit` in date order (the last `limit` before a `before` cursor), so the database stops early.
 */
export function upcomingRows(today: string, filter: ActivityFilter = {}, window?: Window): SQL {
  const picked = pickedIds(filter);
  // With picked ids, CROSS JOIN makes SQLite start from them (its documented way to fix the join order).
  // Otherwise the date index, named: without table statistics SQLite might pick another index and sort every row.
  const pickedSource = picked && sql`(${picked}) AS picked CROSS JOIN ${activities} ON ${activities.id} = picked.id`;
  const dateIndex = sql`${activities} INDEXED BY activities_upcoming_idx`;
  const unionAll = (parts: SQL[]) =>
    sql.join(
      parts.map((part) => sql`SELECT * FROM (${part})`),
      sql` UNION ALL `,
    );
  if (!filter.ftsQuery || filter.organisationSlug) return unionAll(partsFrom(pickedSource ?? dateIndex, [], today, filter, window));

  const matches = sql`SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${filter.ftsQuery}`;
  // A condition without a column: SQLite evaluates it once, before the loop, and skips the part it rules out.
  const many = sql`(SELECT count(*) FROM (${matches} LIMIT ${MANY_MATCHES + 1})) > ${MANY_MATCHES}`;
  return unionAll([
    ...partsFrom(pickedSource!, [sql`NOT ${many}`], today, filter, window),
    ...partsFrom(dateIndex, [many, sql`${activities.id} IN (${matches})`], today, filter, window),
  ]);
}

/**
 * Two parts: rows whose stored next date is already on or after `from` (read in order from the index), and the few
 * whose stored date lies before it (the daily job has not moved them yet, or `from` lies ahead), computed here.
 */
function partsFrom(source: SQL, conditions: SQL[], today: string, filter: ActivityFilter, window?: Window): SQL[] {
  const from = laterDate(today, filter.from ?? today);
  const shared = [...conditions, publiclyVisibleActivity(today), ...filterConditions(filter)];
  const until = (date: SQL) => (filter.until ? sql`${date} <= ${filter.until}` : null);
  const order = window?.before ? sql`ORDER BY next_date DESC, start_time DESC, id DESC` : sql`ORDER BY next_date, start_time, id`;
  const limit = window ? sql` LIMIT ${window.limit}` : sql``;

  const stored = sql`SELECT ${activities.id} AS id, ${activities.nextDate} AS next_date, ${activities.startTime} AS start_time
      FROM ${source}
     WHERE ${conjunction([...shared, sql`${activities.nextDate} >= ${from}`, until(sql`${activities.nextDate}`), cursorCondition(sql`${activities.nextDate}, ${activities.startTime}, ${activities.id}`, window)])}
     ${order}${limit}`;
  const computed = sql`SELECT id, next_date, start_time FROM (
        SELECT ${activities.id} AS id, ${nextDateOf('activities', from)} AS next_date, ${activities.startTime} AS start_time
          FROM ${source}
         WHERE ${conjunction([...shared, sql`${activities.nextDate} < ${from}`])}
      )
     WHERE ${conjunction([sql`next_date IS NOT NULL`, until(sql`next_date`), cursorCondition(sql`next_date, start_time, id`, window)])}
     ${order}${limit}`;
  return [stored, computed];
}

/** `WITH upcoming(id, next_date, start_time) AS (…) `: `upcomingRows` as a named set for the query that follows. */
export function upcomingActivities(today: string, filter: ActivityFilter = {}, window?: Window): SQL {
  return sql`WITH upcoming AS (${upcomingRows(today, filter, window)}) `;
}

/** How many upcoming activities match, up to COUNT_CAP + 1 (more than the cap reads as "more than COUNT_CAP"). */
export function cappedCount(today: string, filter: ActivityFilter = {}): SQL {
  return sql`(SELECT count(*) FROM (SELECT 1 FROM (${upcomingRows(today, filter, { limit: COUNT_CAP + 1 })}) LIMIT ${COUNT_CAP + 1}))`;
}
