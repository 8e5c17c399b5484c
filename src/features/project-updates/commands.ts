import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canPostProjectUpdate, canReviewProjectUpdates, canReviseProjectUpdate, leadMembershipFor, projectUpdateNeedsReview } from '../../auth/policy';
import type { Db } from '../../db/client';
import { projectUpdates } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { parseWith } from '../../validation/form';
import { composeMail, queueMailToUsersStatement } from '../../mail/compose';
import { runBatch, type BatchStatement } from '../../security/transition-guard';
import { auditWhere, changedRows } from '../project-management/statements';
import { conflict, done, forbidden, invalid, notFound, type CommandResult } from '../project-management/result';
import { localDate } from '../projects/dates';
import type { UpdateContext, UpdateForReview } from './queries';
import { decisionSchema, updateSchema, type Decision } from './schemas';
import { updateTexts } from './texts';

export type UpdateCommandContext = { locale: Locale; origin: string; ip?: string | null; now?: Date };

const ALWAYS = sql`1 = 1`;

/** The programme team hears of a lead partner's update that waits for them, each in their own language. */
function notifyProgrammeTeam(db: Db, org: string, project: string, title: string, origin: string, guard: SQL) {
  const mail = composeMail({
    nl: {
      subject: updateTexts.nl.mailSubmittedSubject(project),
      paragraphs: [updateTexts.nl.mailSubmittedBody(org, project, title), updateTexts.nl.mailReviewLink(`${origin}/beoordelen/voortgangsberichten`)],
    },
    en: {
      subject: updateTexts.en.mailSubmittedSubject(project),
      paragraphs: [updateTexts.en.mailSubmittedBody(org, project, title), updateTexts.en.mailReviewLink(`${origin}/beoordelen/voortgangsberichten`)],
    },
  });
  return queueMailToUsersStatement(db, 'project-update.submitted', mail, sql`u.role = 'programme' and u.disabled_at is null and ${guard}`);
}

/**
 * Posts a progress update. The programme team's update is published at once; a member of a lead partner submits it
 * for review (on behalf of that organisation) and the programme team is told.
 */
export async function postProjectUpdate(
  db: Db,
  actor: CurrentUser | null,
  context: UpdateContext,
  input: unknown,
  ctx: UpdateCommandContext,
): Promise<CommandResult<{ status: 'approved' | 'submitted' }>> {
  const leadIds = context.leads.map((l) => l.id);
  if (!actor || !canPostProjectUpdate(actor, leadIds)) return forbidden;
  const now = ctx.now ?? new Date();
  const parsed = parseWith(updateSchema(localDate(now)), input, ctx.locale, updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const review = projectUpdateNeedsReview(actor);
  const lead = review ? leadMembershipFor(actor, leadIds) : null;
  if (review && !lead) return forbidden;
  const status = review ? 'submitted' : 'approved';
  const statements: BatchStatement[] = [
    db.insert(projectUpdates).values({
      projectId: context.project.id,
      authorUserId: actor.id,
      organisationId: lead?.organisationId ?? null,
      title: data.title,
      body: data.body,
      publishedOn: data.publishedOn,
      status,
      createdAt: now,
      updatedAt: now,
    }),
    auditWhere(
      db,
      {
        actorUserId: actor.id,
        action: review ? 'project-update.submit' : 'project-update.publish',
        objectType: 'project-update',
        objectId: sql`last_insert_rowid()`,
        ip: ctx.ip,
        detail: { projectId: context.project.id, organisationId: lead?.organisationId ?? null },
      },
      ALWAYS,
      now,
    ),
  ];
  if (lead) statements.push(notifyProgrammeTeam(db, lead.organisationName, context.project.title, data.title, ctx.origin, ALWAYS));
  await runBatch(db, statements);
  return done({ status });
}

/** A lead partner reworks its update after the programme team asked for changes, and submits it again. */
export async function reviseProjectUpdate(
  db: Db,
  actor: CurrentUser | null,
  context: UpdateContext,
  version: number | null,
  input: unknown,
  ctx: UpdateCommandContext,
): Promise<CommandResult> {
  const update = context.update;
  if (!update) return notFound;
  if (!actor || !canReviseProjectUpdate(actor, update)) return forbidden;
  const now = ctx.now ?? new Date();
  const parsed = parseWith(updateSchema(localDate(now)), input, ctx.locale, updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  if (version === null || version !== update.version) return conflict;
  const data = parsed.data;
  const guard = sql`exists (select 1 from ${projectUpdates} where ${projectUpdates.id} = ${update.id}
    and ${projectUpdates.status} = 'changes-requested' and ${projectUpdates.version} = ${version})`;
  const org = actor.memberships.find((m) => m.organisationId === update.organisationId)?.organisationName ?? '';
  const results = await runBatch(db, [
    notifyProgrammeTeam(db, org, context.project.title, data.title, ctx.origin, guard),
    auditWhere(
      db,
      { actorUserId: actor.id, action: 'project-update.resubmit', objectType: 'project-update', objectId: update.id, ip: ctx.ip },
      guard,
      now,
    ),
    db
      .update(projectUpdates)
      .set({ title: data.title, body: data.body, publishedOn: data.publishedOn, status: 'submitted', version: sql`${projectUpdates.version} + 1`, updatedAt: now })
      .where(and(eq(projectUpdates.id, update.id), eq(projectUpdates.status, 'changes-requested'), eq(projectUpdates.version, version))),
  ]);
  return changedRows(results.at(-1)) === 1 ? done(undefined) : conflict;
}

const STATUS_AFTER: Record<Decision, 'approved' | 'changes-requested' | 'rejected'> = {
  approve: 'approved',
  changes: 'changes-requested',
  reject: 'rejected',
};

function decisionMail(decision: Decision, title: string, project: string, comment: string, link: string) {
  const part = (locale: Locale) => {
    const t = updateTexts[locale];
    const opening = decision === 'approve' ? t.mailApproved(title) : decision === 'changes' ? t.mailChanges(title) : t.mailRejected(title);
    return {
      subject: t.mailDecisionSubject(project),
      paragraphs: [opening, ...(comment ? [t.mailComment(comment)] : []), t.mailProjectLink(link)],
    };
  };
  return composeMail({ nl: part('nl'), en: part('en') });
}

/** The programme team approves a lead partner's update, asks for changes, or rejects it (with a comment); the author is told. */
export async function reviewProjectUpdate(
  db: Db,
  actor: CurrentUser | null,
  update: UpdateForReview,
  version: number | null,
  input: unknown,
  ctx: UpdateCommandContext,
): Promise<CommandResult<{ status: string }>> {
  if (!canReviewProjectUpdates(actor)) return forbidden;
  const parsed = parseWith(decisionSchema, input, ctx.locale, updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  if (update.status !== 'submitted' || version === null || version !== update.version) return conflict;
  const { decision, comment } = parsed.data;
  const status = STATUS_AFTER[decision];
  const now = ctx.now ?? new Date();
  const guard = sql`exists (select 1 from ${projectUpdates} where ${projectUpdates.id} = ${update.id}
    and ${projectUpdates.status} = 'submitted' and ${projectUpdates.version} = ${version})`;
  const link = decision === 'changes' ? `${ctx.origin}/projecten/${update.projectSlug}#eigen-berichten-kop` : `${ctx.origin}/projecten/${update.projectSlug}`;
  const results = await runBatch(db, [
    queueMailToUsersStatement(
      db,
      'project-update.decided',
      decisionMail(decision, update.title, update.projectTitle, comment, link),
      sql`u.id = (select author_user_id from ${projectUpdates} where ${projectUpdates.id} = ${update.id}) and u.disabled_at is null and ${guard}`,
    ),
    auditWhere(
      db,
      {
        actorUserId: actor!.id,
        action: `project-update.${decision === 'approve' ? 'approve' : decision === 'changes' ? 'request-changes' : 'reject'}`,
        objectType: 'project-update',
        objectId: update.id,
        ip: ctx.ip,
        detail: comment ? { comment } : undefined,
      },
      guard,
      now,
    ),
    db
      .update(projectUpdates)
      .set({ status, reviewComment: comment === '' ? null : comment, version: sql`${projectUpdates.version} + 1`, updatedAt: now })
      .where(and(eq(projectUpdates.id, update.id), eq(projectUpdates.status, 'submitted'), eq(projectUpdates.version, version))),
  ]);
  return changedRows(results.at(-1)) === 1 ? done({ status }) : conflict;
}
