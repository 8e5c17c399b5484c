import { Hono } from 'hono';
import { requirePolicy, requireUser } from '../../auth/guards';
import { canChangeAccount } from '../../auth/policy';
import { clearSessionCookie } from '../../auth/session';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { one, readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { deleteAccount } from './commands';
import { personalData } from './export-queries';
import { privacyStatementTitle, PrivacyStatementPage } from './statement';
import { privacyTexts } from './texts';
import { AccountDeletedPage, DeleteAccountPage, PersonalDataPage } from './views';

const CONFIRM_WORD = 'VERWIJDEREN';

export const privacyStatementRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.render(<PrivacyStatementPage />, { title: privacyStatementTitle[c.var.locale] }),
);

/** `/account/gegevens(.json)` and `/account/verwijderen`: the person's own rights. */
export const privacyAccountRoutes = new Hono<AppEnv>()
  .use(requireUser())
  .get('/gegevens.json', async (c) => {
    const data = await personalData(c.var.db, c.var.user.id);
    if (!data) return renderNotFound(c);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', 'attachment; filename="mijn-gegevens.json"');
    return c.json({ exportedAt: new Date().toISOString(), ...data });
  })
  .get('/gegevens', async (c) => {
    const data = await personalData(c.var.db, c.var.user.id);
    if (!data) return renderNotFound(c);
    return c.render(<PersonalDataPage data={data} locale={c.var.locale} />, { title: privacyTexts[c.var.locale].exportTitle });
  })
  .get('/verwijderen', (c) => c.render(<DeleteAccountPage />, { title: privacyTexts[c.var.locale].deleteTitle }))
  .post('/verwijderen', async (c) => {
    const t = privacyTexts[c.var.locale];
    const input = await readForm(c);
    if (one(input, 'bevestiging').trim() !== CONFIRM_WORD) {
      c.status(422);
      return c.render(<DeleteAccountPage error={t.deleteConfirmWrong} />, { title: t.deleteTitle });
    }
    const user = c.var.user;
    const result = await deleteAccount(commandContext(c), { userId: user.id, actorUserId: user.id, by: 'self' });
    if (result.kind === 'sole-owner') {
      c.status(409);
      return c.render(<DeleteAccountPage problem={t.soleOwner(result.organisations.map((o) => o.name).join(', '))} />, { title: t.deleteTitle });
    }
    if (result.kind === 'not-found') return renderNotFound(c);
    clearSessionCookie(c);
    return c.render(<AccountDeletedPage />, { title: t.deleteTitle });
  });

/** `POST /beheer/gebruikers/:id/verwijderen`: an admin deletes an account on a request received by mail. */
export const privacyAdminRoutes = new Hono<AppEnv>().post(
  '/gebruikers/:id{[0-9]+}/verwijderen',
  requirePolicy((user, c) => canChangeAccount(user, Number(c.req.param('id')))),
  async (c) => {
    const t = privacyTexts[c.var.locale];
    const userId = Number(c.req.param('id'));
    const result = await deleteAccount(commandContext(c), { userId, actorUserId: c.var.user.id, by: 'admin' });
    if (result.kind === 'not-found') return renderNotFound(c);
    if (result.kind === 'sole-owner') {
      c.status(409);
      return c.render(<DeleteAccountPage problem={t.soleOwner(result.organisations.map((o) => o.name).join(', '))} />, { title: t.deleteTitle });
    }
    return c.redirect(`/beheer/gebruikers/${userId}?melding=verwijderd`, 303);
  },
);
