import { sql, type SQL } from 'drizzle-orm';
import type { PillarId, TargetGroup } from '../../db/enums';
import { activities, activityNeighbourhoods, activityOrganisers, activityPillars, activityTargetGroups, neighbourhoods, organisations } from '../../db/schema';
import { laterDate } from './dates';
import { publiclyVisibleActivity } from './visibility';

export type ActivityFilter = {
  pillar?: PillarId;
  /** An unknown slug filters nothing (the page says so); resolved inside the query to stay at one round trip. */
  neighbourhoodSlug?: string;
  targetGroup?: TargetGroup;
  /** Run by this organisation, as organiser or co-organiser. */
  organisationSlug?: string;
  /** A query made by `toFtsQuery`, never raw user input. */
  ftsQuery?: string;
  /** First and last date that count; `from` is never before today. */
  from?: string;
  until?: string;
};

/** How far ahead the next date of a weekly activity with cancelled dates is looked for. */
const EXCEPTION_HORIZON_DAYS = 92;
const DAY_OFFSETS_JSON = `'[${Array.from({ length: EXCEPTION_HORIZON_DAYS }, (_, i) => i).join(',')}]'`;

function filterConditions(filter: ActivityFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.pillar) {
    conditions.push(sql`${activities.id} IN (SELECT ${activityPillars.activityId} FROM ${activityPillars} WHERE ${activityPillars.pillarId} = ${filter.pillar})`);
  }
  if (filter.neighbourhoodSlug) {
    const slug = filter.neighbourhoodSlug;
    conditions.push(sql`(NOT EXISTS (SELECT 1 FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug})
      OR ${activities.id} IN (SELECT ${activityNeighbourhoods.activityId} FROM ${activityNeighbourhoods}
        WHERE ${activityNeighbourhoods.neighbourhoodId} = (SELECT ${neighbourhoods.id} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug})))`);
  }
  if (filter.targetGroup) {
    conditions.push(
      sql`${activities.id} IN (SELECT ${activityTargetGroups.activityId} FROM ${activityTargetGroups} WHERE ${activityTargetGroups.targetGroup} = ${filter.targetGroup})`,
    );
  }
  if (filter.organisationSlug) {
    const id = sql`(SELECT ${organisations.id} FROM ${organisations} WHERE ${organisations.slug} = ${filter.organisationSlug})`;
    conditions.push(sql`(${activities.organisationId} = ${id}
      OR ${activities.id} IN (SELECT ${activityOrganisers.activityId} FROM ${activityOrganisers} WHERE ${activityOrganisers.organisationId} = ${id}))`);
  }
  if (filter.ftsQuery) {
    conditions.push(sql`${activities.id} IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${filter.ftsQuery})`);
  }
  return conditions;
}

/**
 * Days from `ref` to the first weekday in the mask. Cancelled dates are rare, so the cheap arithmetic answer is
 * used unless the activity has a cancelled date ahead; then the days are walked one by one.
 */
const weeklyOffset = sql.raw(`CASE
    WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = base.id AND e.date >= base.ref) THEN
      (SELECT min(o.value) FROM json_each(${DAY_OFFSETS_JSON}) o
        WHERE (base.weekdays >> ((base.wd + o.value) % 7)) & 1
          AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = base.id AND e.date = date(base.ref, '+' || o.value || ' days')))
    ELSE CASE ${[0, 1, 2, 3, 4, 5, 6].map((k) => `WHEN (base.weekdays >> ((base.wd + ${k}) % 7)) & 1 THEN ${k}`).join(' ')} END
  END`);

/**
 * `WITH … upcoming AS (id, next_date, start_time)`: the publicly visible activities matching the filter, each with
 * its next date on or after `from` (and not after `until`). Activities without such a date are left out.
 */
export function upcomingActivities(today: string, filter: ActivityFilter = {}): SQL {
  const from = laterDate(today, filter.from ?? today);
  const conditions = filterConditions(filter);
  const extra = conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``;
  const until = filter.until ? sql` AND next_date <= ${filter.until}` : sql``;
  return sql`WITH base AS (
      SELECT ${activities.id} AS id, ${activities.scheduleKind} AS schedule_kind, ${activities.firstDate} AS first_date,
             ${activities.lastDate} AS last_date, ${activities.weekdays} AS weekdays, ${activities.startTime} AS start_time,
             max(${activities.firstDate}, ${from}) AS ref,
             (cast(strftime('%w', max(${activities.firstDate}, ${from})) AS integer) + 6) % 7 AS wd
        FROM ${activities}
       WHERE ${publiclyVisibleActivity(today)}${extra}
    ), timed AS MATERIALIZED (
      SELECT base.id, base.last_date, base.start_time,
             CASE WHEN base.schedule_kind = 'once' THEN (CASE WHEN base.first_date >= ${from} THEN base.first_date END)
                  ELSE date(base.ref, '+' || (${weeklyOffset}) || ' days') END AS next_date
        FROM base
    ), upcoming AS (
      SELECT id, next_date, start_time FROM timed WHERE next_date IS NOT NULL AND next_date <= last_date${until}
    ) `;
}
