import { Hono } from 'hono';
import { loginUrl, requireUser } from '../../auth/guards';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { one, readForm } from '../../validation/form';
import { localDate } from '../../dates';
import { canEditLoaded, EDITABLE_STATUSES } from './command-support';
import { createActivity } from './create-commands';
import { updateDraft } from './draft-commands';
import { saveRevision, submitRevision, withdrawRevision } from './revision-commands';
import { archiveActivity, confirmActivity, submitActivity, withdrawActivity } from './state-commands';
import { ActivityField } from './activity-field';
import type { FieldContext } from './field-inputs';
import { dataToFormInput, isFieldName, rowToData } from './model';
import { toActivityView } from './preview';
import { activityQuery, formOptionQueries, openRevisionQuery, savedDraftQuery, toFormOptions, toLoadedActivity } from './queries';
import { draftIdFrom, forgetDraftCookie, keepDraft, parseDraft } from './saved-drafts';
import { validateActivity } from './schemas';
import { DatesPreviewFragment, previewDates } from './dates-preview';
import { holidayPeriodsQuery } from '../activities/occurrences';
import { activityEditingTexts } from './texts';
import { activityPath, isResultKey, PreviewPage, RESULT_MESSAGES } from './views';

import { parseId } from '../../http/params';
import { renderFragment } from '../../layout/renderer';
import {
  BASE,
  NEW_FORM_PATH,
  editFormPath,
  parseVersion,
  parseOptionalId,
  actorFor,
  ownOrganisations,
  refsFor,
  loadPage,
  lockedCoOrganisers,
  currentData,
  organisationForView,
  editPage,
  createPage,
  renderForm,
  renderOverview,
  cannotCreate,
  redirectWithResult,
  failure,
  validateSubmitted,
  defaultValues,
  pick,
  versionAction,
  revisionAction,
} from './route-support';

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
    // One round trip: the form's options and the holiday periods in one batch.
    const [p, n, o, g, holidays] = await c.var.db.batch([...formOptionQueries(c.var.db), holidayPeriodsQuery(c.var.db)]);
    const options = toFormOptions([p, n, o, g]);
    const refs = refsFor(options, new Date(), { own: ownOrganisations(user) });
    return renderFragment(
      c,
      <DatesPreviewFragment result={previewDates(input, refs, holidays, c.var.locale)} today={refs.today} locale={c.var.locale} />,
    );
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
    return renderFragment(c, <ActivityField name={field} ctx={ctx} />);
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
      return renderForm(c, createPage(c, user, { options, values: input, errors: {}, preview: { view, today: localDate(now), revision: false } }));
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
        today={localDate(new Date())}
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
    return renderFragment(c, <ActivityField name={field} ctx={ctx} />);
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
        editPage(c, user, { loaded, options, values: input, errors: {}, preview: { view, today: localDate(now), revision: published } }),
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
