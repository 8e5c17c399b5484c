import { and, eq, sql } from 'drizzle-orm';
import {
  canPostProjectUpdate,
  canReviewProjectUpdates,
  canReviseProjectUpdate,
  leadMembershipFor,
  projectUpdateNeedsReview,
} from '../../auth/policy';
import { type CommandBatch, commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, done, forbidden, invalid, notFound, ok, type CommandResult } from '../../commands/result';
import { projectUpdates } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { parseWith } from '../../validation/form';
import { composeMail } from '../../mail/compose';
import { localDate } from '../../dates';
import type { UpdateContext, UpdateForReview } from './queries';
import { decisionSchema, updateSchema, type Decision } from './schemas';
import { updateTexts } from './texts';

/** The programme team hears of a lead partner's update that waits for them, each in their own language. */
function notifyProgrammeTeam(batch: CommandBatch, org: string, project: string, title: string, origin: string) {
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
  return batch.mailToUsers('project-update.submitted', mail, sql`u.role = 'programme' and u.disabled_at is null`);
}

/**
 * Posts a progress update. The programme team's update is published at once; a member of a lead partner submits it
 * for review (on behalf of that organisation) and the programme team is told.
 */
export async function postProjectUpdate(
  ctx: CommandContext,
  actor: CurrentUser,
  context: UpdateContext,
  input: unknown,
): Promise<CommandResult<{ status: 'approved' | 'submitted' }>> {
  const leadIds = context.leads.map((l) => l.id);
  if (!canPostProjectUpdate(actor, leadIds)) return forbidden;
  const { db, now } = ctx;
  const parsed = parseWith(updateSchema(localDate(now)), input, localeOf(ctx), updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const review = projectUpdateNeedsReview(actor);
  const lead = review ? leadMembershipFor(actor, leadIds) : null;
  if (review && !lead) return forbidden;
  const status = review ? 'submitted' : 'approved';
  const batch = commandBatch(ctx).change(
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
  );
  // Straight after the insert, before any other statement: last_insert_rowid() is the new update's id.
  batch.audit({
    actorUserId: actor.id,
    action: review ? 'project-update.submit' : 'project-update.publish',
    objectType: 'project-update',
    objectId: sql`last_insert_rowid()`,
    detail: { projectId: context.project.id, organisationId: lead?.organisationId ?? null },
  });
  if (lead) notifyProgrammeTeam(batch, lead.organisationName, context.project.title, data.title, ctx.origin);
  await batch.commit();
  return ok({ status });
}

/** A lead partner reworks its update after the programme team asked for changes, and submits it again. */
export async function reviseProjectUpdate(
  ctx: CommandContext,
  actor: CurrentUser,
  context: UpdateContext,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  const update = context.update;
  if (!update) return notFound;
  if (!canReviseProjectUpdate(actor, update)) return forbidden;
  const { db, now } = ctx;
  const parsed = parseWith(updateSchema(localDate(now)), input, localeOf(ctx), updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  if (version === null || version !== update.version) return conflict;
  const data = parsed.data;
  const guard = sql`exists (select 1 from ${projectUpdates} where ${projectUpdates.id} = ${update.id}
    and ${projectUpdates.status} = 'changes-requested' and ${projectUpdates.version} = ${version})`;
  const org = actor.memberships.find((m) => m.organisationId === update.organisationId)?.organisationName ?? '';
  const batch = commandBatch(ctx).guard(guard);
  notifyProgrammeTeam(batch, org, context.project.title, data.title, ctx.origin);
  const committed = await batch
    .audit({ actorUserId: actor.id, action: 'project-update.resubmit', objectType: 'project-update', objectId: update.id })
    .change(
      db
        .update(projectUpdates)
        .set({
          title: data.title,
          body: data.body,
          publishedOn: data.publishedOn,
          status: 'submitted',
          version: sql`${projectUpdates.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(projectUpdates.id, update.id), eq(projectUpdates.status, 'changes-requested'), eq(projectUpdates.version, version))),
    )
    .commit();
  return committed.kind === 'ok' ? done : conflict;
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
  ctx: CommandContext,
  actor: CurrentUser,
  update: UpdateForReview,
  version: number | null,
  input: unknown,
): Promise<CommandResult<{ status: string }>> {
  if (!canReviewProjectUpdates(actor)) return forbidden;
  const parsed = parseWith(decisionSchema, input, localeOf(ctx), updateTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  if (update.status !== 'submitted' || version === null || version !== update.version) return conflict;
  const { decision, comment } = parsed.data;
  const status = STATUS_AFTER[decision];
  const { db, now } = ctx;
  const guard = sql`exists (select 1 from ${projectUpdates} where ${projectUpdates.id} = ${update.id}
    and ${projectUpdates.status} = 'submitted' and ${projectUpdates.version} = ${version})`;
  const link =
    decision === 'changes' ? `${ctx.origin}/projecten/${update.projectSlug}#eigen-berichten-kop` : `${ctx.origin}/projecten/${update.projectSlug}`;
  const committed = await commandBatch(ctx)
    .guard(guard)
    .mailToUsers(
      'project-update.decided',
      decisionMail(decision, update.title, update.projectTitle, comment, link),
      sql`u.id = (select author_user_id from ${projectUpdates} where ${projectUpdates.id} = ${update.id}) and u.disabled_at is null`,
    )
    .audit({
      actorUserId: actor.id,
      action: `project-update.${decision === 'approve' ? 'approve' : decision === 'changes' ? 'request-changes' : 'reject'}`,
      objectType: 'project-update',
      objectId: update.id,
      detail: comment ? { comment } : undefined,
    })
    .change(
      db
        .update(projectUpdates)
        .set({ status, reviewComment: comment === '' ? null : comment, version: sql`${projectUpdates.version} + 1`, updatedAt: now })
        .where(and(eq(projectUpdates.id, update.id), eq(projectUpdates.status, 'submitted'), eq(projectUpdates.version, version))),
    )
    .commit();
  return committed.kind === 'ok' ? ok({ status }) : conflict;
}
