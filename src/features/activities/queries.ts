import { sql } from 'drizzle-orm';
import { scheduleOfRow } from './occurrences';
import type { DatedSlot } from './recurrence';
import type { JoinMethod, PillarId, ScheduleKind, TargetGroup } from '../../db/enums';
import { PILLAR_IDS, TARGET_GROUPS } from '../../db/enums';
import {
  activities,
  activityExceptions,
  activityNeighbourhoods,
  activityOrganisers,
  activityPillars,
  activityTargetGroups,
  neighbourhoods,
  organisations,
  pillars,
} from '../../db/schema';
import type { Locale } from '../../i18n';
import {
  neighbourhoodsQuery,
  pageRows,
  pillarsQuery,
  upcomingCardsQuery,
  upcomingCountQuery,
  type ActivityCard,
  type ActivityCardRow,
  type NeighbourhoodRef,
  type PageRequest,
  type PillarRef,
} from './cards';
import type { ActivityView } from './detail';
import { activityGoalIds, currentGoalsSql, toPlanGoals, type PlanGoalRow } from '../plan-links/goals';
import { rowsOf, statement } from './statement';
import type { ActivityFilter } from './upcoming';
import { publiclyVisibleActivity } from './visibility';
import { imageOfColumns } from '../../media/image-input';

export type ActivityListData = {
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  /** Capped: above COUNT_CAP it only says "more". */
  total: number;
  cards: ActivityCard[];
  /** Whether a page follows this one (known without the full count: one row more is asked for). */
  hasMore: boolean;
};

/** Everything /activiteiten shows, in one round trip: the filter options, the result count and one page. */
export async function loadActivityList(d1: D1Database, today: string, filter: ActivityFilter, page: PageRequest): Promise<ActivityListData> {
  const [pillarRows, neighbourhoodRows, count, cards] = await d1.batch([
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, upcomingCountQuery(today, filter)),
    statement(d1, upcomingCardsQuery(today, filter, { ...page, limit: page.limit + 1 })),
  ]);
  const rows = rowsOf<ActivityCardRow>(cards);
  // The extra row lies beyond the page: after it going forward, before it going back (where a next page exists anyway).
  const going = 'before' in page ? 'back' : 'forward';
  return {
    pillars: rowsOf<PillarRef>(pillarRows),
    neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows),
    total: rowsOf<{ total: number }>(count)[0]?.total ?? 0,
    cards: pageRows(rows.slice(0, page.limit), page),
    hasMore: going === 'back' || rows.length > page.limit,
  };
}

type DetailRow = {
  id: number;
  title: string;
  summary: string;
  description: string;
  locationName: string;
  street: string;
  postcode: string;
  city: string;
  scheduleKind: ScheduleKind;
  firstDate: string;
  lastDate: string;
  weekdays: number;
  startTime: string;
  endTime: string;
  scheduleInterval: number;
  monthOrdinals: number;
  monthDay: number | null;
  seriesDates: string | null;
  pauseInHolidays: number;
  costCents: number | null;
  joinMethod: JoinMethod;
  joinDetail: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessibility: string | null;
  languages: string | null;
  photoKey: string | null;
  photoAlt: string | null;
  isDemo: number;
  organisationName: string;
  organisationSlug: string;
};

/** How many next dates the detail page lists (read from the stored occurrences). */
export const DETAIL_DATES = 6;

/** One publicly visible activity with its pillars, neighbourhoods, target groups, cancelled dates and co-organisers. */
export async function loadActivityDetail(d1: D1Database, id: number, today: string, locale: Locale): Promise<ActivityView | null> {
  const [main, pillarRows, neighbourhoodRows, targetGroupRows, exceptionRows, organiserRows, occurrenceRows, goalRows] = await d1.batch([
    statement(
      d1,
      sql`SELECT ${activities.id} AS id, ${activities.title} AS title, ${activities.summary} AS summary, ${activities.description} AS description,
          ${activities.locationName} AS locationName, ${activities.street} AS street, ${activities.postcode} AS postcode, ${activities.city} AS city,
          ${activities.scheduleKind} AS scheduleKind, ${activities.firstDate} AS firstDate, ${activities.lastDate} AS lastDate,
          ${activities.weekdays} AS weekdays, ${activities.startTime} AS startTime, ${activities.endTime} AS endTime,
          ${activities.scheduleInterval} AS scheduleInterval, ${activities.monthOrdinals} AS monthOrdinals, ${activities.monthDay} AS monthDay,
          ${activities.seriesDates} AS seriesDates, ${activities.pauseInHolidays} AS pauseInHolidays,
          ${activities.costCents} AS costCents, ${activities.joinMethod} AS joinMethod, ${activities.joinDetail} AS joinDetail,
          ${activities.contactName} AS contactName, ${activities.contactEmail} AS contactEmail, ${activities.contactPhone} AS contactPhone,
          ${activities.accessibility} AS accessibility, ${activities.languages} AS languages, ${activities.isDemo} AS isDemo,
          ${activities.photoKey} AS photoKey, ${activities.photoAlt} AS photoAlt, o.name AS organisationName, o.slug AS organisationSlug
        FROM ${activities} JOIN ${organisations} o ON o.id = ${activities.organisationId}
       WHERE ${activities.id} = ${id} AND ${publiclyVisibleActivity(today)}`,
    ),
    statement(
      d1,
      sql`SELECT ${pillars.id} AS id, ${pillars.nameNl} AS nameNl, ${pillars.nameEn} AS nameEn FROM ${activityPillars}
          JOIN ${pillars} ON ${pillars.id} = ${activityPillars.pillarId} WHERE ${activityPillars.activityId} = ${id} ORDER BY ${pillars.sortOrder}`,
    ),
    statement(
      d1,
      sql`SELECT ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name FROM ${activityNeighbourhoods}
          JOIN ${neighbourhoods} ON ${neighbourhoods.id} = ${activityNeighbourhoods.neighbourhoodId}
         WHERE ${activityNeighbourhoods.activityId} = ${id} ORDER BY ${neighbourhoods.sortOrder}, ${neighbourhoods.name}`,
    ),
    statement(
      d1,
      sql`SELECT ${activityTargetGroups.targetGroup} AS code FROM ${activityTargetGroups} WHERE ${activityTargetGroups.activityId} = ${id}`,
    ),
    statement(
      d1,
      sql`SELECT ${activityExceptions.date} AS date FROM ${activityExceptions} WHERE ${activityExceptions.activityId} = ${id} ORDER BY ${activityExceptions.date}`,
    ),
    statement(
      d1,
      sql`SELECT ${organisations.name} AS name, ${organisations.slug} AS slug FROM ${activityOrganisers}
          JOIN ${organisations} ON ${organisations.id} = ${activityOrganisers.organisationId}
         WHERE ${activityOrganisers.activityId} = ${id} AND ${organisations.status} = 'approved' ORDER BY ${organisations.name}`,
    ),
    statement(
      d1,
      sql`SELECT date, start_time AS startTime, end_time AS endTime FROM activity_occurrences
         WHERE activity_id = ${id} AND date >= ${today} ORDER BY date LIMIT ${DETAIL_DATES}`,
    ),
    statement(d1, currentGoalsSql(activityGoalIds(id))),
  ]);
  const row = rowsOf<DetailRow>(main)[0];
  if (!row) return null;
  const targetGroupCodes = rowsOf<{ code: TargetGroup }>(targetGroupRows).map((r) => r.code);
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    organisation: { name: row.organisationName, slug: row.organisationSlug },
    coOrganisers: rowsOf<{ name: string; slug: string }>(organiserRows),
    locationName: row.locationName,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    schedule: scheduleOfRow({
      ...row,
      pauseInHolidays: row.pauseInHolidays === 1,
      exceptions: rowsOf<{ date: string }>(exceptionRows).map((r) => r.date),
    }),
    upcoming: rowsOf<DatedSlot>(occurrenceRows),
    costCents: row.costCents,
    joinMethod: row.joinMethod,
    joinDetail: row.joinDetail,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    accessibility: row.accessibility,
    languages: row.languages,
    pillars: rowsOf<{ id: PillarId; nameNl: string; nameEn: string }>(pillarRows)
      .filter((p) => PILLAR_IDS.includes(p.id))
      .map((p) => ({ id: p.id, name: locale === 'nl' ? p.nameNl : p.nameEn })),
    neighbourhoods: rowsOf<{ slug: string; name: string }>(neighbourhoodRows),
    targetGroups: TARGET_GROUPS.filter((code) => targetGroupCodes.includes(code)),
    goals: toPlanGoals(rowsOf<PlanGoalRow>(goalRows)),
    isDemo: row.isDemo === 1,
    photo: imageOfColumns(row.photoKey, row.photoAlt),
  };
}
