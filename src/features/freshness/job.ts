import { and, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { createDb, type Db } from '../../db/client';
import type { ActivityStatus } from '../../db/enums';
import { activities, activityRevisions, memberships, users } from '../../db/schema';
import { invalidatePublicPages } from '../../cache';
import { deliverOutbox } from '../../mail/mailer';
import { localDate } from '../../dates';
import { refreshNextDatesQuery } from '../activities/next-date';
import { occurrenceContext, refreshOccurrences } from '../activities/occurrences';
import { runBatch } from '../../security/transition-guard';
import { publiclyVisibleActivity } from '../activities/visibility';
import { monthsBefore } from '../activity-editing/clock';
import { OPEN_REVISION_STATUSES, type Recipient } from '../activity-editing/queries';
import { purgeExpiredDraftsStatement } from '../activity-editing/saved-drafts';
import { activityIs, whileActivity, type Statement } from '../activity-editing/statements';
import { auditRow, commandBatch, mailRow } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { freshnessTexts } from './texts';

/** Activities in these statuses are archived once their last date has passed. */
const ARCHIVE_WHEN_ENDED: ActivityStatus[] = ['draft', 'submitted', 'changes-requested', 'published', 'withdrawn'];
export const REMINDER_AFTER_MONTHS = 6;
export const HIDE_AFTER_REMINDER_MONTHS = 1;
/** Activities per write batch: each carries its own guard, so a batch never depends on another. */
const CHUNK = 25;

export type FreshnessReport = {
  datesMoved: number;
  archived: number;
  reminded: number;
  hidden: number;
  /** Occurrence rows added at the end of the horizon and removed for days that have passed. */
  occurrencesAdded: number;
  occurrencesRemoved: number;
};

const membersJson = sql<string>`(SELECT json_group_array(json_object('name', ${users.name}, 'email', ${users.email}, 'locale', ${users.locale}))
  FROM ${memberships} JOIN ${users} ON ${users.id} = ${memberships.userId}
  WHERE ${memberships.organisationId} = ${activities.organisationId} AND ${users.disabledAt} IS NULL)`;

/** When the partner last said the activity is current: confirmed, else published, else last changed. */
const lastConfirmed = sql`coalesce(${activities.confirmedAt}, ${activities.publishedAt}, ${activities.updatedAt})`;

function candidates(db: Db, now: Date) {
  const today = localDate(now);
  const columns = {
    id: activities.id,
    version: activities.version,
    status: activities.status,
    title: activities.title,
    reminderSentAt: activities.reminderSentAt,
    members: membersJson,
  };
  return [
    // Over: the last date lies before today in Maastricht.
    db
      .select(columns)
      .from(activities)
      .where(and(inArray(activities.status, ARCHIVE_WHEN_ENDED), lt(activities.lastDate, today))),
    // Publicly visible and unconfirmed for six months, not reminded yet.
    db
      .select(columns)
      .from(activities)
      .where(
        and(
          publiclyVisibleActivity(today),
          isNull(activities.reminderSentAt),
          lte(lastConfirmed, monthsBefore(now, REMINDER_AFTER_MONTHS).getTime()),
        ),
      ),
    // Reminded a month ago and still not confirmed.
    db
      .select(columns)
      .from(activities)
      .where(
        and(
          eq(activities.status, 'published'),
          isNull(activities.staleHiddenAt),
          isNotNull(activities.reminderSentAt),
          lte(activities.reminderSentAt, monthsBefore(now, HIDE_AFTER_REMINDER_MONTHS)),
          sql`${activities.lastDate} >= ${today}`,
        ),
      ),
  ] as const;
}

type Candidate = { id: number; version: number; status: ActivityStatus; title: string; reminderSentAt: Date | null; members: string };

const recipientsOf = (candidate: Candidate) => JSON.parse(candidate.members) as Recipient[];

function archiveStatements(ctx: CommandContext, a: Candidate): Statement[] {
  const { db, now } = ctx;
  const guard = activityIs(a.id, [a.status], a.version);
  const condition = whileActivity(db, guard);
  return [
    auditRow(
      ctx,
      { actorUserId: null, action: 'activity.archive', objectType: 'activity', objectId: a.id, detail: { reason: 'ended', from: a.status } },
      condition,
    ),
    db
      .update(activityRevisions)
      .set({ status: 'withdrawn', version: sql`${activityRevisions.version} + 1`, updatedAt: now, decidedAt: now })
      .where(and(eq(activityRevisions.activityId, a.id), inArray(activityRevisions.status, OPEN_REVISION_STATUSES), condition)),
    db
      .update(activities)
      .set({ status: 'archived', version: sql`${activities.version} + 1`, updatedAt: now })
      .where(guard)
      .returning({ id: activities.id }),
  ];
}

/**
 * The reminder and the hiding are bookkeeping, not edits: they do not bump the version (a partner's open form stays
 * valid), and are guarded by the version plus the state they change, so each happens exactly once.
 */
function reminderStatements(ctx: CommandContext, a: Candidate): Statement[] {
  const { db, now, origin } = ctx;
  const guard = and(activityIs(a.id, ['published'], a.version), isNull(activities.reminderSentAt))!;
  const condition = whileActivity(db, guard);
  const url = `${origin}/portaal/activiteiten/${a.id}`;
  return [
    auditRow(ctx, { actorUserId: null, action: 'activity.remind', objectType: 'activity', objectId: a.id }, condition),
    ...recipientsOf(a).map((r) =>
      mailRow(
        ctx,
        {
          to: r.email,
          subject: freshnessTexts[r.locale].reminderSubject(a.title),
          body: freshnessTexts[r.locale].reminderBody(r.name, a.title, url),
          kind: 'activity.remind',
        },
        condition,
      ),
    ),
    db.update(activities).set({ reminderSentAt: now }).where(guard).returning({ id: activities.id }),
  ];
}

function hideStatements(ctx: CommandContext, a: Candidate): Statement[] {
  const { db, now, origin } = ctx;
  const guard = and(activityIs(a.id, ['published'], a.version), isNull(activities.staleHiddenAt), eq(activities.reminderSentAt, a.reminderSentAt!))!;
  const condition = whileActivity(db, guard);
  const url = `${origin}/portaal/activiteiten/${a.id}`;
  return [
    auditRow(ctx, { actorUserId: null, action: 'activity.hide-stale', objectType: 'activity', objectId: a.id }, condition),
    ...recipientsOf(a).map((r) =>
      mailRow(
        ctx,
        {
          to: r.email,
          subject: freshnessTexts[r.locale].hiddenSubject(a.title),
          body: freshnessTexts[r.locale].hiddenBody(r.name, a.title, url),
          kind: 'activity.hide-stale',
        },
        condition,
      ),
    ),
    db.update(activities).set({ staleHiddenAt: now }).where(guard).returning({ id: activities.id }),
  ];
}

/**
 * Runs per-activity statement groups in chunks through the kernel; counts the groups whose guarded change (their last
 * statement, with RETURNING) won. Each group carries its own guard, so a chunk has no single guarded change.
 */
async function runGroups(ctx: CommandContext, groups: Statement[][]): Promise<number> {
  let changed = 0;
  for (let i = 0; i < groups.length; i += CHUNK) {
    const chunk = groups.slice(i, i + CHUNK);
    const committed = await commandBatch(ctx)
      .add(...chunk.flat())
      .commit();
    const results = committed.kind === 'ok' ? committed.results : [];
    let index = -1;
    for (const group of chunk) {
      index += group.length;
      if (results[index]?.results.length === 1) changed++;
    }
  }
  return changed;
}

/**
 * The daily freshness job: moves the stored next date of activities whose date has passed, archives activities whose
 * last date has passed, e-mails a reminder for activities unconfirmed for six months, and hides them from the public
 * list a month after an unanswered reminder. `now` is a parameter so tests run it with a controlled clock.
 */
export async function runFreshnessJob(db: Db, opts: { now: Date; origin: string }): Promise<FreshnessReport> {
  const { now, origin } = opts;
  // The daily job is nobody's request: no actor, no IP, and its follow-ups run in scheduledFreshness().
  const ctx: CommandContext = { db, now, ip: null, origin };
  // Occurrences first: the next date of every kind but once and plain weekly is read from them.
  const occurrences = await refreshOccurrences(db, await occurrenceContext(db, localDate(now)));
  const [moved] = await runBatch(db, [refreshNextDatesQuery(localDate(now))]);
  const [ended, due, stale] = (await db.batch([...candidates(db, now), purgeExpiredDraftsStatement(db, now)])) as unknown as [
    Candidate[],
    Candidate[],
    Candidate[],
  ];
  const endedIds = new Set(ended.map((a) => a.id));
  const archived = await runGroups(
    ctx,
    ended.map((a) => archiveStatements(ctx, a)),
  );
  const reminded = await runGroups(
    ctx,
    due.filter((a) => !endedIds.has(a.id)).map((a) => reminderStatements(ctx, a)),
  );
  const hidden = await runGroups(
    ctx,
    stale.filter((a) => !endedIds.has(a.id)).map((a) => hideStatements(ctx, a)),
  );
  return {
    datesMoved: moved?.meta.changes ?? 0,
    archived,
    reminded,
    hidden,
    occurrencesAdded: occurrences.added,
    occurrencesRemoved: occurrences.removed,
  };
}

/** The Workers `scheduled` entry: run the job, send its mail, and refresh cached public pages when anything changed. */
export async function scheduledFreshness(env: Env, now: Date): Promise<FreshnessReport> {
  const report = await runFreshnessJob(createDb(env.DB), { now, origin: env.PUBLIC_ORIGIN });
  if (report.datesMoved || report.archived || report.hidden || report.occurrencesAdded || report.occurrencesRemoved) await invalidatePublicPages(env);
  if (report.reminded || report.hidden) await deliverOutbox(env);
  console.log('freshness job', JSON.stringify(report));
  return report;
}
