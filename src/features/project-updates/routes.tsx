import { Hono, type Context } from 'hono';
import { forbidden, requirePolicy, requireUser } from '../../auth/guards';
import { canPostProjectUpdate, canReviewProjectUpdates, canReviseProjectUpdate, leadMembershipFor } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { idParam } from '../../http/params';
import { formVersion } from '../project-management/schemas';
import { localDate } from '../../dates';
import { postProjectUpdate, reviewProjectUpdate, reviseProjectUpdate } from './commands';
import { loadReviewQueue, loadUpdateContext, loadUpdateForReview, type UpdateContext } from './queries';
import { decisionFormValues, updateFormValues } from './schemas';
import { updateTexts } from './texts';
import { ReviewDecisionPage, ReviewQueuePage, UpdateFormPage } from './views';

type Ctx = Context<SignedInEnv>;

/** Posting and revising a project's progress updates, mounted at `/projecten/:slug/voortgang`. */
export const projectUpdateRoutes = new Hono<AppEnv>().use('*', requireUser());

function onBehalfOf(c: Ctx, context: UpdateContext): string | null {
  return (
    leadMembershipFor(
      c.var.user,
      context.leads.map((l) => l.id),
    )?.organisationName ?? null
  );
}

projectUpdateRoutes.get('/nieuw', async (c) => {
  const context = await loadUpdateContext(c.var.db, c.req.param('slug') ?? '');
  if (!context) return renderNotFound(c);
  if (
    !canPostProjectUpdate(
      c.var.user,
      context.leads.map((l) => l.id),
    )
  )
    return forbidden(c);
  const values = { title: '', publishedOn: localDate(new Date()), body: '' };
  return c.render(<UpdateFormPage mode="new" project={context.project} onBehalfOf={onBehalfOf(c, context)} values={values} errors={{}} />, {
    title: updateTexts[c.var.locale].newTitle(context.project.title),
  });
});

projectUpdateRoutes.post('/', async (c) => {
  const values = updateFormValues(await readForm(c));
  const context = await loadUpdateContext(c.var.db, c.req.param('slug') ?? '');
  if (!context) return renderNotFound(c);
  const result = await postProjectUpdate(commandContext(c), c.var.user, context, values);
  if (result.kind === 'ok') {
    return c.redirect(`/projecten/${context.project.slug}?bericht=${result.value.status === 'approved' ? 'gepubliceerd' : 'ingediend'}`, 303);
  }
  if (result.kind === 'forbidden') return forbidden(c);
  c.status(422);
  const errors = result.kind === 'invalid' ? result.errors : {};
  return c.render(<UpdateFormPage mode="new" project={context.project} onBehalfOf={onBehalfOf(c, context)} values={values} errors={errors} />, {
    title: updateTexts[c.var.locale].newTitle(context.project.title),
  });
});

async function revisable(c: Ctx) {
  const id = idParam(c);
  if (id === null) return { response: renderNotFound(c) } as const;
  const context = await loadUpdateContext(c.var.db, c.req.param('slug') ?? '', id);
  if (!context?.update) return { response: renderNotFound(c) } as const;
  return { context, update: context.update } as const;
}

projectUpdateRoutes.get('/:id/bewerken', async (c) => {
  const found = await revisable(c);
  if ('response' in found) return found.response;
  const { context, update } = found;
  if (!canReviseProjectUpdate(c.var.user, update)) return forbidden(c);
  return c.render(
    <UpdateFormPage
      mode="revise"
      project={context.project}
      onBehalfOf={onBehalfOf(c, context)}
      values={{ title: update.title, publishedOn: update.publishedOn, body: update.body }}
      errors={{}}
      reviewComment={update.reviewComment}
      updateId={update.id}
      version={update.version}
    />,
    { title: updateTexts[c.var.locale].reviseTitle(context.project.title) },
  );
});

projectUpdateRoutes.post('/:id', async (c) => {
  const form = await readForm(c);
  const found = await revisable(c);
  if ('response' in found) return found.response;
  const { context, update } = found;
  const values = updateFormValues(form);
  const result = await reviseProjectUpdate(commandContext(c), c.var.user, context, formVersion(form), values);
  if (result.kind === 'ok') {
    return c.redirect(`/projecten/${context.project.slug}?bericht=ingediend`, 303);
  }
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'not-found') return renderNotFound(c);
  const isConflict = result.kind === 'conflict';
  c.status(isConflict ? 409 : 422);
  return c.render(
    <UpdateFormPage
      mode="revise"
      project={context.project}
      onBehalfOf={onBehalfOf(c, context)}
      values={isConflict ? { title: update.title, publishedOn: update.publishedOn, body: update.body } : values}
      errors={result.kind === 'invalid' ? result.errors : {}}
      reviewComment={update.reviewComment}
      updateId={update.id}
      version={update.version}
      conflict={isConflict}
    />,
    { title: updateTexts[c.var.locale].reviseTitle(context.project.title) },
  );
});

/** Mounted at `/beoordelen/voortgangsberichten`: the programme team's review of lead partners' updates. */
export const updateReviewRoutes = new Hono<AppEnv>().use(
  '*',
  requirePolicy((user) => canReviewProjectUpdates(user)),
);

updateReviewRoutes.get('/', async (c) => {
  const updates = await loadReviewQueue(c.var.db);
  return c.render(<ReviewQueuePage updates={updates} decided={c.req.query('melding') === 'besloten'} />, {
    title: updateTexts[c.var.locale].queueTitle,
  });
});

updateReviewRoutes.get('/:id', async (c) => {
  const id = idParam(c);
  const update = id === null ? null : await loadUpdateForReview(c.var.db, id);
  if (!update) return renderNotFound(c);
  return c.render(<ReviewDecisionPage update={update} values={{ decision: '', comment: '' }} errors={{}} conflict={false} />, {
    title: updateTexts[c.var.locale].reviewTitle(update.title),
  });
});

updateReviewRoutes.post('/:id', async (c) => {
  const form = await readForm(c);
  const id = idParam(c);
  const update = id === null ? null : await loadUpdateForReview(c.var.db, id);
  if (!update) return renderNotFound(c);
  const values = decisionFormValues(form);
  const result = await reviewProjectUpdate(commandContext(c), c.var.user, update, formVersion(form), values);
  if (result.kind === 'ok') {
    return c.redirect('/beoordelen/voortgangsberichten?melding=besloten', 303);
  }
  if (result.kind === 'forbidden') return forbidden(c);
  const isConflict = result.kind === 'conflict';
  c.status(isConflict ? 409 : 422);
  // After a conflict the page shows the update as it is now.
  const shown = isConflict ? ((await loadUpdateForReview(c.var.db, update.id)) ?? update) : update;
  return c.render(
    <ReviewDecisionPage update={shown} values={values} errors={result.kind === 'invalid' ? result.errors : {}} conflict={isConflict} />,
    { title: updateTexts[c.var.locale].reviewTitle(update.title) },
  );
});
