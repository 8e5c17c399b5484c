import { sql, type SQL } from 'drizzle-orm';
import { PILLAR_IDS, TARGET_GROUPS, type PillarId, type ScheduleKind, type TargetGroup } from '../../db/enums';
import { neighbourhoods, pillars } from '../../db/schema';
import type { DatedSlot } from './recurrence';
import type { Schedule } from './schedule';
import { cappedCount, upcomingActivities, type ActivityFilter, type CursorKey, type Window } from './upcoming';

export type { CursorKey } from './upcoming';

export type PillarRef = { id: PillarId; slug: string; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string };
export type NeighbourhoodRef = { id: number; slug: string; name: string; descriptionNl: string; descriptionEn: string };

export const pillarsQuery = sql`SELECT ${pillars.id} AS id, ${pillars.slug} AS slug, ${pillars.nameNl} AS nameNl, ${pillars.nameEn} AS nameEn,
    ${pillars.descriptionNl} AS descriptionNl, ${pillars.descriptionEn} AS descriptionEn
  FROM ${pillars} ORDER BY ${pillars.sortOrder}, ${pillars.id}`;

export const neighbourhoodsQuery = sql`SELECT ${neighbourhoods.id} AS id, ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name,
    ${neighbourhoods.descriptionNl} AS descriptionNl, ${neighbourhoods.descriptionEn} AS descriptionEn
  FROM ${neighbourhoods} ORDER BY ${neighbourhoods.sortOrder}, ${neighbourhoods.name}`;

/** What an activity card shows. */
export type ActivityCard = {
  id: number;
  title: string;
  summary: string;
  schedule: Schedule;
  locationName: string;
  costCents: number | null;
  isDemo: boolean;
  organisation: { name: string; slug: string };
  nextDate: string;
  startTime: string;
  pillarIds: PillarId[];
  neighbourhoodIds: number[];
  targetGroups: TargetGroup[];
};

export type ActivityCardRow = {
  id: number;
  title: string;
  summary: string;
  scheduleKind: ScheduleKind;
  firstDate: string;
  lastDate: string;
  weekdays: number;
  startTime: string;
  endTime: string;
  locationName: string;
  costCents: number | null;
  isDemo: number;
  organisationName: string;
  organisationSlug: string;
  nextDate: string;
  pillarIds: string;
  neighbourhoodIds: string;
  targetGroups: string;
  exceptions: string;
  scheduleInterval: number;
  monthOrdinals: number;
  monthDay: number | null;
  seriesDates: string | null;
  pauseInHolidays: number;
};

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];
const inOrder = <T>(values: T[], order: readonly T[]) => order.filter((value) => values.includes(value));

export function toActivityCard(row: ActivityCardRow): ActivityCard {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    schedule: {
      scheduleKind: row.scheduleKind,
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      weekdays: row.weekdays,
      startTime: row.startTime,
      endTime: row.endTime,
      exceptions: parseList<string>(row.exceptions).sort(),
      interval: row.scheduleInterval,
      monthOrdinals: row.monthOrdinals,
      monthDay: row.monthDay,
      seriesDates: row.seriesDates ? parseList<DatedSlot>(row.seriesDates) : [],
      pauseInHolidays: row.pauseInHolidays === 1,
    },
    locationName: row.locationName,
    costCents: row.costCents,
    isDemo: row.isDemo === 1,
    organisation: { name: row.organisationName, slug: row.organisationSlug },
    nextDate: row.nextDate,
    startTime: row.startTime,
    pillarIds: inOrder(parseList<PillarId>(row.pillarIds), PILLAR_IDS),
    neighbourhoodIds: parseList<number>(row.neighbourhoodIds),
    targetGroups: inOrder(parseList<TargetGroup>(row.targetGroups), TARGET_GROUPS),
  };
}

/** Card columns for rows `u` (id, next_date) of the upcoming set, joined to activities `a` and organisations `o`. */
function cardColumns(today: string): SQL {
  return sql`a.id AS id, a.title AS title, a.summary AS summary, a.schedule_kind AS scheduleKind, a.first_date AS firstDate,
    a.last_date AS lastDate, a.weekdays AS weekdays, a.start_time AS startTime, a.end_time AS endTime,
    a.schedule_interval AS scheduleInterval, a.month_ordinals AS monthOrdinals, a.month_day AS monthDay,
    a.series_dates AS seriesDates, a.pause_in_holidays AS pauseInHolidays,
    a.location_name AS locationName, a.cost_cents AS costCents, a.is_demo AS isDemo,
    o.name AS organisationName, o.slug AS organisationSlug, u.next_date AS nextDate,
    (SELECT json_group_array(pillar_id) FROM activity_pillars WHERE activity_id = a.id) AS pillarIds,
    (SELECT json_group_array(neighbourhood_id) FROM activity_neighbourhoods WHERE activity_id = a.id) AS neighbourhoodIds,
    (SELECT json_group_array(target_group) FROM activity_target_groups WHERE activity_id = a.id) AS targetGroups,
    (SELECT json_group_array(date) FROM activity_exceptions WHERE activity_id = a.id AND date >= ${today}) AS exceptions`;
}

const cardJoins = sql`JOIN activities a ON a.id = u.id JOIN organisations o ON o.id = a.organisation_id`;

export type PageRequest = { limit: number; offset?: number } | { limit: number; after: CursorKey } | { limit: number; before: CursorKey };

/**
 * One page of upcoming activities, soonest first. With a cursor the page is found by seeking on the sort key
 * (next_date, start_time, id), so going to the next page costs the same on page 200 as on page 2; rows of a
 * `before` page come newest first and are reversed by the caller (`pageRows`). A page by number walks the date
 * index up to its offset (no sorting of the whole list).
 */
export function upcomingCardsQuery(today: string, filter: ActivityFilter, page: PageRequest): SQL {
  const dir = 'before' in page ? ' DESC' : '';
  const order = (prefix: string) => sql.raw(`ORDER BY ${prefix}next_date${dir}, ${prefix}start_time${dir}, ${prefix}id${dir}`);
  const offset = 'offset' in page ? (page.offset ?? 0) : 0;
  const window: Window =
    'after' in page
      ? { limit: page.limit, after: page.after }
      : 'before' in page
        ? { limit: page.limit, before: page.before }
        : { limit: offset + page.limit };
  // The page's rows are picked from the upcoming set first and only then joined to their cards: page 50 does not
  // build (and throw away) the cards of the rows before it.
  return sql`${upcomingActivities(today, filter, window)}
    SELECT ${cardColumns(today)}
      FROM (SELECT * FROM upcoming ${order('')} LIMIT ${page.limit} OFFSET ${offset}) u ${cardJoins}
     ${order('u.')}`;
}

export function pageRows(rows: ActivityCardRow[], page: PageRequest): ActivityCard[] {
  const cards = rows.map(toActivityCard);
  return 'before' in page ? cards.reverse() : cards;
}

/** The number of matching upcoming activities, capped (see COUNT_CAP). */
export function upcomingCountQuery(today: string, filter: ActivityFilter): SQL {
  return sql`SELECT ${cappedCount(today, filter)} AS total`;
}

/** Cards of the rows (id, next_date, start_time) a caller's own `WITH upcoming AS (…)` names, soonest first. */
export function cardsOfUpcomingQuery(today: string, withUpcoming: SQL, limit: number): SQL {
  return sql`${withUpcoming} SELECT ${cardColumns(today)} FROM (SELECT * FROM upcoming ORDER BY next_date, start_time, id LIMIT ${limit}) u ${cardJoins}
    ORDER BY u.next_date, u.start_time, u.id`;
}
