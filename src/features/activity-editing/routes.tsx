import { Hono } from 'hono';
import { RequestContext } from 'hono/jsx-renderer';
import type { Child } from 'hono/jsx';
import { clientIp } from '../../audit';
import { loginUrl, redirectToLogin, requireUser } from '../../auth/guards';
import { canChooseCoOrganisers } from '../../auth/policy';
import type { AppContext, AppEnv, CurrentUser } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { stageImage } from '../../media/image-input';
import { one, readForm, type FieldErrors, type FormInput } from '../../validation/form';
import { publicOrigin } from '../../http/origin';
import { calendarDate } from '../activities/dates';
import { canEditLoaded, EDITABLE_STATUSES, type Actor, type CommandResult } from './command-support';
import { createActivity } from './create-commands';
import { updateDraft } from './draft-commands';
import { saveRevision, submitRevision, withdrawRevision } from './revision-commands';
import { archiveActivity, confirmActivity, submitActivity, withdrawActivity } from './state-commands';
import { ActivityField } from './activity-field';
import type { FieldContext } from './field-inputs';
import type { FormMode } from './form-view';
import { dataToFormInput, isFieldName, parseStoredData, rowToData, type ActivityData } from './model';
import { toActivityView } from './preview';
import {
  activityQuery,
  formOptionQueries,
  openRevisionQuery,
  savedDraftQuery,
  toFormOptions,
  toLoadedActivity,
  type FormOptions,
  type LoadedActivity,
  type OrganisationRef,
} from './queries';
import { draftIdFrom, forgetDraftCookie, keepDraft, parseDraft } from './saved-drafts';
import { validateActivity, type ActivityRefs } from './schemas';
import { DatesPreviewFragment, previewDates } from './dates-preview';
import { loadHolidayPeriods } from '../activities/occurrences';
import { activityEditingTexts } from './texts';
import {
  ActivityOverview,
  activityPath,
  FormPage,
  isResultKey,
  MessagePage,
  PreviewPage,
  requestedChangesComment,
  RESULT_MESSAGES,
  type FormPageProps,
  type ResultKey,
} from './views';

const BASE = '/portaal/activiteiten';
const NEW_FORM_PATH = `${BASE}/nieuw`;
const editFormPath = (id: number) => `${activityPath(id)}/bewerken`;

export function parseId(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

const parseVersion = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : -1);
const parseOptionalId = (value: string) => (value === '' ? null : parseVersion(value));

/** A fragment for htmx that may use the same components (and texts) as a full page. */
export function fragment(c: AppContext, node: Child, status: 200 | 422 = 200) {
  c.status(status);
  return c.html(<RequestContext.Provider value={c}>{node}</RequestContext.Provider>);
}

export function actorFor(c: AppContext, user: CurrentUser): Actor {
  return { db: c.var.db, user, now: new Date(), ip: clientIp(c), origin: publicOrigin(c), effects: c.var.effects };
}

/** The approved organisations the user may create activities for. */
function ownOrganisations(user: CurrentUser): OrganisationRef[] {
  return user.memberships
    .filter((m) => m.organisationStatus === 'approved')
    .map((m) => ({ id: m.organisationId, name: m.organisationName, slug: m.organisationSlug }));
}

function refsFor(options: FormOptions, now: Date, mode: { own: OrganisationRef[] } | { ownerOrganisationId: number }): ActivityRefs {
  return {
    pillarIds: options.pillars.map((p) => p.id),
    neighbourhoodIds: options.neighbourhoods.map((n) => n.id),
    goals: options.goals,
    approvedOrganisationIds: options.organisations.map((o) => o.id),
    today: calendarDate(now),
    ...('own' in mode ? { ownOrganisationIds: mode.own.map((o) => o.id) } : { ownerOrganisationId: mode.ownerOrganisationId }),
  };
}

/** Options, the activity and its open revision (and a saved draft) in ONE batch: a page behind login stays at 2 trips. */
async function loadPage(c: AppContext, id: number, draftPath?: string) {
  const db = c.var.db;
  const draftId = draftPath ? draftIdFrom(c) : null;
  const [p, n, o, g, rows, revisions, drafts] = await db.batch([
    ...formOptionQueries(db),
    activityQuery(db, id),
    openRevisionQuery(db, id),
    savedDraftQuery(db, draftId ?? '', draftPath ?? '', new Date()),
  ]);
  return { options: toFormOptions([p, n, o, g]), loaded: toLoadedActivity(rows[0], revisions[0]), draft: parseDraft(drafts[0]?.data) };
}

function lockedCoOrganisers(user: CurrentUser, loaded: LoadedActivity): OrganisationRef[] | undefined {
  return canChooseCoOrganisers(user, loaded.row) ? undefined : loaded.coOrganisers;
}

function editHidden(loaded: LoadedActivity): Record<string, string> {
  return {
    versie: String(loaded.row.version),
    wijziging: loaded.revision ? String(loaded.revision.id) : '',
    wijzigingVersie: loaded.revision ? String(loaded.revision.version) : '',
  };
}

/** What the edit form starts from: the open revision, else the live activity. */
function currentData(loaded: LoadedActivity): ActivityData {
  return loaded.revision ? parseStoredData(loaded.revision.data) : rowToData(loaded.row, loaded.links);
}

function organisationForView(loaded: LoadedActivity) {
  return { name: loaded.organisation.name, slug: loaded.organisation.status === 'approved' ? loaded.organisation.slug : null };
}

type EditPageInput = {
  loaded: LoadedActivity;
  options: FormOptions;
  values: FormInput;
  errors: FieldErrors;
  notices?: FormPageProps['notices'];
  preview?: FormPageProps['preview'];
};

function editPage(c: AppContext, user: CurrentUser, page: EditPageInput): FormPageProps {
  const t = activityEditingTexts[c.var.locale];
  const { loaded } = page;
  const mode: FormMode = loaded.row.status === 'published' ? 'revision' : 'edit';
  return {
    title: t.editTitle(loaded.row.title),
    intro: mode === 'revision' ? t.revisionIntro : t.intro,
    backHref: activityPath(loaded.row.id),
    reviewComment: requestedChangesComment(loaded),
    notices: page.notices,
    preview: page.preview,
    form: {
      mode,
      action: activityPath(loaded.row.id),
      hidden: editHidden(loaded),
      alreadySubmitted: loaded.row.status === 'submitted',
      datesUrl: `${BASE}/datums`,
      ctx: {
        values: page.values,
        errors: page.errors,
        options: page.options,
        validateUrl: `${activityPath(loaded.row.id)}/valideren`,
        ownerOrganisationId: loaded.row.organisationId,
        coOrganisersLocked: lockedCoOrganisers(user, loaded),
      },
    },
  };
}

function createPage(
  c: AppContext,
  user: CurrentUser,
  page: {
    options: FormOptions;
    values: FormInput;
    errors: FieldErrors;
    title?: string;
    notices?: FormPageProps['notices'];
    preview?: FormPageProps['preview'];
  },
): FormPageProps {
  const t = activityEditingTexts[c.var.locale];
  return {
    title: page.title ?? t.newTitle,
    intro: t.intro,
    backHref: '/portaal',
    notices: page.notices,
    preview: page.preview,
    form: {
      mode: 'create',
      action: BASE,
      hidden: {},
      datesUrl: `${BASE}/datums`,
      ctx: {
        values: page.values,
        errors: page.errors,
        options: page.options,
        validateUrl: `${BASE}/valideren`,
        ownOrganisations: ownOrganisations(user),
      },
    },
  };
}

const renderForm = (c: AppContext, props: FormPageProps, status: 200 | 409 | 422 = 200) => {
  c.status(status);
  return c.render(<FormPage {...props} />, { title: props.title });
};

function renderOverview(c: AppContext, loaded: LoadedActivity, opts: { message?: string; problem?: string; status?: 200 | 409 } = {}) {
  c.status(opts.status ?? 200);
  return c.render(<ActivityOverview loaded={loaded} today={calendarDate(new Date())} message={opts.message} problem={opts.problem} />, {
    title: activityEditingTexts[c.var.locale].overviewTitle(loaded.row.title),
  });
}

function cannotCreate(c: AppContext) {
  const t = activityEditingTexts[c.var.locale];
  c.status(403);
  return c.render(<MessagePage title={t.cannotCreateTitle} text={t.cannotCreateText} backHref="/portaal" backLabel={t.backToWorkspace} />, {
    title: t.cannotCreateTitle,
  });
}

function redirectWithResult(c: AppContext, id: number, result: ResultKey) {
  return c.redirect(`${activityPath(id)}?melding=${result}`, 303);
}

/** A failed partner command as a response: 404 hides what the user may not see; 409 shows the current state. */
function failure(c: AppContext, result: Exclude<CommandResult, { ok: true }>) {
  const t = activityEditingTexts[c.var.locale];
  if (result.problem === 'not-found' || result.problem === 'forbidden' || !result.current) return renderNotFound(c);
  const problem = `${result.problem === 'state' ? t.notAllowedNow : t.conflictAction} ${t.currentStatus(t.statusLabel(result.current.row.status))}`;
  return renderOverview(c, result.current, { problem, status: 409 });
}

/** A submitted form: the photo is checked and stored in R2 first (its key joins the input), then the whole form. */
async function validateSubmitted(c: AppContext, input: FormInput, refs: ActivityRefs) {
  const photoErrors = await stageImage(c, input, 'photo');
  const result = validateActivity(input, refs, c.var.locale);
  if (!Object.keys(photoErrors).length) return result;
  return { ok: false as const, errors: { ...(result.ok ? {} : result.errors), ...photoErrors } };
}

const defaultValues = (organisationId: string): FormInput => ({
  organisationId,
  city: 'Maastricht',
  scheduleKind: 'once',
  cost: 'free',
  joinMethod: 'walk-in',
});

export const activityEditingRoutes = new Hono<AppEnv>()
  .get('/nieuw', requireUser(), async (c) => {
    const user = c.var.user;
    const own = ownOrganisations(user);
    if (!own.length) return cannotCreate(c);
    const db = c.var.db;
    const [p, n, o, g, drafts] = await db.batch([...formOptionQueries(db), savedDraftQuery(db, draftIdFrom(c) ?? '', NEW_FORM_PATH, new Date())]);
    const draft = parseDraft(drafts[0]?.data);
    const wanted = c.req.query('organisatie') ?? '';
    const preselect = own.some((org) => String(org.id) === wanted) ? wanted : own.length === 1 ? String(own[0]!.id) : '';
    const t = activityEditingTexts[c.var.locale];
    return renderForm(
      c,
      createPage(c, user, {
        options: toFormOptions([p, n, o, g]),
        values: draft ?? defaultValues(preselect),
        errors: {},
        notices: draft ? [{ kind: 'info', text: t.restoredNotice }] : undefined,
      }),
    );
  })

  .post('/datums', async (c) => {
    const user = c.var.user;
    if (!user) return c.body(null, 204);
    const input = await readForm(c);
    // Like the inline validation: a post without the schedule choice is not a form of ours.
    if (!one(input, 'scheduleKind')) return c.body(null, 400);
    const [options, holidays] = await Promise.all([
      c.var.db.batch([...formOptionQueries(c.var.db)]).then(toFormOptions),
      loadHolidayPeriods(c.var.db),
    ]);
    const refs = refsFor(options, new Date(), { own: ownOrganisations(user) });
    return fragment(c, <DatesPreviewFragment result={previewDates(input, refs, holidays, c.var.locale)} today={refs.today} locale={c.var.locale} />);
  })

  .post('/valideren', async (c) => {
    const user = c.var.user;
    if (!user) return c.body(null, 204);
    const input = await readForm(c);
    const field = one(input, '_veld');
    if (!isFieldName(field)) return c.body(null, 400);
    const options = toFormOptions(await c.var.db.batch([...formOptionQueries(c.var.db)]));
    const own = ownOrganisations(user);
    const result = validateActivity(input, refsFor(options, new Date(), { own }), c.var.locale);
    const errors = result.ok ? {} : pick(result.errors, field);
    const ctx: FieldContext = { values: input, errors, options, validateUrl: `${BASE}/valideren`, ownOrganisations: own };
    return fragment(c, <ActivityField name={field} ctx={ctx} />);
  })

  .post('/', async (c) => {
    const input = await readForm(c);
    const user = c.var.user;
    if (!user) {
      await keepDraft(c, NEW_FORM_PATH, input);
      return c.redirect(loginUrl(NEW_FORM_PATH), 303);
    }
    const own = ownOrganisations(user);
    if (!own.length) return cannotCreate(c);
    const options = toFormOptions(await c.var.db.batch([...formOptionQueries(c.var.db)]));
    const now = new Date();
    const result = await validateSubmitted(c, input, refsFor(options, now, { own }));
    if (!result.ok) return renderForm(c, createPage(c, user, { options, values: input, errors: result.errors }), 422);
    const action = one(input, 'actie');
    if (action === 'voorbeeld') {
      const organisation = own.find((o) => o.id === result.data.organisationId)!;
      const view = toActivityView(result.data, { name: organisation.name, slug: organisation.slug ?? null }, options, c.var.locale);
      return renderForm(c, createPage(c, user, { options, values: input, errors: {}, preview: { view, today: calendarDate(now), revision: false } }));
    }
    const submit = action === 'indienen';
    const created = await createActivity(
      actorFor(c, user),
      { ...result.data, organisationId: result.data.organisationId! },
      { submit, savedDraftId: draftIdFrom(c) },
    );
    if (!created.ok) return cannotCreate(c);
    forgetDraftCookie(c);
    return redirectWithResult(c, created.activityId, submit ? 'ingediend' : 'opgeslagen');
  })

  .get('/:id', requireUser(), async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const db = c.var.db;
    const [rows, revisions] = await db.batch([activityQuery(db, id), openRevisionQuery(db, id)]);
    const loaded = toLoadedActivity(rows[0], revisions[0]);
    if (!loaded || !canEditLoaded(c.var.user, loaded)) return renderNotFound(c);
    const result = c.req.query('melding');
    const t = activityEditingTexts[c.var.locale];
    return renderOverview(c, loaded, { message: isResultKey(result) ? (t[RESULT_MESSAGES[result]] as string) : undefined });
  })

  .get('/:id/bewerken', requireUser(), async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const user = c.var.user;
    const { options, loaded, draft } = await loadPage(c, id, editFormPath(id));
    if (!loaded || !canEditLoaded(user, loaded)) return renderNotFound(c);
    const t = activityEditingTexts[c.var.locale];
    if (!EDITABLE_STATUSES.includes(loaded.row.status) && loaded.row.status !== 'published') {
      return renderOverview(c, loaded, { problem: t.notAllowedNow });
    }
    return renderForm(
      c,
      editPage(c, user, {
        loaded,
        options,
        values: draft ?? dataToFormInput(currentData(loaded), c.var.locale),
        errors: {},
        notices: draft ? [{ kind: 'info', text: t.restoredNotice }] : undefined,
      }),
    );
  })

  .get('/:id/kopie', requireUser(), async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const user = c.var.user;
    const { options, loaded } = await loadPage(c, id);
    if (!loaded || !canEditLoaded(user, loaded)) return renderNotFound(c);
    const own = ownOrganisations(user);
    if (!own.length) return cannotCreate(c);
    const t = activityEditingTexts[c.var.locale];
    const values = dataToFormInput(rowToData(loaded.row, loaded.links), c.var.locale);
    values.organisationId = own.some((o) => o.id === loaded.row.organisationId) ? String(loaded.row.organisationId) : '';
    return renderForm(
      c,
      createPage(c, user, {
        options,
        values,
        errors: {},
        title: t.duplicateTitle(loaded.row.title),
        notices: [{ kind: 'info', text: t.duplicateNotice }],
      }),
    );
  })

  .get('/:id/voorbeeld', requireUser(), async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const { options, loaded } = await loadPage(c, id);
    if (!loaded || !canEditLoaded(c.var.user, loaded)) return renderNotFound(c);
    const t = activityEditingTexts[c.var.locale];
    const view = toActivityView(currentData(loaded), organisationForView(loaded), options, c.var.locale, loaded.row.isDemo);
    return c.render(
      <PreviewPage
        title={`${t.previewTitle}: ${loaded.row.title}`}
        backHref={activityPath(id)}
        view={view}
        today={calendarDate(new Date())}
        revision={loaded.revision !== null}
      />,
      { title: `${t.previewTitle}: ${loaded.row.title}` },
    );
  })

  .post('/:id/valideren', async (c) => {
    const user = c.var.user;
    const id = parseId(c.req.param('id'));
    if (!user) return c.body(null, 204);
    if (id === null) return c.body(null, 404);
    const input = await readForm(c);
    const field = one(input, '_veld');
    if (!isFieldName(field)) return c.body(null, 400);
    const { options, loaded } = await loadPage(c, id);
    if (!loaded || !canEditLoaded(user, loaded)) return c.body(null, 404);
    const result = validateActivity(input, refsFor(options, new Date(), { ownerOrganisationId: loaded.row.organisationId }), c.var.locale);
    const ctx: FieldContext = {
      values: input,
      errors: result.ok ? {} : pick(result.errors, field),
      options,
      validateUrl: `${activityPath(id)}/valideren`,
      ownerOrganisationId: loaded.row.organisationId,
      coOrganisersLocked: lockedCoOrganisers(user, loaded),
    };
    return fragment(c, <ActivityField name={field} ctx={ctx} />);
  })

  .post('/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return renderNotFound(c);
    const input = await readForm(c);
    const user = c.var.user;
    if (!user) {
      await keepDraft(c, editFormPath(id), input);
      return c.redirect(loginUrl(editFormPath(id)), 303);
    }
    const { options, loaded } = await loadPage(c, id);
    if (!loaded || !canEditLoaded(user, loaded)) return renderNotFound(c);
    const t = activityEditingTexts[c.var.locale];
    const now = new Date();
    const published = loaded.row.status === 'published';
    if (!published && !EDITABLE_STATUSES.includes(loaded.row.status)) {
      return renderOverview(c, loaded, { problem: `${t.notAllowedNow} ${t.currentStatus(t.statusLabel(loaded.row.status))}`, status: 409 });
    }
    const result = await validateSubmitted(c, input, refsFor(options, now, { ownerOrganisationId: loaded.row.organisationId }));
    if (!result.ok) return renderForm(c, editPage(c, user, { loaded, options, values: input, errors: result.errors }), 422);
    const action = one(input, 'actie');
    if (action === 'voorbeeld') {
      const view = toActivityView(result.data, organisationForView(loaded), options, c.var.locale, loaded.row.isDemo);
      return renderForm(
        c,
        editPage(c, user, { loaded, options, values: input, errors: {}, preview: { view, today: calendarDate(now), revision: published } }),
      );
    }
    const submit = action === 'indienen';
    const actor = actorFor(c, user);
    const savedDraftId = draftIdFrom(c);
    const saved = published
      ? await saveRevision(
          actor,
          id,
          {
            version: parseVersion(one(input, 'versie')),
            revisionId: parseOptionalId(one(input, 'wijziging')),
            revisionVersion: parseOptionalId(one(input, 'wijzigingVersie')),
          },
          result.data,
          { submit, savedDraftId },
        )
      : await updateDraft(actor, id, parseVersion(one(input, 'versie')), result.data, { submit, savedDraftId });
    if (saved.ok) {
      forgetDraftCookie(c);
      if (published) return redirectWithResult(c, id, submit ? 'wijziging-ingediend' : 'wijziging-opgeslagen');
      return redirectWithResult(c, id, submit || loaded.row.status === 'submitted' ? 'ingediend' : 'opgeslagen');
    }
    if (saved.problem === 'conflict' && saved.current) {
      // Keep everything typed; the form now carries the current versions, so saving again is a deliberate choice.
      const notices = [{ kind: 'error' as const, text: `${t.conflict} ${t.currentStatus(t.statusLabel(saved.current.row.status))}` }];
      if (saved.current.row.status !== 'published' && !EDITABLE_STATUSES.includes(saved.current.row.status)) return failure(c, saved);
      return renderForm(c, editPage(c, user, { loaded: saved.current, options, values: input, errors: {}, notices }), 409);
    }
    return failure(c, saved);
  })

  .post('/:id/indienen', (c) => versionAction(c, submitActivity, 'ingediend'))
  .post('/:id/intrekken', (c) => versionAction(c, withdrawActivity, 'ingetrokken'))
  .post('/:id/archiveren', (c) => versionAction(c, archiveActivity, 'gearchiveerd'))
  .post('/:id/bevestigen', (c) => versionAction(c, confirmActivity, 'bevestigd'))
  .post('/:id/wijziging/indienen', (c) => revisionAction(c, submitRevision, 'wijziging-ingediend'))
  .post('/:id/wijziging/intrekken', (c) => revisionAction(c, withdrawRevision, 'wijziging-ingetrokken'));

function pick(errors: FieldErrors, field: string): FieldErrors {
  return errors[field] ? { [field]: errors[field] } : {};
}

async function versionAction(c: AppContext, command: (actor: Actor, id: number, version: number) => Promise<CommandResult>, result: ResultKey) {
  const user = c.var.user;
  if (!user) return redirectToLogin(c);
  const id = parseId(c.req.param('id'));
  if (id === null) return renderNotFound(c);
  const input = await readForm(c);
  const outcome = await command(actorFor(c, user), id, parseVersion(one(input, 'versie')));
  if (!outcome.ok) return failure(c, outcome);
  return redirectWithResult(c, id, result);
}

async function revisionAction(
  c: AppContext,
  command: (actor: Actor, id: number, revisionId: number, revisionVersion: number) => Promise<CommandResult>,
  result: ResultKey,
) {
  const user = c.var.user;
  if (!user) return redirectToLogin(c);
  const id = parseId(c.req.param('id'));
  if (id === null) return renderNotFound(c);
  const input = await readForm(c);
  const outcome = await command(actorFor(c, user), id, parseVersion(one(input, 'wijziging')), parseVersion(one(input, 'wijzigingVersie')));
  if (!outcome.ok) return failure(c, outcome);
  return redirectWithResult(c, id, result);
}
