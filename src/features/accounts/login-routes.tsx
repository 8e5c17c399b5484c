import { Hono, type Context } from 'hono';
import { knownDevice, rememberDevice } from '../../auth/known-device';
import { landingPath } from '../../auth/landing';
import { clearSessionCookie, setSessionCookie } from '../../auth/session';
import { generateTotpSecret } from '../../auth/totp';
import { totpSecretBox } from '../../auth/totp-secrets';
import type { AppEnv } from '../../env';
import { safeReturnPath } from '../../i18n/routes';
import { ipSubject, markTooManyRequests, tooManyAttemptsMessage } from '../../security/rate-limit';
import { one, parseWith, readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { completeSecondFactor, enrolSecondFactorAtLogin, login, logout, pendingUserSummary } from './login-commands';
import { EnrolAtLoginPage, LoginPage, RecoveryCodesPage, SecondFactorPage, type LoginFlash } from './login-views';
import { codeSchema, enrolSchema, loginSchema } from './schemas';
import { accountTexts } from './texts';

const FLASHES: LoginFlash[] = ['uitgelogd', 'wachtwoord-hersteld', 'wachtwoord-ingesteld', 'sessie-verlopen'];

/** `?terug=` (or the hidden field) as a same-site path; empty when there is none, so the role's landing page is used. */
function returnPath(value: string | undefined): string {
  if (!value) return '';
  const path = safeReturnPath(value);
  return path === '/' ? '' : path;
}

const withReturn = (path: string, back: string) => (back ? `${path}?terug=${encodeURIComponent(back)}` : path);

function noStore(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
}

export const loginRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const back = returnPath(c.req.query('terug'));
    const user = c.var.user;
    if (user) return c.redirect(back || landingPath(user.role, user.memberships), 303);
    const flash = FLASHES.find((f) => f === c.req.query('melding')) ?? null;
    noStore(c);
    return c.render(<LoginPage returnPath={back} flash={flash} />, { title: accountTexts[c.var.locale].loginTitle });
  })
  .post('/', async (c) => {
    const t = accountTexts[c.var.locale];
    const input = await readForm(c);
    const back = returnPath(one(input, 'terug'));
    const email = one(input, 'email');
    noStore(c);
    const parsed = parseWith(loginSchema, { email, wachtwoord: one(input, 'wachtwoord') }, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<LoginPage returnPath={back} email={email} errors={parsed.errors} />, { title: t.loginTitle });
    }
    const ctx = commandContext(c);
    const result = await login(
      ctx,
      { email: parsed.data.email, password: parsed.data.wachtwoord },
      c.var.sessionHash,
      ipSubject(c),
      await knownDevice(c),
    );
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return c.render(<LoginPage returnPath={back} email={email} problem={tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale)} />, {
          title: t.loginTitle,
        });
      case 'failed':
        c.status(401);
        return c.render(<LoginPage returnPath={back} email={email} problem={t.loginFailed} />, { title: t.loginTitle });
      case 'second-factor':
        setSessionCookie(c, result.token);
        return c.redirect(withReturn(result.enrol ? '/inloggen/tweestapsverificatie-instellen' : '/inloggen/tweede-stap', back), 303);
      case 'logged-in':
        setSessionCookie(c, result.token);
        await rememberDevice(c, result.userId);
        return c.redirect(back || result.landing, 303);
    }
  })
  .get('/tweede-stap', async (c) => {
    const pending = await pendingState(c);
    if (pending instanceof Response) return pending;
    const back = returnPath(c.req.query('terug'));
    if (!pending.totpEnabledAt) return c.redirect(withReturn('/inloggen/tweestapsverificatie-instellen', back), 303);
    noStore(c);
    return c.render(<SecondFactorPage returnPath={back} />, { title: accountTexts[c.var.locale].secondFactorTitle });
  })
  .post('/tweede-stap', async (c) => {
    const t = accountTexts[c.var.locale];
    const input = await readForm(c);
    const back = returnPath(one(input, 'terug'));
    const pendingUserId = c.var.pendingMfaUserId;
    const sessionHash = c.var.sessionHash;
    if (!pendingUserId || !sessionHash) return c.redirect(withReturn('/inloggen', back), 303);
    noStore(c);
    const parsed = parseWith(codeSchema, { code: one(input, 'code') }, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<SecondFactorPage returnPath={back} error={parsed.errors.code} />, { title: t.secondFactorTitle });
    }
    const ctx = commandContext(c);
    const result = await completeSecondFactor(ctx, totpSecretBox(c.env), {
      userId: pendingUserId,
      pendingSessionHash: sessionHash,
      code: parsed.data.code,
    });
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return c.render(<SecondFactorPage returnPath={back} problem={tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale)} />, {
          title: t.secondFactorTitle,
        });
      case 'failed':
        c.status(422);
        return c.render(<SecondFactorPage returnPath={back} error={t.codeWrong} />, { title: t.secondFactorTitle });
      case 'expired':
        clearSessionCookie(c);
        return c.redirect(withReturn('/inloggen', back), 303);
      case 'logged-in':
        setSessionCookie(c, result.token);
        await rememberDevice(c, pendingUserId);
        return c.redirect(back || result.landing, 303);
    }
  })
  .get('/tweestapsverificatie-instellen', async (c) => {
    const pending = await pendingState(c);
    if (pending instanceof Response) return pending;
    const back = returnPath(c.req.query('terug'));
    if (pending.totpEnabledAt) return c.redirect(withReturn('/inloggen/tweede-stap', back), 303);
    noStore(c);
    return c.render(<EnrolAtLoginPage secret={generateTotpSecret()} email={pending.email} returnPath={back} />, {
      title: accountTexts[c.var.locale].enrolTitle,
    });
  })
  .post('/tweestapsverificatie-instellen', async (c) => {
    const t = accountTexts[c.var.locale];
    const input = await readForm(c);
    const back = returnPath(one(input, 'terug'));
    const pending = await pendingState(c);
    if (pending instanceof Response) return pending;
    noStore(c);
    const secret = one(input, 'geheim');
    const page = (props: { error?: string; problem?: string }, status: 401 | 422 | 429) => {
      c.status(status);
      // On a mistake the same secret is kept, so the account already added to the app stays valid.
      const shown = /^[A-Z2-7 ]{16,128}$/i.test(secret) ? secret.replace(/\s/g, '').toUpperCase() : generateTotpSecret();
      return c.render(<EnrolAtLoginPage secret={shown} email={pending.email} returnPath={back} {...props} />, { title: t.enrolTitle });
    };
    const parsed = parseWith(enrolSchema, { geheim: secret, code: one(input, 'code') }, c.var.locale, accountTexts);
    if (!parsed.ok) return page({ error: parsed.errors.code ?? parsed.errors.geheim }, 422);
    const ctx = commandContext(c);
    const result = await enrolSecondFactorAtLogin(ctx, totpSecretBox(c.env), {
      userId: pending.userId,
      pendingSessionHash: pending.sessionHash,
      secret: parsed.data.geheim,
      code: parsed.data.code,
    });
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return page({ problem: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale) }, 429);
      case 'failed':
        return page({ error: t.codeWrong }, 422);
      case 'already-enabled':
        return c.redirect(withReturn('/inloggen/tweede-stap', back), 303);
      case 'expired':
        clearSessionCookie(c);
        return c.redirect(withReturn('/inloggen', back), 303);
      case 'logged-in':
        setSessionCookie(c, result.token);
        await rememberDevice(c, pending.userId);
        return c.render(<RecoveryCodesPage codes={result.recoveryCodes} next={back || result.landing} intro={t.secondFactorEnabled} />, {
          title: t.recoveryTitle,
        });
    }
  });

/** The pending (password-checked) login of this request, or a redirect back to the login page. */
async function pendingState(c: Context<AppEnv>) {
  const back = returnPath(c.req.query('terug'));
  if (c.var.user) return c.redirect(back || landingPath(c.var.user.role, c.var.user.memberships), 303);
  const userId = c.var.pendingMfaUserId;
  const sessionHash = c.var.sessionHash;
  if (!userId || !sessionHash) return c.redirect(withReturn('/inloggen', back), 303);
  const summary = await pendingUserSummary(c.var.db, userId);
  if (!summary || summary.disabledAt) {
    clearSessionCookie(c);
    return c.redirect('/inloggen', 303);
  }
  return { userId, sessionHash, email: summary.email, totpEnabledAt: summary.totpEnabledAt };
}

export const logoutRoutes = new Hono<AppEnv>().post('/', async (c) => {
  if (c.var.sessionHash) {
    await logout(commandContext(c), { sessionHash: c.var.sessionHash, userId: c.var.user?.id ?? c.var.pendingMfaUserId });
  }
  clearSessionCookie(c);
  return c.redirect('/inloggen?melding=uitgelogd', 303);
});
