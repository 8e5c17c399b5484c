import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityStatus } from '../../../src/db/enums';
import {
  activities,
  activityNeighbourhoods,
  activityPillars,
  activityRevisions,
  auditLog,
  outbox,
  savedDrafts,
  sessions,
} from '../../../src/db/schema';
import { runFreshnessJob } from '../../../src/features/freshness/job';
import worker from '../../../src/index';
import { db, ensureReferenceData, partnerWithOrganisation, postForm, request } from '../../helpers';

let nb: Record<string, number>;
beforeAll(async () => {
  nb = await ensureReferenceData();
});

/** The controlled clock: 15 June 2030, noon in Maastricht. */
const NOW = new Date('2030-06-15T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);
const run = (now = NOW) => runFreshnessJob(db(), { now, origin: 'http://localhost' });

/** Test set-up: an activity as the public site has it, straight in the database. */
async function activity(
  organisationId: number,
  fields: { status?: ActivityStatus; lastDate?: string; confirmedAt?: Date | null; reminderSentAt?: Date | null; title?: string },
) {
  const [row] = await db()
    .insert(activities)
    .values({
      organisationId,
      title: fields.title ?? 'Activiteit',
      summary: 'Samenvatting',
      locationName: 'Buurthuis',
      street: 'Hoofdstraat 1',
      postcode: '6216 AB',
      scheduleKind: 'weekly',
      firstDate: '2026-01-05',
      lastDate: fields.lastDate ?? '2031-12-31',
      weekdays: 1,
      startTime: '10:00',
      endTime: '11:00',
      status: fields.status ?? 'published',
      publishedAt: daysBefore(400),
      confirmedAt: fields.confirmedAt === undefined ? daysBefore(10) : fields.confirmedAt,
      reminderSentAt: fields.reminderSentAt ?? null,
    })
    .returning();
  await db().insert(activityPillars).values({ activityId: row!.id, pillarId: 'health' });
  await db().insert(activityNeighbourhoods).values({ activityId: row!.id, neighbourhoodId: nb.pottenberg! });
  return row!;
}

const row = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!;
const auditsFor = async (id: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectId, String(id)), eq(auditLog.action, action)));
const mailsTo = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email));

describe('archiving activities whose last date has passed', () => {
  it('archives ended activities (with the audit row), closes their open revision, and leaves today’s alone', async () => {
    const { organisation } = await partnerWithOrganisation();
    const ended = await activity(organisation.id, { lastDate: '2030-06-14' });
    const endedDraft = await activity(organisation.id, { status: 'draft', lastDate: '2030-01-01' });
    const endsToday = await activity(organisation.id, { lastDate: '2030-06-15' });
    const rejected = await activity(organisation.id, { status: 'rejected', lastDate: '2030-01-01' });
    const [revision] = await db().insert(activityRevisions).values({ activityId: ended.id, data: '{}', status: 'submitted' }).returning();

    const report = await run();
    expect(report.archived).toBeGreaterThanOrEqual(2);
    expect(await row(ended.id)).toMatchObject({ status: 'archived', version: 2 });
    expect((await row(endedDraft.id)).status).toBe('archived');
    expect((await row(endsToday.id)).status).toBe('published');
    expect((await row(rejected.id)).status).toBe('rejected');
    expect((await db().select().from(activityRevisions).where(eq(activityRevisions.id, revision!.id)))[0]!.status).toBe('withdrawn');
    const [audit] = await auditsFor(ended.id, 'activity.archive');
    expect(audit).toMatchObject({ actorUserId: null, objectType: 'activity' });
    expect(JSON.parse(audit!.detail!)).toEqual({ reason: 'ended', from: 'published' });

    const again = await run();
    expect(again.archived).toBe(0);
    expect(await auditsFor(ended.id, 'activity.archive')).toHaveLength(1);
  });
});

describe('reminders and hiding of stale activities', () => {
  it('e-mails a reminder after six months without confirmation, once', async () => {
    const { organisation, user } = await partnerWithOrganisation();
    const stale = await activity(organisation.id, { confirmedAt: daysBefore(200), title: 'Breiclub' });
    const fresh = await activity(organisation.id, { confirmedAt: daysBefore(150), title: 'Zangkoor' });

    await run();
    expect((await row(stale.id)).reminderSentAt).toEqual(NOW);
    expect((await row(stale.id)).version).toBe(1); // bookkeeping: a partner's open form stays valid
    expect((await row(fresh.id)).reminderSentAt).toBeNull();
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Klopt "Breiclub" nog?');
    expect(mails[0]!.bodyText).toContain(`http://localhost/portaal/activiteiten/${stale.id}`);
    expect(await auditsFor(stale.id, 'activity.remind')).toHaveLength(1);

    await run(new Date(NOW.getTime() + DAY));
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it('hides an activity a month after an unanswered reminder, with a note in the workspace', async () => {
    const { organisation, user, cookie } = await partnerWithOrganisation();
    const unanswered = await activity(organisation.id, { confirmedAt: daysBefore(240), reminderSentAt: daysBefore(35), title: 'Fietsles' });
    const recent = await activity(organisation.id, { confirmedAt: daysBefore(220), reminderSentAt: daysBefore(14), title: 'Tekenles' });
    expect((await request(`/activiteiten/${unanswered.id}`)).status).toBe(200);

    const report = await run();
    expect(report.hidden).toBeGreaterThanOrEqual(1);
    expect((await row(unanswered.id)).staleHiddenAt).toEqual(NOW);
    expect((await row(recent.id)).staleHiddenAt).toBeNull();
    expect(await auditsFor(unanswered.id, 'activity.hide-stale')).toHaveLength(1);
    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain('"Fietsles" is verborgen op de website');

    // Hidden from the public, with a note for the partner…
    expect((await request(`/activiteiten/${unanswered.id}`)).status).toBe(404);
    expect((await request(`/activiteiten/${recent.id}`)).status).toBe(200);
    const workspace = await (await request('/portaal', { cookie })).text();
    expect(workspace).toContain('Fietsles</a>: Verborgen op de openbare lijst');

    // …until the partner confirms it: visible again, and the clock starts over.
    expect((await postForm(`/portaal/activiteiten/${unanswered.id}/bevestigen`, { versie: '1' }, { cookie })).status).toBe(303);
    expect(await row(unanswered.id)).toMatchObject({ staleHiddenAt: null, reminderSentAt: null });
    expect((await request(`/activiteiten/${unanswered.id}`)).status).toBe(200);
    await run(new Date(Date.now() + 30 * DAY));
    expect((await row(unanswered.id)).reminderSentAt).toBeNull();
  });

  it('neither reminds nor hides what is not public (drafts, withdrawn)', async () => {
    const { organisation } = await partnerWithOrganisation();
    const draft = await activity(organisation.id, { status: 'draft', confirmedAt: daysBefore(300) });
    const withdrawn = await activity(organisation.id, { status: 'withdrawn', confirmedAt: daysBefore(300), reminderSentAt: daysBefore(60) });
    await run();
    expect(await row(draft.id)).toMatchObject({ reminderSentAt: null, staleHiddenAt: null });
    expect((await row(withdrawn.id)).staleHiddenAt).toBeNull();
  });

  it('purges saved drafts nobody came back for', async () => {
    await db()
      .insert(savedDrafts)
      .values({ id: 'verlopen-concept-0123456789', path: '/portaal/activiteiten/nieuw', data: '{}', expiresAt: daysBefore(1) });
    await db()
      .insert(savedDrafts)
      .values({ id: 'geldig-concept-0123456789ab', path: '/portaal/activiteiten/nieuw', data: '{}', expiresAt: new Date(NOW.getTime() + DAY) });
    await run();
    const left = (await db().select().from(savedDrafts)).map((d) => d.id);
    expect(left).toContain('geldig-concept-0123456789ab');
    expect(left).not.toContain('verlopen-concept-0123456789');
  });
});

describe('the Workers cron trigger', () => {
  it('runs the job from scheduled() with the trigger’s time', async () => {
    const { organisation, user } = await partnerWithOrganisation();
    const ended = await activity(organisation.id, { lastDate: '2020-03-01' });
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: '5 23 * * *' });
    const ctx = createExecutionContext();
    const expiredAt = new Date(Date.now() - 60_000);
    await db()
      .insert(sessions)
      .values({ tokenHash: 'verlopen-sessie', userId: user.id, stage: 'active', createdAt: expiredAt, lastSeenAt: expiredAt, expiresAt: expiredAt });
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    expect((await row(ended.id)).status).toBe('archived');
    // The same trigger purges expired records.
    expect(await db().select().from(sessions).where(eq(sessions.tokenHash, 'verlopen-sessie'))).toEqual([]);
  });
});
