import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../env';
import { ipSubject, markTooManyRequests, tooManyAttemptsMessage } from '../../security/rate-limit';
import { one, parseWith, readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { acceptInvitation, requestPasswordReset, resetPassword } from './password-commands';
import { ChoosePasswordPage, ConfirmEmailPage, EmailConfirmedPage, ForgotPasswordPage, ForgotSentPage, LinkInvalidPage } from './password-views';
import { forgotPasswordSchema, newPasswordSchema } from './schemas';
import { accountTexts } from './texts';
import { findUsableToken } from './token-queries';
import { verifyEmail } from './verification-commands';
import { passwordProblem } from '../../auth/password-rules';
import { rememberDevice } from '../../auth/known-device';

/** Pages reached through a link with a token: never cached, and never telling more than "this link does not work". */
function noStore(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
}

function linkInvalid(c: Context<AppEnv>) {
  c.status(410);
  return c.render(<LinkInvalidPage />, { title: accountTexts[c.var.locale].linkInvalidTitle });
}

export const forgotPasswordRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.render(<ForgotPasswordPage />, { title: accountTexts[c.var.locale].forgotTitle }))
  .post('/', async (c) => {
    const t = accountTexts[c.var.locale];
    const input = await readForm(c);
    const email = one(input, 'email');
    const parsed = parseWith(forgotPasswordSchema, { email }, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<ForgotPasswordPage email={email} errors={parsed.errors} />, { title: t.forgotTitle });
    }
    const ctx = commandContext(c);
    const result = await requestPasswordReset(ctx, parsed.data.email, ipSubject(c));
    if (result.kind === 'rate-limited') {
      markTooManyRequests(c, result.retryAt, ctx.now);
      return c.render(<ForgotPasswordPage email={email} problem={tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale)} />, {
        title: t.forgotTitle,
      });
    }
    return c.render(<ForgotSentPage email={parsed.data.email} />, { title: t.forgotSentTitle });
  });

/** A new password from a mailed link: the reset form, or the first password of an invited account. */
function choosePasswordRoutes(kind: 'reset' | 'invitation') {
  const purpose = kind === 'reset' ? 'reset-password' : 'invite';
  const basePath = kind === 'reset' ? '/wachtwoord-herstellen' : '/uitnodiging';
  return new Hono<AppEnv>()
    .get('/:token', async (c) => {
      noStore(c);
      const token = await findUsableToken(c.var.db, c.req.param('token'), purpose, new Date());
      if (!token || (kind === 'invitation' && token.hasPassword)) return linkInvalid(c);
      const t = accountTexts[c.var.locale];
      return c.render(
        <ChoosePasswordPage
          kind={kind}
          action={`${basePath}/${c.req.param('token')}`}
          name={token.name}
          email={token.email}
          organisationNames={token.organisationNames}
        />,
        { title: kind === 'reset' ? t.resetTitle : t.invitationTitle },
      );
    })
    .post('/:token', async (c) => {
      noStore(c);
      const t = accountTexts[c.var.locale];
      const ctx = commandContext(c);
      const token = await findUsableToken(ctx.db, c.req.param('token'), purpose, ctx.now);
      if (!token || (kind === 'invitation' && token.hasPassword)) return linkInvalid(c);
      const input = await readForm(c);
      const parsed = parseWith(newPasswordSchema, { wachtwoord: one(input, 'wachtwoord') }, c.var.locale, accountTexts);
      const problem = parsed.ok ? passwordProblem(parsed.data.wachtwoord, token.email) : null;
      if (!parsed.ok || problem) {
        c.status(422);
        const error = parsed.ok ? t[problem!] : parsed.errors.wachtwoord;
        return c.render(
          <ChoosePasswordPage
            kind={kind}
            action={`${basePath}/${c.req.param('token')}`}
            name={token.name}
            email={token.email}
            organisationNames={token.organisationNames}
            error={error}
          />,
          { title: kind === 'reset' ? t.resetTitle : t.invitationTitle },
        );
      }
      const result =
        kind === 'reset' ? await resetPassword(ctx, token, parsed.data.wachtwoord) : await acceptInvitation(ctx, token, parsed.data.wachtwoord);
      if (result.kind === 'link-invalid') return linkInvalid(c);
      // Whoever used the mailed link controls the mailbox: this browser may log in even while strangers' wrong
      // guesses hold the account's failure counter (src/auth/known-device.ts).
      await rememberDevice(c, token.userId);
      return c.redirect(`/inloggen?melding=${kind === 'reset' ? 'wachtwoord-hersteld' : 'wachtwoord-ingesteld'}`, 303);
    });
}

export const resetPasswordRoutes = choosePasswordRoutes('reset');
export const invitationRoutes = choosePasswordRoutes('invitation');

/** Confirming an e-mail address takes a button press (a POST): mail scanners that open links change nothing. */
export const verifyEmailRoutes = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    noStore(c);
    const token = await findUsableToken(c.var.db, c.req.param('token'), 'verify-email', new Date());
    if (!token) return linkInvalid(c);
    return c.render(<ConfirmEmailPage action={`/e-mailadres-bevestigen/${c.req.param('token')}`} email={token.email} />, {
      title: accountTexts[c.var.locale].verifyTitle,
    });
  })
  .post('/:token', async (c) => {
    noStore(c);
    const ctx = commandContext(c);
    const token = await findUsableToken(ctx.db, c.req.param('token'), 'verify-email', ctx.now);
    if (!token) return linkInvalid(c);
    const result = await verifyEmail(ctx, token);
    if (result.kind === 'link-invalid') return linkInvalid(c);
    return c.render(<EmailConfirmedPage loggedIn={c.var.user !== null} />, { title: accountTexts[c.var.locale].verifiedTitle });
  });
