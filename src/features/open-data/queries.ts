// The reads behind every open-data format. They reuse the public list's filter, seek and visibility code
// (`upcomingActivities`, `publiclyVisibleActivity`), so a feed shows exactly what the page shows; each loader is one
// `d1.batch`, so one round trip.
import { sql, type SQL } from 'drizzle-orm';
import { PILLAR_IDS, TARGET_GROUPS, type PillarId, type ScheduleKind, type TargetGroup } from '../../db/enums';
import { neighbourhoodsQuery, pillarsQuery, type NeighbourhoodRef, type PillarRef } from '../activities/cards';
import type { DatedSlot, HolidayPeriod } from '../activities/recurrence';
import type { Schedule } from '../activities/schedule';
import { laterDate } from '../../dates';
import { nextDateOf } from '../activities/next-date';
import { rowsOf, statement } from '../activities/statement';
import { filterConditions, upcomingActivities, type ActivityFilter, type CursorKey } from '../activities/upcoming';
import { publiclyVisibleActivity } from '../activities/visibility';

/** An `.ics` of a filter holds at most the next this many activities. */
export const FEED_LIMIT = 500;

/** Everything any open-data format tells about one public activity. */
export type OpenActivity = {
  id: number;
  title: string;
  summary: string;
  description: string;
  locationName: string;
  street: string;
  postcode: string;
  city: string;
  schedule: Schedule;
  /** The programme's holiday periods when the schedule pauses in them (else empty): EXDATEs need them. */
  holidays: HolidayPeriod[];
  nextDate: string;
  costCents: number | null;
  joinMethod: string;
  joinDetail: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessibility: string | null;
  languages: string | null;
  isDemo: boolean;
  /** Rises with every change the programme team approved (and every other transition): the iCalendar SEQUENCE. */
  version: number;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  organisation: { name: string; slug: string };
  pillarIds: PillarId[];
  neighbourhoodSlugs: string[];
  targetGroups: TargetGroup[];
};

type Row = Omit<OpenActivity, 'schedule' | 'holidays' | 'isDemo' | 'organisation' | 'pillarIds' | 'neighbourhoodSlugs' | 'targetGroups'> & {
  scheduleKind: ScheduleKind;
  firstDate: string;
  lastDate: string;
  weekdays: number;
  scheduleInterval: number;
  monthOrdinals: number;
  monthDay: number | null;
  seriesDates: string | null;
  pauseInHolidays: number;
  holidays: string;
  startTime: string;
  endTime: string;
  isDemo: number;
  organisationName: string;
  organisationSlug: string;
  pillarIds: string;
  neighbourhoodSlugs: string;
  targetGroups: string;
  exceptions: string;
};

/** Columns of `a` (activities) for rows `u` (id, next_date) joined to `o` (organisations). All cancelled dates: EXDATE needs them. */
const columns = sql`a.id AS id, a.title AS title, a.summary AS summary, a.description AS description,
  a.location_name AS locationName, a.street AS street, a.postcode AS postcode, a.city AS city,
  a.schedule_kind AS scheduleKind, a.first_date AS firstDate, a.last_date AS lastDate, a.weekdays AS weekdays,
  a.schedule_interval AS scheduleInterval, a.month_ordinals AS monthOrdinals, a.month_day AS monthDay,
  a.series_dates AS seriesDates, a.pause_in_holidays AS pauseInHolidays,
  CASE WHEN a.pause_in_holidays THEN (SELECT json_group_array(json_object('name', h.name, 'fromDate', h.from_date, 'toDate', h.to_date))
    FROM holiday_periods h) ELSE '[]' END AS holidays,
  a.start_time AS startTime, a.end_time AS endTime, a.cost_cents AS costCents, a.join_method AS joinMethod,
  a.join_detail AS joinDetail, a.contact_email AS contactEmail, a.contact_phone AS contactPhone,
  a.accessibility AS accessibility, a.languages AS languages, a.is_demo AS isDemo, a.version AS version,
  a.created_at AS createdAt, a.updated_at AS updatedAt, a.published_at AS publishedAt, u.next_date AS nextDate,
  o.name AS organisationName, o.slug AS organisationSlug,
  (SELECT json_group_array(pillar_id) FROM activity_pillars WHERE activity_id = a.id) AS pillarIds,
  (SELECT json_group_array(n.slug) FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id
    WHERE an.activity_id = a.id) AS neighbourhoodSlugs,
  (SELECT json_group_array(target_group) FROM activity_target_groups WHERE activity_id = a.id) AS targetGroups,
  (SELECT json_group_array(date) FROM activity_exceptions WHERE activity_id = a.id) AS exceptions`;

const joins = sql`JOIN activities a ON a.id = u.id JOIN organisations o ON o.id = a.organisation_id`;
const parse = <T>(json: string): T[] => JSON.parse(json) as T[];
const inOrder = <T>(values: T[], order: readonly T[]) => order.filter((value) => values.includes(value));

function toOpenActivity(row: Row): OpenActivity {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    locationName: row.locationName,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    schedule: {
      scheduleKind: row.scheduleKind,
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      weekdays: row.weekdays,
      startTime: row.startTime,
      endTime: row.endTime,
      exceptions: parse<string>(row.exceptions).sort(),
      interval: row.scheduleInterval,
      monthOrdinals: row.monthOrdinals,
      monthDay: row.monthDay,
      seriesDates: row.seriesDates ? parse<DatedSlot>(row.seriesDates) : [],
      pauseInHolidays: row.pauseInHolidays === 1,
    },
    holidays: parse<HolidayPeriod>(row.holidays),
    nextDate: row.nextDate,
    costCents: row.costCents,
    joinMethod: row.joinMethod,
    joinDetail: row.joinDetail,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    accessibility: row.accessibility,
    languages: row.languages,
    isDemo: row.isDemo === 1,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    organisation: { name: row.organisationName, slug: row.organisationSlug },
    pillarIds: inOrder(parse<PillarId>(row.pillarIds), PILLAR_IDS),
    neighbourhoodSlugs: parse<string>(row.neighbourhoodSlugs).sort(),
    targetGroups: inOrder(parse<TargetGroup>(row.targetGroups), TARGET_GROUPS),
  };
}

/** The next `limit` public activities matching the filter, soonest first, after a seek cursor when given. */
export function upcomingOpenQuery(today: string, filter: ActivityFilter, limit: number, after?: CursorKey): SQL {
  return sql`${upcomingActivities(today, filter, { limit, after })}
    SELECT ${columns} FROM (SELECT * FROM upcoming ORDER BY next_date, start_time, id LIMIT ${limit}) u ${joins}
     ORDER BY u.next_date, u.start_time, u.id`;
}

/** The filters of the list page (a feed of the list takes no organisation). */
export type ListFilter = Omit<ActivityFilter, 'organisationSlug' | 'neighbourhoodId'>;

/**
 * The `limit` most recently published public activities matching the filter, newest publication first: one backward
 * walk of `activities_published_idx` that stops after `limit` matches. The date filters hold for the next date on or
 * after `van` (computed only for the rows whose stored next date lies before it, as the list does).
 */
export function newlyPublishedQuery(today: string, filter: ListFilter, limit: number): SQL {
  const from = laterDate(today, filter.from ?? today);
  const nextDate = sql`CASE WHEN activities.next_date >= ${from} THEN activities.next_date ELSE ${nextDateOf('activities', from)} END`;
  const conditions = [publiclyVisibleActivity(today), ...filterConditions(filter), sql`${nextDate} IS NOT NULL`];
  if (filter.until) conditions.push(sql`${nextDate} <= ${filter.until}`);
  if (filter.ftsQuery) conditions.push(sql`activities.id IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${filter.ftsQuery})`);
  return sql`SELECT ${columns} FROM (
      SELECT activities.id AS id, ${nextDate} AS next_date, activities.published_at AS published_at
        FROM activities INDEXED BY activities_published_idx
       WHERE ${sql.join(conditions, sql` AND `)}
       ORDER BY activities.published_at DESC, activities.id DESC LIMIT ${limit}) u ${joins}
     ORDER BY u.published_at DESC, u.id DESC`;
}

/** One public activity (the visibility rule of the pages), or no row. */
function openActivityQuery(id: number, today: string): SQL {
  return sql`SELECT ${columns} FROM (SELECT activities.id AS id, activities.next_date AS next_date FROM activities
      WHERE activities.id = ${id} AND ${publiclyVisibleActivity(today)}) u ${joins}`;
}

export type OpenList = {
  activities: OpenActivity[];
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  /** False when the filter names an organisation that is not an approved one (a feed refuses it, like a wrong wijk). */
  organisationKnown: boolean;
};

/** The rows of `rowsQuery` with the reference lists (and, with a slug, whether that organisation exists): one batch. */
async function loadListOf(d1: D1Database, rowsQuery: SQL, organisation?: string): Promise<OpenList> {
  const organisationQuery = sql`SELECT count(*) AS n FROM organisations WHERE slug = ${organisation ?? ''} AND status = 'approved'`;
  const [pillarRows, neighbourhoodRows, rows, organisationRows] = await d1.batch([
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, rowsQuery),
    ...(organisation === undefined ? [] : [statement(d1, organisationQuery)]),
  ]);
  return {
    pillars: rowsOf<PillarRef>(pillarRows),
    neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows),
    activities: rowsOf<Row>(rows).map(toOpenActivity),
    organisationKnown: organisation === undefined || rowsOf<{ n: number }>(organisationRows)[0]?.n === 1,
  };
}

/** A page (or a bounded feed) of upcoming activities with the reference lists, to tell unknown slugs apart. */
export const loadOpenList = (d1: D1Database, today: string, filter: ActivityFilter, limit: number, after?: CursorKey) =>
  loadListOf(d1, upcomingOpenQuery(today, filter, limit, after), filter.organisationSlug);

/** The Atom feed's activities, newest publication first, with the reference lists. */
export const loadNewlyPublished = (d1: D1Database, today: string, filter: ListFilter, limit: number) =>
  loadListOf(d1, newlyPublishedQuery(today, filter, limit));

/** The rows of an `upcomingOpenQuery` statement sent in a caller's own batch. */
export const toOpenActivityRows = (result: D1Result | undefined) => rowsOf<Row>(result).map(toOpenActivity);

export async function loadOpenActivity(d1: D1Database, id: number, today: string): Promise<OpenActivity | null> {
  const row = await statement(d1, openActivityQuery(id, today)).first<Row>();
  return row ? toOpenActivity(row) : null;
}

export type Owner = { name: string };

/**
 * The feed of one approved organisation or one neighbourhood: its name (null when it does not exist, so the route
 * answers 404) and its next activities.
 */
export async function loadOwnedFeed(d1: D1Database, today: string, owner: { organisationSlug: string } | { neighbourhoodSlug: string }) {
  const ownerQuery =
    'organisationSlug' in owner
      ? sql`SELECT name FROM organisations WHERE slug = ${owner.organisationSlug} AND status = 'approved'`
      : sql`SELECT name FROM neighbourhoods WHERE slug = ${owner.neighbourhoodSlug}`;
  const [ownerRows, rows] = await d1.batch([statement(d1, ownerQuery), statement(d1, upcomingOpenQuery(today, owner, FEED_LIMIT))]);
  const found = rowsOf<Owner>(ownerRows)[0];
  return found ? { owner: found, activities: rowsOf<Row>(rows).map(toOpenActivity) } : null;
}
