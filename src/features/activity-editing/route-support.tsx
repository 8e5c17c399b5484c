// The activity form's paths, pages and result redirects, and the state-change actions the routes in routes.tsx use.
import { clientIp } from '../../audit';
import { redirectToLogin } from '../../auth/guards';
import { canChooseCoOrganisers } from '../../auth/policy';
import type { AppContext, CurrentUser } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { stageImage } from '../../media/image-input';
import { one, readForm, type FieldErrors, type FormInput } from '../../validation/form';
import { publicOrigin } from '../../http/origin';
import { parseId } from '../../http/params';
import { localDate } from '../../dates';
import type { Actor, CommandResult } from './command-support';
import type { FormMode } from './form-view';
import { parseStoredData, rowToData, type ActivityData } from './model';
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
import { draftIdFrom, parseDraft } from './saved-drafts';
import { validateActivity, type ActivityRefs } from './schemas';
import { activityEditingTexts } from './texts';
import { ActivityOverview, activityPath, FormPage, MessagePage, requestedChangesComment, type FormPageProps, type ResultKey } from './views';

export const BASE = '/portaal/activiteiten';
export const NEW_FORM_PATH = `${BASE}/nieuw`;
export const editFormPath = (id: number) => `${activityPath(id)}/bewerken`;

export const parseVersion = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : -1);
export const parseOptionalId = (value: string) => (value === '' ? null : parseVersion(value));

export function actorFor(c: AppContext, user: CurrentUser): Actor {
  return { db: c.var.db, user, now: new Date(), ip: clientIp(c), origin: publicOrigin(c), effects: c.var.effects };
}

/** The approved organisations the user may create activities for. */
export function ownOrganisations(user: CurrentUser): OrganisationRef[] {
  return user.memberships
    .filter((m) => m.organisationStatus === 'approved')
    .map((m) => ({ id: m.organisationId, name: m.organisationName, slug: m.organisationSlug }));
}

export function refsFor(options: FormOptions, now: Date, mode: { own: OrganisationRef[] } | { ownerOrganisationId: number }): ActivityRefs {
  return {
    pillarIds: options.pillars.map((p) => p.id),
    neighbourhoodIds: options.neighbourhoods.map((n) => n.id),
    goals: options.goals,
    approvedOrganisationIds: options.organisations.map((o) => o.id),
    today: localDate(now),
    ...('own' in mode ? { ownOrganisationIds: mode.own.map((o) => o.id) } : { ownerOrganisationId: mode.ownerOrganisationId }),
  };
}

/** Options, the activity and its open revision (and a saved draft) in ONE batch: a page behind login stays at 2 trips. */
export async function loadPage(c: AppContext, id: number, draftPath?: string) {
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

export function lockedCoOrganisers(user: CurrentUser, loaded: LoadedActivity): OrganisationRef[] | undefined {
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
export function currentData(loaded: LoadedActivity): ActivityData {
  return loaded.revision ? parseStoredData(loaded.revision.data) : rowToData(loaded.row, loaded.links);
}

export function organisationForView(loaded: LoadedActivity) {
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

export function editPage(c: AppContext, user: CurrentUser, page: EditPageInput): FormPageProps {
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

export function createPage(
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

export const renderForm = (c: AppContext, props: FormPageProps, status: 200 | 409 | 422 = 200) => {
  c.status(status);
  return c.render(<FormPage {...props} />, { title: props.title });
};

export function renderOverview(c: AppContext, loaded: LoadedActivity, opts: { message?: string; problem?: string; status?: 200 | 409 } = {}) {
  c.status(opts.status ?? 200);
  return c.render(<ActivityOverview loaded={loaded} today={localDate(new Date())} message={opts.message} problem={opts.problem} />, {
    title: activityEditingTexts[c.var.locale].overviewTitle(loaded.row.title),
  });
}

export function cannotCreate(c: AppContext) {
  const t = activityEditingTexts[c.var.locale];
  c.status(403);
  return c.render(<MessagePage title={t.cannotCreateTitle} text={t.cannotCreateText} backHref="/portaal" backLabel={t.backToWorkspace} />, {
    title: t.cannotCreateTitle,
  });
}

export function redirectWithResult(c: AppContext, id: number, result: ResultKey) {
  return c.redirect(`${activityPath(id)}?melding=${result}`, 303);
}

/** A failed partner command as a response: 404 hides what the user may not see; 409 shows the current state. */
export function failure(c: AppContext, result: Exclude<CommandResult, { ok: true }>) {
  const t = activityEditingTexts[c.var.locale];
  if (result.problem === 'not-found' || result.problem === 'forbidden' || !result.current) return renderNotFound(c);
  const problem = `${result.problem === 'state' ? t.notAllowedNow : t.conflictAction} ${t.currentStatus(t.statusLabel(result.current.row.status))}`;
  return renderOverview(c, result.current, { problem, status: 409 });
}

/** A submitted form: the photo is checked and stored in R2 first (its key joins the input), then the whole form. */
export async function validateSubmitted(c: AppContext, input: FormInput, refs: ActivityRefs) {
  const photoErrors = await stageImage(c, input, 'photo');
  const result = validateActivity(input, refs, c.var.locale);
  if (!Object.keys(photoErrors).length) return result;
  return { ok: false as const, errors: { ...(result.ok ? {} : result.errors), ...photoErrors } };
}

export const defaultValues = (organisationId: string): FormInput => ({
  organisationId,
  city: 'Maastricht',
  scheduleKind: 'once',
  cost: 'free',
  joinMethod: 'walk-in',
});

export function pick(errors: FieldErrors, field: string): FieldErrors {
  return errors[field] ? { [field]: errors[field] } : {};
}

export async function versionAction(
  c: AppContext,
  command: (actor: Actor, id: number, version: number) => Promise<CommandResult>,
  result: ResultKey,
) {
  const user = c.var.user;
  if (!user) return redirectToLogin(c);
  const id = parseId(c.req.param('id'));
  if (id === null) return renderNotFound(c);
  const input = await readForm(c);
  const outcome = await command(actorFor(c, user), id, parseVersion(one(input, 'versie')));
  if (!outcome.ok) return failure(c, outcome);
  return redirectWithResult(c, id, result);
}

export async function revisionAction(
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
