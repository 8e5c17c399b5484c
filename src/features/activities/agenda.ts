// The agenda: occurrences day by day. It walks `activity_occurrences_day_idx` (date, start time, activity) over a
// range of days, tests the filters against the keys in the index itself and the visibility of each row it keeps
// through the activity's primary key, and stops after one page: the cost of a page does not grow with the number of
// activities. Paging seeks on (date, start time, activity id), like the list.
import { sql, type SQL } from 'drizzle-orm';
import { activityOccurrences as o, neighbourhoods } from '../../db/schema';
import type { CursorKey } from './cards';
import { addDays, endOfWeek, laterDate, weekdayIndex } from '../../dates';
import { horizonEnd } from './recurrence';
import { hasKey } from './filter-keys';
import type { ActivityFilter } from './upcoming';
import { publiclyVisibleActivity } from './visibility';

export const AGENDA_PAGE_SIZE = 30;
export const AGENDA_PERIODS = ['vandaag', 'morgen', 'weekend', 'week'] as const;
export type AgendaPeriod = (typeof AGENDA_PERIODS)[number];

/** The days of a quick filter: today, tomorrow, this weekend (Saturday and Sunday; today when it is Sunday), this week. */
export function periodRange(period: AgendaPeriod, today: string): { from: string; until: string } {
  switch (period) {
    case 'vandaag':
      return { from: today, until: today };
    case 'morgen':
      return { from: addDays(today, 1), until: addDays(today, 1) };
    case 'weekend': {
      const sunday = endOfWeek(today);
      return { from: laterDate(today, addDays(sunday, -1)), until: sunday };
    }
    case 'week':
      return { from: today, until: endOfWeek(today) };
  }
}

export type AgendaRow = {
  date: string;
  startTime: string;
  endTime: string;
  id: number;
  title: string;
  locationName: string;
  organisationName: string;
  isDemo: number;
};

export type AgendaWindow = { limit: number; after?: CursorKey; before?: CursorKey };

function filterConditions(filter: ActivityFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.pillar) conditions.push(hasKey(o.pillarKeys, filter.pillar));
  if (filter.neighbourhoodSlug) {
    const id = sql`(SELECT ${neighbourhoods.id} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${filter.neighbourhoodSlug})`;
    conditions.push(sql`(${id} IS NULL OR ${hasKey(o.neighbourhoodKeys, id)})`);
  }
  if (filter.targetGroup) conditions.push(hasKey(o.targetGroupKeys, filter.targetGroup));
  if (filter.ftsQuery) conditions.push(sql`${o.activityId} IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${filter.ftsQuery})`);
  return conditions;
}

/** One page of occurrences from `filter.from` (never before today) up to `filter.until` (at most the horizon). */
export function agendaQuery(today: string, filter: ActivityFilter, window: AgendaWindow): SQL {
  const from = laterDate(today, filter.from ?? today);
  const until = filter.until ?? horizonEnd(today);
  const cursor = window.after ?? window.before;
  const op = sql.raw(window.before ? '<' : '>');
  const dir = window.before ? ' DESC' : '';
  const conditions = [
    sql`${o.date} >= ${from}`,
    sql`${o.date} <= ${until}`,
    ...filterConditions(filter),
    ...(cursor ? [sql`(${o.date}, ${o.startTime}, ${o.activityId}) ${op} (${cursor.date}, ${cursor.time}, ${cursor.id})`] : []),
    publiclyVisibleActivity(today),
  ];
  return sql`SELECT ${o.date} AS date, ${o.startTime} AS startTime, ${o.endTime} AS endTime, ${o.activityId} AS id,
      activities.title AS title, activities.location_name AS locationName, activities.is_demo AS isDemo,
      (SELECT name FROM organisations WHERE organisations.id = activities.organisation_id) AS organisationName
    FROM ${o} INDEXED BY activity_occurrences_day_idx CROSS JOIN activities ON activities.id = ${o.activityId}
   WHERE ${sql.join(conditions, sql` AND `)}
   ORDER BY ${sql.raw(`activity_occurrences.date${dir}, activity_occurrences.start_time${dir}, activity_occurrences.activity_id${dir}`)}
   LIMIT ${window.limit}`;
}

/** The occurrences grouped by day, in order. */
export function byDay(rows: AgendaRow[]): { date: string; rows: AgendaRow[] }[] {
  const days: { date: string; rows: AgendaRow[] }[] = [];
  for (const row of rows) {
    const last = days[days.length - 1];
    if (last && last.date === row.date) last.rows.push(row);
    else days.push({ date: row.date, rows: [row] });
  }
  return days;
}

export const isWeekend = (date: string) => weekdayIndex(date) >= 5;
