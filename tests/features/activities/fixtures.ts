import { occurrenceStatements, scheduleOfRow } from '../../../src/features/activities/occurrences';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import type { JoinMethod, OrganisationKind, OrganisationStatus, PillarId, TargetGroup } from '../../../src/db/enums';
import { OPEN_END_DATE } from '../../../src/db/enums';
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
} from '../../../src/db/schema';
import { DEMO_NEIGHBOURHOODS, DEMO_PILLARS } from '../../../src/db/seed/reference';
import { addDays, localDate } from '../../../src/dates';
import { weekdayMask } from '../../../src/features/activities/schedule';
import { db } from '../../helpers';

export const today = () => localDate(new Date());

/** The pillars and neighbourhoods of the programme, without any demo organisations or activities. */
export async function ensureReference() {
  await db().batch([
    ...DEMO_PILLARS.map((p, i) =>
      db()
        .insert(pillars)
        .values({ ...p, sortOrder: i })
        .onConflictDoNothing(),
    ),
    ...DEMO_NEIGHBOURHOODS.map((n, i) =>
      db()
        .insert(neighbourhoods)
        .values({ ...n, sortOrder: i })
        .onConflictDoNothing(),
    ),
  ] as never);
  const rows = await db().select({ id: neighbourhoods.id, slug: neighbourhoods.slug }).from(neighbourhoods);
  return Object.fromEntries(rows.map((r) => [r.slug, r.id])) as Record<string, number>;
}

let counter = 0;

export async function makeOrganisation(
  opts: {
    name?: string;
    kind?: OrganisationKind;
    status?: OrganisationStatus;
    website?: string | null;
    contactEmail?: string;
    contactPhone?: string;
    isDemo?: boolean;
  } = {},
) {
  const n = ++counter;
  const name = opts.name ?? `Fixture organisatie ${n} ${Date.now().toString(36)}`;
  const [row] = await db()
    .insert(organisations)
    .values({
      name,
      slug: name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      kind: opts.kind ?? 'neighbourhood',
      status: opts.status ?? 'approved',
      description: 'Organisatie voor tests.',
      website: opts.website ?? null,
      contactEmail: opts.contactEmail ?? null,
      contactPhone: opts.contactPhone ?? null,
      isDemo: opts.isDemo ?? false,
    })
    .returning();
  return row!;
}

export type ActivityFixture = {
  organisationId: number;
  title?: string;
  summary?: string;
  description?: string;
  locationName?: string;
  street?: string;
  pillars?: PillarId[];
  neighbourhoods?: string[];
  targetGroups?: TargetGroup[];
  /** One-off on today + offset. */
  onceIn?: number;
  /** Weekly on these weekdays (0 = Monday). */
  weekly?: number[];
  firstIn?: number;
  lastIn?: number | null;
  exceptions?: string[];
  startTime?: string;
  endTime?: string;
  status?: 'published' | 'draft' | 'submitted' | 'archived';
  staleHidden?: boolean;
  costCents?: number | null;
  joinMethod?: JoinMethod;
  joinDetail?: string | null;
  coOrganisers?: number[];
  isDemo?: boolean;
};

/** Inserts one activity with its pillars, neighbourhoods, target groups, exceptions and co-organisers. */
export async function makeActivity(f: ActivityFixture) {
  const nbIds = await ensureReference();
  const t = today();
  const once = f.weekly === undefined;
  const firstDate = once ? addDays(t, f.onceIn ?? 3) : addDays(t, f.firstIn ?? -14);
  const lastDate = once ? firstDate : f.lastIn === undefined || f.lastIn === null ? OPEN_END_DATE : addDays(t, f.lastIn);
  const [row] = await db()
    .insert(activities)
    .values({
      organisationId: f.organisationId,
      title: f.title ?? `Activiteit ${++counter}`,
      summary: f.summary ?? 'Een activiteit voor tests.',
      description: f.description ?? '',
      locationName: f.locationName ?? 'Buurthuis',
      street: f.street ?? '',
      scheduleKind: once ? 'once' : 'weekly',
      firstDate,
      lastDate,
      weekdays: once ? 0 : weekdayMask(f.weekly!),
      startTime: f.startTime ?? '10:00',
      endTime: f.endTime ?? '11:00',
      costCents: f.costCents ?? null,
      joinMethod: f.joinMethod ?? 'walk-in',
      joinDetail: f.joinDetail ?? null,
      status: f.status ?? 'published',
      staleHiddenAt: f.staleHidden ? new Date() : null,
      isDemo: f.isDemo ?? false,
    })
    .returning();
  const id = row!.id;
  const tags = [
    ...(f.pillars ?? ['health']).map((pillarId) => db().insert(activityPillars).values({ activityId: id, pillarId })),
    ...(f.neighbourhoods ?? ['pottenberg']).map((slug) =>
      db().insert(activityNeighbourhoods).values({ activityId: id, neighbourhoodId: nbIds[slug]! }),
    ),
    ...(f.targetGroups ?? ['everyone']).map((targetGroup) => db().insert(activityTargetGroups).values({ activityId: id, targetGroup })),
    ...(f.exceptions ?? []).map((date) => db().insert(activityExceptions).values({ activityId: id, date })),
    ...(f.coOrganisers ?? []).map((organisationId) => db().insert(activityOrganisers).values({ activityId: id, organisationId })),
  ];
  // Its occurrences, as every command writes them (the agenda and the detail page read them).
  const occurrences = occurrenceStatements(db(), id, scheduleOfRow({ ...row!, exceptions: f.exceptions ?? [] }), { today: t, holidays: [] });
  await db().batch([...tags, ...occurrences] as never);
  return row!;
}

export async function setActivityStatus(id: number, status: 'published' | 'draft') {
  await db().update(activities).set({ status }).where(eq(activities.id, id));
}

/** Titles of the activity cards on a page, in order. */
export function cardTitles(html: string): string[] {
  return [
    ...html.matchAll(/<h[34] class="utrecht-heading-[34]" id="activiteit-\d+"><a class="utrecht-link" href="\/activiteiten\/\d+">([^<]*)<\/a>/g),
  ].map((m) => m[1]!);
}

/** The "N activiteiten gevonden" count of a list page. */
export function resultCount(html: string): number {
  const match =
    /<strong>(Geen|\d+) activiteit(?:en)? gevonden\.<\/strong>/.exec(html) ?? /<strong>(No|\d+) activit(?:y|ies) found\.<\/strong>/.exec(html);
  if (!match) throw new Error('no result count on the page');
  return match[1] === 'Geen' || match[1] === 'No' ? 0 : Number(match[1]);
}

/**
 * `count` published one-off activities in one statement (no parameter limit, no round trip per row). `title`,
 * `daysAhead` and `startTime` are SQL expressions over the row number `i` (1 … count).
 */
export async function insertOnceActivities(
  organisationId: number,
  count: number,
  sql: { title: string; daysAhead: string; startTime: string },
  status: 'published' | 'draft' = 'published',
) {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO activities (organisation_id, title, summary, location_name, schedule_kind, first_date, last_date, start_time, end_time, status, created_at, updated_at)
     SELECT ?, ${sql.title}, 'Samenvatting', 'Buurthuis', 'once', date(?, '+' || (${sql.daysAhead}) || ' days'), date(?, '+' || (${sql.daysAhead}) || ' days'),
            ${sql.startTime}, '20:00', ?, 0, 0
       FROM n`,
  )
    .bind(count, organisationId, today(), today(), status)
    .run();
}
