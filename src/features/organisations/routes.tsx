import { Hono, type Context } from 'hono';
import { requirePolicy, requireUser } from '../../auth/guards';
import { canDecideOrganisations, canViewOrganisationWorkspace } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { securityTexts } from '../../security/texts';
import { one, parseWith, readForm, type FieldErrors } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { idParam } from '../../http/params';
import { imageFromInput, stageImage } from '../../media/image-input';
import {
  approveOrganisation,
  approveOrganisationRevision,
  rejectOrganisation,
  rejectOrganisationRevision,
  saveOrganisationProfile,
  withdrawOrganisationRevision,
} from './commands';
import type { DecisionResult } from './decision-commands';
import { DecisionPage, ReviewListPage, RevisionDecisionPage, type DecisionNotice } from './decision-views';
import { ProfilePage, profilePageTitle, type ProfileNotice } from './profile-views';
import { organisationForDecision, organisationWorkspace, pendingOrganisationWork, revisionForDecision, type OrganisationWorkspace } from './queries';
import {
  decisionSchema,
  organisationProfileSchema,
  profileFormValues,
  profileToFormValues,
  rejectionSchema,
  type ProfileFormValues,
} from './schemas';
import { organisationTexts } from './texts';

// ---------------------------------------------------------------------------------------------------------------
// The member's profile (or pending application): /portaal/organisaties/:id/profiel
// ---------------------------------------------------------------------------------------------------------------

const PROFILE_NOTICES = ['aangemeld', 'opgeslagen', 'opnieuw-ingediend', 'wijziging-ingediend', 'wijziging-ingetrokken'] as const;

function profileNotice(c: Context<SignedInEnv>): ProfileNotice {
  const t = organisationTexts[c.var.locale];
  const code = PROFILE_NOTICES.find((n) => n === c.req.query('melding'));
  if (!code) return null;
  return {
    kind: 'ok',
    text: {
      aangemeld: t.registeredNotice,
      opgeslagen: t.savedPending,
      'opnieuw-ingediend': t.resubmitted,
      'wijziging-ingediend': t.revisionSubmitted,
      'wijziging-ingetrokken': t.revisionWithdrawn,
    }[code],
  };
}

/** The organisation of the path, for members only; others get the same 404 as an unknown id (IDOR-safe). */
async function memberWorkspace(c: Context<SignedInEnv>): Promise<OrganisationWorkspace | null> {
  const id = idParam(c);
  if (id === null || !canViewOrganisationWorkspace(c.var.user, id)) return null;
  return organisationWorkspace(c.var.db, id);
}

function renderProfile(
  c: Context<SignedInEnv>,
  workspace: OrganisationWorkspace,
  extra: { values?: ProfileFormValues; errors?: FieldErrors; notice?: ProfileNotice } = {},
) {
  const openRevision = workspace.revision?.status === 'submitted' ? workspace.revision.profile : null;
  const values = extra.values ?? profileToFormValues(openRevision ?? workspace.profile);
  return c.render(<ProfilePage workspace={workspace} values={values} errors={extra.errors} notice={extra.notice ?? profileNotice(c)} />, {
    title: profilePageTitle(workspace, c.var.locale),
  });
}

const PROFILE_REDIRECTS = {
  unchanged: '',
  saved: '?melding=opgeslagen',
  resubmitted: '?melding=opnieuw-ingediend',
  'revision-submitted': '?melding=wijziging-ingediend',
} as const;

export const organisationProfileRoutes = new Hono<AppEnv>()
  .use(requireUser())
  .get('/', async (c) => {
    const workspace = await memberWorkspace(c);
    if (!workspace) return renderNotFound(c);
    return renderProfile(c, workspace);
  })
  .post('/', async (c) => {
    const t = organisationTexts[c.var.locale];
    const workspace = await memberWorkspace(c);
    if (!workspace) return renderNotFound(c);
    const input = await readForm(c);
    const logoErrors = await stageImage(c, input, 'logo');
    const values = profileFormValues(input);
    const parsed = parseWith(organisationProfileSchema(workspace.neighbourhoods.map((n) => n.id)), values, c.var.locale, organisationTexts);
    const logo = imageFromInput(input, 'logo', c.var.locale);
    const version = Number(one(input, 'versie'));
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...logo.errors, ...logoErrors };
    if (!parsed.ok || Object.keys(errors).length) {
      c.status(422);
      return renderProfile(c, workspace, { values, errors });
    }
    const ctx = commandContext(c);
    const profile = { ...parsed.data, logo: logo.image };
    const result = await saveOrganisationProfile(ctx, c.var.user, workspace.organisation.id, { version, profile });
    const page = `/portaal/organisaties/${workspace.organisation.id}/profiel`;
    switch (result.kind) {
      case 'forbidden':
      case 'not-found':
        return renderNotFound(c);
      case 'invalid':
        c.status(422);
        return renderProfile(c, workspace, { values, errors: result.errors });
      case 'conflict': {
        c.status(409);
        const fresh = (await organisationWorkspace(ctx.db, workspace.organisation.id)) ?? workspace;
        return renderProfile(c, fresh, { notice: { kind: 'error', text: t.conflict } });
      }
      case 'ok':
        return c.redirect(page + PROFILE_REDIRECTS[result.value.outcome], 303);
    }
  })
  .post('/intrekken', async (c) => {
    const id = idParam(c);
    if (id === null || !canViewOrganisationWorkspace(c.var.user, id)) return renderNotFound(c);
    const result = await withdrawOrganisationRevision(commandContext(c), c.var.user, id);
    if (result.kind === 'not-found') return renderNotFound(c);
    return c.redirect(`/portaal/organisaties/${id}/profiel${result.kind === 'ok' ? '?melding=wijziging-ingetrokken' : ''}`, 303);
  });

// ---------------------------------------------------------------------------------------------------------------
// The programme team's decisions: /beoordelen/organisaties
// ---------------------------------------------------------------------------------------------------------------

const DECISION_NOTICES = ['goedgekeurd', 'afgewezen', 'wijziging-overgenomen', 'wijziging-afgewezen'] as const;

function decisionNotice(c: Context<SignedInEnv>): DecisionNotice {
  const t = organisationTexts[c.var.locale];
  const code = DECISION_NOTICES.find((n) => n === c.req.query('melding'));
  if (!code) return null;
  return {
    kind: 'ok',
    text: {
      goedgekeurd: t.approvedNotice,
      afgewezen: t.rejectedNotice,
      'wijziging-overgenomen': t.revisionApprovedNotice,
      'wijziging-afgewezen': t.revisionRejectedNotice,
    }[code],
  };
}

async function renderOrganisationDecision(
  c: Context<SignedInEnv>,
  id: number,
  extra: { notice?: DecisionNotice; reason?: string; errors?: FieldErrors } = {},
) {
  const data = await organisationForDecision(c.var.db, id);
  if (!data) return renderNotFound(c);
  return c.render(<DecisionPage {...data} now={new Date()} {...extra} />, {
    title: organisationTexts[c.var.locale].decisionTitle(data.organisation.name),
  });
}

async function renderRevisionDecision(
  c: Context<SignedInEnv>,
  id: number,
  extra: { notice?: DecisionNotice; reason?: string; errors?: FieldErrors } = {},
) {
  const data = await revisionForDecision(c.var.db, id);
  if (!data) return renderNotFound(c);
  return c.render(
    <RevisionDecisionPage
      revision={data.revision}
      organisationName={data.organisation.name}
      current={data.current}
      proposed={data.proposed}
      neighbourhoods={data.neighbourhoods}
      now={new Date()}
      {...extra}
    />,
    { title: organisationTexts[c.var.locale].revisionDecisionTitle(data.organisation.name) },
  );
}

/** Turns a decision's result into the response: back to the list, or the decision page with the reason why not. */
async function afterDecision(
  c: Context<SignedInEnv>,
  result: DecisionResult,
  rerender: (extra: { notice?: DecisionNotice }) => Promise<Response>,
  notice: (typeof DECISION_NOTICES)[number],
) {
  const t = organisationTexts[c.var.locale];
  switch (result.kind) {
    case 'forbidden':
      c.status(403);
      return rerender({});
    case 'not-found':
      return renderNotFound(c);
    case 'invalid':
    case 'conflict':
      c.status(409);
      return rerender({
        notice: {
          kind: 'error',
          text: result.kind === 'conflict' && result.current?.nameTaken ? t.decisionNameTaken : securityTexts[c.var.locale].conflict,
        },
      });
    case 'ok':
      return c.redirect(`/beoordelen/organisaties?melding=${notice}`, 303);
  }
}

type DecisionKind = 'organisation' | 'revision';

function decisionHandlers(kind: DecisionKind) {
  const render = kind === 'organisation' ? renderOrganisationDecision : renderRevisionDecision;
  const approve = kind === 'organisation' ? approveOrganisation : approveOrganisationRevision;
  const reject = kind === 'organisation' ? rejectOrganisation : rejectOrganisationRevision;
  return {
    page: async (c: Context<SignedInEnv>) => {
      const id = idParam(c);
      return id === null ? renderNotFound(c) : render(c, id, { notice: decisionNotice(c) });
    },
    approve: async (c: Context<SignedInEnv>) => {
      const id = idParam(c);
      if (id === null) return renderNotFound(c);
      const parsed = parseWith(decisionSchema, { versie: one(await readForm(c), 'versie') }, c.var.locale, organisationTexts);
      if (!parsed.ok) {
        c.status(422);
        return render(c, id);
      }
      const result = await approve(commandContext(c), c.var.user, id, parsed.data.versie);
      return afterDecision(c, result, (extra) => render(c, id, extra), kind === 'organisation' ? 'goedgekeurd' : 'wijziging-overgenomen');
    },
    reject: async (c: Context<SignedInEnv>) => {
      const id = idParam(c);
      if (id === null) return renderNotFound(c);
      const input = await readForm(c);
      const reason = one(input, 'reden');
      const parsed = parseWith(rejectionSchema, { versie: one(input, 'versie'), reden: reason }, c.var.locale, organisationTexts);
      if (!parsed.ok) {
        c.status(422);
        return render(c, id, { reason, errors: parsed.errors });
      }
      const result = await reject(commandContext(c), c.var.user, id, parsed.data.versie, parsed.data.reden);
      return afterDecision(c, result, (extra) => render(c, id, { ...extra, reason }), kind === 'organisation' ? 'afgewezen' : 'wijziging-afgewezen');
    },
  };
}

const organisationDecision = decisionHandlers('organisation');
const revisionDecision = decisionHandlers('revision');

export const organisationReviewRoutes = new Hono<AppEnv>()
  .use(requirePolicy(canDecideOrganisations))
  .get('/', async (c) => {
    const work = await pendingOrganisationWork(c.var.db);
    return c.render(<ReviewListPage organisations={work.organisations} revisions={work.revisions} now={new Date()} notice={decisionNotice(c)} />, {
      title: organisationTexts[c.var.locale].reviewTitle,
    });
  })
  .get('/:id{[0-9]+}', organisationDecision.page)
  .post('/:id{[0-9]+}/goedkeuren', organisationDecision.approve)
  .post('/:id{[0-9]+}/afwijzen', organisationDecision.reject)
  .get('/wijzigingen/:id{[0-9]+}', revisionDecision.page)
  .post('/wijzigingen/:id{[0-9]+}/goedkeuren', revisionDecision.approve)
  .post('/wijzigingen/:id{[0-9]+}/afwijzen', revisionDecision.reject);
