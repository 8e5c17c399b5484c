import { Hono, type Context } from 'hono';
import { clientIp } from '../../audit';
import { requirePolicy } from '../../auth/guards';
import { canReviewActivities } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { publicOrigin } from '../../http/origin';
import { renderNotFound } from '../../layout/status-pages';
import { many, parseWith, readForm, type FormInput } from '../../validation/form';
import { localDate } from '../../dates';
import { parseStoredData, rowToData } from '../activity-editing/model';
import { toActivityView } from '../activity-editing/preview';
import {
  activityQuery,
  formOptionQueries,
  openRevisionQuery,
  toFormOptions,
  toLoadedActivity,
  type FormOptions,
  type LoadedActivity,
  type RevisionRow,
} from '../activity-editing/queries';
import { parseId } from '../../http/params';
import { activityEditingTexts } from '../activity-editing/texts';
import { approveMany, decideActivity, decideRevision, type ReviewActor, type ReviewResult } from './commands';
import { compareActivity } from './compare';
import { activityOfRevision, loadQueue, nextWaitingPath, revisionQuery } from './queries';
import { decisionSchema, parseBulkItems } from './schemas';
import { queueRowTexts } from './queue-texts';
import { reviewTexts } from './texts';
import type { DecisionState } from './decision-view';
import { QueuePage } from './queue-view';
import { ActivityReviewPage, RevisionReviewPage } from './review-pages';

function reviewActor(c: Context<SignedInEnv>): ReviewActor {
  return { db: c.var.db, user: c.var.user, now: new Date(), ip: clientIp(c), origin: publicOrigin(c), effects: c.var.effects };
}

const viewOf = (data: ReturnType<typeof rowToData>, loaded: LoadedActivity, options: FormOptions, locale: 'nl' | 'en') =>
  toActivityView(
    data,
    { name: loaded.organisation.name, slug: loaded.organisation.status === 'approved' ? loaded.organisation.slug : null },
    options,
    locale,
    loaded.row.isDemo,
  );

async function loadActivityPage(c: Context<SignedInEnv>, id: number) {
  const db = c.var.db;
  const [p, n, o, g, rows, revisions] = await db.batch([...formOptionQueries(db), activityQuery(db, id), openRevisionQuery(db, id)]);
  return { options: toFormOptions([p, n, o, g]), loaded: toLoadedActivity(rows[0], revisions[0]) };
}

async function loadRevisionPage(c: Context<SignedInEnv>, revisionId: number) {
  const db = c.var.db;
  const activityId = activityOfRevision(revisionId);
  const [p, n, o, g, revisionRows, rows, openRevisions] = await db.batch([
    ...formOptionQueries(db),
    revisionQuery(db, revisionId),
    activityQuery(db, activityId),
    openRevisionQuery(db, activityId),
  ]);
  return { options: toFormOptions([p, n, o, g]), revision: revisionRows[0] ?? null, loaded: toLoadedActivity(rows[0], openRevisions[0]) };
}

function renderActivityReview(
  c: Context<SignedInEnv>,
  loaded: LoadedActivity,
  options: FormOptions,
  state: DecisionState,
  status: 200 | 409 | 422 = 200,
) {
  const now = new Date();
  const view = viewOf(rowToData(loaded.row, loaded.links), loaded, options, c.var.locale);
  c.status(status);
  return c.render(<ActivityReviewPage loaded={loaded} view={view} today={localDate(now)} now={now} state={state} />, {
    title: reviewTexts[c.var.locale].activityTitle(loaded.row.title),
  });
}

function renderRevisionReview(
  c: Context<SignedInEnv>,
  loaded: LoadedActivity,
  revision: RevisionRow,
  options: FormOptions,
  state: DecisionState,
  status: 200 | 409 | 422 = 200,
) {
  const now = new Date();
  const today = localDate(now);
  const proposed = parseStoredData(revision.data);
  const rows = compareActivity(rowToData(loaded.row, loaded.links), proposed, options, c.var.locale, today);
  const view = viewOf(proposed, loaded, options, c.var.locale);
  c.status(status);
  return c.render(<RevisionReviewPage loaded={loaded} revision={revision} rows={rows} view={view} today={today} now={now} state={state} />, {
    title: reviewTexts[c.var.locale].revisionTitle(loaded.row.title),
  });
}

const savedMessage = (c: Context<SignedInEnv>) => (c.req.query('besluit') === 'opgeslagen' ? reviewTexts[c.var.locale].decisionSaved : undefined);

/** The decision form, validated; null plus a 422 page when it is incomplete. */
function readDecision(c: Context<SignedInEnv>, input: FormInput) {
  return parseWith(decisionSchema, input, c.var.locale, reviewTexts);
}

/** A failed decision: 409 with the current state and a clear message (nothing was saved). */
function conflictState(c: Context<SignedInEnv>, result: Extract<ReviewResult, { problem: 'decided' | 'conflict' }>, input: FormInput): DecisionState {
  const t = reviewTexts[c.var.locale];
  const te = activityEditingTexts[c.var.locale];
  const status =
    result.revision && result.current?.row.status === 'published'
      ? te.revisionStatusLabel(result.revision.status)
      : te.statusLabel(result.current!.row.status);
  return { values: input, errors: {}, problem: result.problem === 'decided' ? t.alreadyDecided(status) : t.conflict(status) };
}

/** Per route (not `use('*')`), so other features' pages under /beoordelen keep their own guards. */
const reviewer = requirePolicy((user) => canReviewActivities(user));

export const reviewRoutes = new Hono<AppEnv>()
  .get('/', reviewer, async (c) => {
    const t = reviewTexts[c.var.locale];
    const q = queueRowTexts[c.var.locale];
    const approved = c.req.query('goedgekeurd');
    const skipped = c.req.query('overgeslagen');
    const approvedIds = /^\d{1,9}(\.\d{1,9}){0,99}$/.test(approved ?? '') ? approved!.split('.').map(Number) : [];
    const queue = await loadQueue(c.var.db, approvedIds);
    const skippedCount = /^\d{1,3}$/.test(skipped ?? '') ? Number(skipped) : 0;
    const parts = [
      queue.approvedTitles.length ? q.bulkApproved(queue.approvedTitles) : approved === '' || approved === '0' ? t.bulkResult(0, 0) : '',
      skippedCount ? q.bulkSkipped(skippedCount) : '',
    ].filter(Boolean);
    const message = approved !== undefined && parts.length ? parts.join(' ') : c.req.query('leeg') === '1' ? q.queueEmpty : undefined;
    return c.render(<QueuePage queue={queue} now={new Date()} message={message} />, { title: t.queueTitle });
  })

  .post('/goedkeuren', reviewer, async (c) => {
    const input = await readForm(c);
    const items = [...parseBulkItems(many(input, 'activiteit'), 'activity'), ...parseBulkItems(many(input, 'wijziging'), 'revision')];
    const result = await approveMany(reviewActor(c), items);
    if (!result.ok) return renderNotFound(c);
    return c.redirect(`/beoordelen?goedgekeurd=${result.approvedActivityIds.join('.')}&overgeslagen=${result.skipped}`, 303);
  })

  // "Next item" after a decision: the oldest waiting entry, or the queue (with a note) when nothing waits.
  .get('/volgende', reviewer, async (c) => {
    const next = await nextWaitingPath(c.var.db);
    return c.redirect(next ?? '/beoordelen?leeg=1', 303);
  })

  .get('/activiteiten/:id', reviewer, async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const { options, loaded } = await loadActivityPage(c, id);
    if (!loaded) return renderNotFound(c);
    return renderActivityReview(c, loaded, options, { values: {}, errors: {}, message: savedMessage(c) });
  })

  .post('/activiteiten/:id', reviewer, async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const input = await readForm(c);
    const parsed = readDecision(c, input);
    if (!parsed.ok) {
      const { options, loaded } = await loadActivityPage(c, id);
      if (!loaded) return renderNotFound(c);
      return renderActivityReview(c, loaded, options, { values: input, errors: parsed.errors }, 422);
    }
    const { decision, comment, version } = parsed.data;
    const result = await decideActivity(reviewActor(c), id, version, decision, comment);
    if (result.ok) {
      return c.redirect(`/beoordelen/activiteiten/${id}?besluit=opgeslagen`, 303);
    }
    if (result.problem === 'not-found' || result.problem === 'forbidden' || result.problem === 'comment-required') return renderNotFound(c);
    const { options } = await loadActivityPage(c, id);
    return renderActivityReview(c, result.current!, options, conflictState(c, result, input), 409);
  })

  .get('/wijzigingen/:id', reviewer, async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const { options, revision, loaded } = await loadRevisionPage(c, id);
    if (!revision || !loaded) return renderNotFound(c);
    return renderRevisionReview(c, loaded, revision, options, { values: {}, errors: {}, message: savedMessage(c) });
  })

  .post('/wijzigingen/:id', reviewer, async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const input = await readForm(c);
    const parsed = readDecision(c, input);
    if (!parsed.ok) {
      const { options, revision, loaded } = await loadRevisionPage(c, id);
      if (!revision || !loaded) return renderNotFound(c);
      return renderRevisionReview(c, loaded, revision, options, { values: input, errors: parsed.errors }, 422);
    }
    const { decision, comment, version } = parsed.data;
    const result = await decideRevision(reviewActor(c), id, version, decision, comment);
    if (result.ok) {
      return c.redirect(`/beoordelen/wijzigingen/${id}?besluit=opgeslagen`, 303);
    }
    if (result.problem === 'not-found' || result.problem === 'forbidden' || result.problem === 'comment-required') return renderNotFound(c);
    const { options, revision, loaded } = await loadRevisionPage(c, id);
    if (!revision || !loaded) return renderNotFound(c);
    return renderRevisionReview(c, loaded, revision, options, conflictState(c, result, input), 409);
  });
