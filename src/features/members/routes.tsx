import { Hono, type Context } from 'hono';
import { requireUser } from '../../auth/guards';
import { canViewOrganisationWorkspace } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { markTooManyRequests, tooManyAttemptsMessage } from '../../security/rate-limit';
import { one, parseWith, readForm, type FieldErrors } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { idParam } from '../../http/params';
import { accountTexts } from '../accounts/texts';
import { changeMemberRole, inviteMember, leaveOrganisation, removeMember, resendMemberInvitation, type MemberResult } from './commands';
import { organisationMembers } from './queries';
import { inviteMemberSchema, memberRoleSchema } from './schemas';
import { memberTexts } from './texts';
import { MembersPage, type InviteValues, type MembersNotice } from './views';

const NOTICES = ['uitgenodigd', 'toegevoegd', 'verwijderd', 'rol-gewijzigd', 'opnieuw-verstuurd'] as const;
const messages = { nl: { ...accountTexts.nl, ...memberTexts.nl }, en: { ...accountTexts.en, ...memberTexts.en } };

function noticeFrom(c: Context<SignedInEnv>): MembersNotice {
  const t = memberTexts[c.var.locale];
  const code = NOTICES.find((n) => n === c.req.query('melding'));
  if (!code) return null;
  const text = { uitgenodigd: t.invited, toegevoegd: t.added, verwijderd: t.removed, 'rol-gewijzigd': t.roleChanged, 'opnieuw-verstuurd': t.resent }[
    code
  ];
  return { kind: 'ok', text };
}

/** Members only; anyone else gets the same 404 as for an unknown organisation. */
function organisationIdFor(c: Context<SignedInEnv>): number | null {
  const id = idParam(c);
  return id !== null && canViewOrganisationWorkspace(c.var.user, id) ? id : null;
}

async function renderMembers(
  c: Context<SignedInEnv>,
  organisationId: number,
  extra: { notice?: MembersNotice; invite?: InviteValues; errors?: FieldErrors } = {},
) {
  const data = await organisationMembers(c.var.db, organisationId);
  if (!data) return renderNotFound(c);
  return c.render(<MembersPage user={c.var.user} data={data} notice={extra.notice ?? noticeFrom(c)} invite={extra.invite} errors={extra.errors} />, {
    title: memberTexts[c.var.locale].title(data.organisation.name),
  });
}

/** The answer to a member command: back to the list with a notice, or the list with the reason it did not happen. */
function respond(c: Context<SignedInEnv>, organisationId: number, result: MemberResult, success: (typeof NOTICES)[number]) {
  const t = memberTexts[c.var.locale];
  const problem = (status: 403 | 409 | 422, text: string) => {
    c.status(status);
    return renderMembers(c, organisationId, { notice: { kind: 'error', text } });
  };
  switch (result.kind) {
    case 'not-found':
      return renderNotFound(c);
    case 'forbidden':
      c.status(403);
      return renderMembers(c, organisationId);
    case 'rate-limited': {
      const now = new Date();
      markTooManyRequests(c, result.retryAt, now);
      return renderMembers(c, organisationId, { notice: { kind: 'error', text: tooManyAttemptsMessage(result.retryAt, now, c.var.locale) } });
    }
    case 'already-member':
      return problem(422, t.alreadyMember);
    case 'not-partner-account':
      return problem(422, t.notPartnerAccount);
    case 'not-a-member':
      return problem(422, t.notAMember);
    case 'last-owner':
      return problem(409, t.lastOwner);
    case 'invited':
    case 'added':
    case 'done':
      return c.redirect(
        `/portaal/organisaties/${organisationId}/leden?melding=${result.kind === 'done' ? success : result.kind === 'added' ? 'toegevoegd' : success}`,
        303,
      );
  }
}

export const memberRoutes = new Hono<AppEnv>()
  .use(requireUser())
  .get('/', async (c) => {
    const id = organisationIdFor(c);
    return id === null ? renderNotFound(c) : renderMembers(c, id);
  })
  .post('/', async (c) => {
    const id = organisationIdFor(c);
    if (id === null) return renderNotFound(c);
    const input = await readForm(c);
    const invite = { naam: one(input, 'naam'), email: one(input, 'email'), rol: one(input, 'rol'), taal: one(input, 'taal') };
    const parsed = parseWith(inviteMemberSchema, invite, c.var.locale, messages);
    if (!parsed.ok) {
      c.status(422);
      return renderMembers(c, id, { invite, errors: parsed.errors });
    }
    const result = await inviteMember(commandContext(c), c.var.user, id, {
      name: parsed.data.naam,
      email: parsed.data.email,
      role: parsed.data.rol,
      locale: parsed.data.taal,
    });
    if (result.kind === 'already-member' || result.kind === 'not-partner-account') {
      c.status(422);
      const t = memberTexts[c.var.locale];
      return renderMembers(c, id, { invite, errors: { email: result.kind === 'already-member' ? t.alreadyMember : t.notPartnerAccount } });
    }
    return respond(c, id, result, 'uitgenodigd');
  })
  .post('/verlaten', async (c) => {
    const id = organisationIdFor(c);
    if (id === null) return renderNotFound(c);
    const result = await leaveOrganisation(commandContext(c), c.var.user, id);
    if (result.kind === 'done') return c.redirect('/account?melding=organisatie-verlaten', 303);
    return respond(c, id, result, 'verwijderd');
  })
  .post('/:userId{[0-9]+}/rol', async (c) => {
    const id = organisationIdFor(c);
    const userId = idParam(c, 'userId');
    if (id === null || userId === null) return renderNotFound(c);
    const parsed = parseWith(memberRoleSchema, { rol: one(await readForm(c), 'rol') }, c.var.locale, messages);
    if (!parsed.ok) {
      c.status(422);
      return renderMembers(c, id, { notice: { kind: 'error', text: Object.values(parsed.errors)[0]! } });
    }
    return respond(c, id, await changeMemberRole(commandContext(c), c.var.user, id, userId, parsed.data.rol), 'rol-gewijzigd');
  })
  .post('/:userId{[0-9]+}/verwijderen', async (c) => {
    const id = organisationIdFor(c);
    const userId = idParam(c, 'userId');
    if (id === null || userId === null) return renderNotFound(c);
    return respond(c, id, await removeMember(commandContext(c), c.var.user, id, userId), 'verwijderd');
  })
  .post('/:userId{[0-9]+}/opnieuw-uitnodigen', async (c) => {
    const id = organisationIdFor(c);
    const userId = idParam(c, 'userId');
    if (id === null || userId === null) return renderNotFound(c);
    return respond(c, id, await resendMemberInvitation(commandContext(c), c.var.user, id, userId), 'opnieuw-verstuurd');
  });
