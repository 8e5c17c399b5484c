import { Hono, type Context } from 'hono';
import { requirePolicy } from '../../auth/guards';
import { canManageUsers } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { one, parseWith, readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { inviteAccount } from '../accounts/invitations';
import { idParam } from '../../http/params';
import { accountTexts } from '../accounts/texts';
import { invalid } from '../../commands/result';
import { changeUserRole, disableUser, enableUser, resendAccountInvitation, resetSecondFactor, type AdminResult } from './commands';
import { listUsers, userDetail } from './queries';
import { auditLogFilterSchema, inviteAccountSchema, roleSchema, userListSchema } from './schemas';
import { auditActionLabel, auditResultLabel } from './audit-labels';
import { auditEvents, type AuditFilter } from './audit-queries';
import { auditTexts } from './audit-texts';
import { actorText, AuditLogView, objectText } from './audit-views';
import { csvHeaders, toCsv } from '../../formats/csv';
import { formatMoment } from '../../layout/dates';
import { adminTexts } from './texts';
import { InviteAccountPage, UserDetailPage, UserListPage, type AdminNotice } from './views';

const NOTICES = ['rol-gewijzigd', 'geblokkeerd', 'gedeblokkeerd', 'tweestaps-gereset', 'uitnodiging-verstuurd'] as const;
const messages = { nl: { ...accountTexts.nl, ...adminTexts.nl }, en: { ...accountTexts.en, ...adminTexts.en } };

function noticeFrom(c: Context<SignedInEnv>): AdminNotice {
  const t = adminTexts[c.var.locale];
  const code = NOTICES.find((n) => n === c.req.query('melding'));
  if (!code) return null;
  const text = {
    'rol-gewijzigd': t.roleChanged,
    geblokkeerd: t.disabled,
    gedeblokkeerd: t.enabled,
    'tweestaps-gereset': t.secondFactorReset,
    'uitnodiging-verstuurd': t.invitationSent,
  }[code];
  return { kind: 'ok', text };
}

async function renderUser(c: Context<SignedInEnv>, userId: number, notice?: AdminNotice) {
  const detail = await userDetail(c.var.db, userId);
  if (!detail) return renderNotFound(c);
  return c.render(<UserDetailPage actor={c.var.user} detail={detail} notice={notice ?? noticeFrom(c)} />, {
    title: adminTexts[c.var.locale].userTitle(detail.user.name),
  });
}

async function respond(c: Context<SignedInEnv>, userId: number, result: AdminResult, success: (typeof NOTICES)[number]) {
  switch (result.kind) {
    case 'forbidden':
      c.status(403);
      return renderUser(c, userId, { kind: 'error', text: adminTexts[c.var.locale].ownAccount });
    case 'not-found':
      return renderNotFound(c);
    case 'invalid':
      c.status(422);
      return renderUser(c, userId, { kind: 'error', text: adminTexts[c.var.locale].invalidRole });
    case 'conflict':
      c.status(409);
      return renderUser(c, userId, { kind: 'error', text: adminTexts[c.var.locale].conflict });
    case 'ok':
      return c.redirect(`/beheer/gebruikers/${userId}?melding=${success}`, 303);
  }
}

/** One account action: the id from the path, the command, then the standard answer. */
function accountAction(run: (c: Context<SignedInEnv>, userId: number) => Promise<AdminResult>, success: (typeof NOTICES)[number]) {
  return async (c: Context<SignedInEnv>) => {
    const userId = idParam(c);
    if (userId === null) return renderNotFound(c);
    return respond(c, userId, await run(c, userId), success);
  };
}

export const adminRoutes = new Hono<AppEnv>()
  .use(requirePolicy(canManageUsers))
  .get('/', async (c) => {
    const filter = userListSchema.parse({ q: c.req.query('q') ?? '', rol: c.req.query('rol') || undefined, pagina: c.req.query('pagina') ?? 1 });
    const { users, total } = await listUsers(c.var.db, { q: filter.q, role: filter.rol, page: filter.pagina });
    return c.render(<UserListPage rows={users} total={total} filter={filter} />, { title: adminTexts[c.var.locale].usersTitle });
  })
  .get('/gebruikers/:id{[0-9]+}', async (c) => {
    const userId = idParam(c);
    return userId === null ? renderNotFound(c) : renderUser(c, userId);
  })
  .post(
    '/gebruikers/:id{[0-9]+}/rol',
    accountAction(async (c, userId) => {
      const input = await readForm(c);
      const parsed = roleSchema.safeParse({ rol: one(input, 'rol'), huidige_rol: one(input, 'huidige_rol') });
      if (!parsed.success) return invalid({ rol: adminTexts[c.var.locale].invalidRole });
      return changeUserRole(commandContext(c), c.var.user, userId, { from: parsed.data.huidige_rol, to: parsed.data.rol });
    }, 'rol-gewijzigd'),
  )
  .post(
    '/gebruikers/:id{[0-9]+}/blokkeren',
    accountAction((c, userId) => disableUser(commandContext(c), c.var.user, userId), 'geblokkeerd'),
  )
  .post(
    '/gebruikers/:id{[0-9]+}/deblokkeren',
    accountAction((c, userId) => enableUser(commandContext(c), c.var.user, userId), 'gedeblokkeerd'),
  )
  .post(
    '/gebruikers/:id{[0-9]+}/tweestapsverificatie-resetten',
    accountAction((c, userId) => resetSecondFactor(commandContext(c), c.var.user, userId), 'tweestaps-gereset'),
  )
  .post(
    '/gebruikers/:id{[0-9]+}/opnieuw-uitnodigen',
    accountAction((c, userId) => resendAccountInvitation(commandContext(c), c.var.user, userId), 'uitnodiging-verstuurd'),
  )
  .get('/uitnodigen', (c) => c.render(<InviteAccountPage notice={noticeFrom(c)} />, { title: adminTexts[c.var.locale].inviteTitle }))
  .post('/uitnodigen', async (c) => {
    const t = adminTexts[c.var.locale];
    const input = await readForm(c);
    const values = { naam: one(input, 'naam'), email: one(input, 'email'), rol: one(input, 'rol'), taal: one(input, 'taal') };
    const parsed = parseWith(inviteAccountSchema, values, c.var.locale, messages);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<InviteAccountPage values={values} errors={parsed.errors} />, { title: t.inviteTitle });
    }
    const result = await inviteAccount(commandContext(c), c.var.user, {
      name: parsed.data.naam,
      email: parsed.data.email,
      role: parsed.data.rol,
      locale: parsed.data.taal,
    });
    if (result.kind === 'email-taken') {
      c.status(422);
      return c.render(<InviteAccountPage values={values} errors={{ email: t.emailTaken }} />, { title: t.inviteTitle });
    }
    if (result.kind === 'forbidden') {
      c.status(403);
      return c.render(<InviteAccountPage values={values} />, { title: t.inviteTitle });
    }
    return c.redirect('/beheer/uitnodigen?melding=uitnodiging-verstuurd', 303);
  })
  .get('/auditlog', async (c) => {
    const filter = readAuditFilter(c);
    const rows = await auditEvents(c.var.db, filter);
    const query = new URL(c.req.url).search;
    return c.render(<AuditLogView rows={rows} filter={filter} csvHref={`/beheer/auditlog.csv${query}`} />, { title: auditTexts[c.var.locale].title });
  })

  // The same events as a spreadsheet (the funder export's CSV writer: `;`, BOM, formulas neutralised).
  .get('/auditlog.csv', async (c) => {
    const locale = c.var.locale;
    const rows = await auditEvents(c.var.db, readAuditFilter(c), AUDIT_CSV_LIMIT);
    const t = auditTexts[locale];
    const body = toCsv([
      t.csvHeaders.split(';'),
      ...rows.map((r) => [
        formatMoment(r.at, locale),
        actorText(r, locale),
        r.actorEmail,
        auditActionLabel(r.action, locale),
        r.action,
        objectText(r, locale).text,
        auditResultLabel(r.result, locale),
        r.ip,
      ]),
    ]);
    return c.body(body, 200, csvHeaders('auditlog.csv'));
  });

const AUDIT_CSV_LIMIT = 5000;

function readAuditFilter(c: Context<SignedInEnv>): AuditFilter {
  const q = (name: string) => c.req.query(name) || undefined;
  const parsed = auditLogFilterSchema.parse({
    gebruiker: q('gebruiker'),
    persoon: q('persoon'),
    actie: q('actie'),
    object: q('object'),
    van: q('van'),
    tot: q('tot'),
  });
  return { userId: parsed.gebruiker, person: parsed.persoon, action: parsed.actie, object: parsed.object, from: parsed.van, until: parsed.tot };
}
