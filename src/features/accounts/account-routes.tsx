import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { requireUser } from '../../auth/guards';
import { canDisableSecondFactor } from '../../auth/policy';
import { setSessionCookie } from '../../auth/session';
import { generateTotpSecret } from '../../auth/totp';
import { totpSecretBox } from '../../auth/totp-secrets';
import type { AppEnv, SignedInEnv } from '../../env';
import { LOCALE_COOKIE } from '../../i18n';
import { markTooManyRequests, tooManyAttemptsMessage } from '../../security/rate-limit';
import { one, parseWith, readForm, type FieldErrors } from '../../validation/form';
import { disableSecondFactor, enableSecondFactor, regenerateRecoveryCodes, updatePreferences } from './account-commands';
import { AccountPage, ChangePasswordPage, SecondFactorSettingsPage, type AccountNotice } from './account-views';
import { commandContext } from '../../commands/context';
import { RecoveryCodesPage } from './login-views';
import { changePassword } from './password-commands';
import { secondFactorOverview } from './queries';
import { changePasswordSchema, codeSchema, disableSecondFactorSchema, enrolSchema, preferencesSchema } from './schemas';
import { accountTexts } from './texts';
import { resendVerificationMail } from './verification-commands';

const NOTICES = [
  'voorkeuren-opgeslagen',
  'bevestigingsmail-verstuurd',
  'al-bevestigd',
  'wachtwoord-gewijzigd',
  'tweestapsverificatie-uit',
  'organisatie-verlaten',
] as const;

function noticeFrom(c: Context<SignedInEnv>): AccountNotice {
  const t = accountTexts[c.var.locale];
  const code = NOTICES.find((n) => n === c.req.query('melding'));
  if (!code) return null;
  const text = {
    'voorkeuren-opgeslagen': t.preferencesSaved,
    'bevestigingsmail-verstuurd': t.verificationSent,
    'al-bevestigd': t.alreadyVerified,
    'wachtwoord-gewijzigd': t.passwordChanged,
    'tweestapsverificatie-uit': t.secondFactorDisabled,
    'organisatie-verlaten': t.leftOrganisation,
  }[code];
  return { kind: 'ok', text };
}

async function renderSecondFactorSettings(
  c: Context<SignedInEnv>,
  extra: { notice?: AccountNotice; errors?: FieldErrors; failedForm?: 'enrol' | 'regenerate' | 'disable'; secret?: string } = {},
) {
  const user = c.var.user;
  const overview = await secondFactorOverview(c.var.db, user.id);
  const secret = overview.enabledAt === null ? (extra.secret ?? generateTotpSecret()) : undefined;
  return c.render(
    <SecondFactorSettingsPage
      user={user}
      enabledAt={overview.enabledAt}
      recoveryCodesLeft={overview.recoveryCodesLeft}
      mayDisable={canDisableSecondFactor(user)}
      secret={secret}
      notice={extra.notice ?? noticeFrom(c)}
      errors={extra.errors}
      failedForm={extra.failedForm}
    />,
    { title: accountTexts[c.var.locale].secondFactorTitle },
  );
}

export const accountRoutes = new Hono<AppEnv>()
  .use(requireUser())
  .get('/', (c) => c.render(<AccountPage user={c.var.user} notice={noticeFrom(c)} />, { title: accountTexts[c.var.locale].accountTitle }))
  .post('/voorkeuren', async (c) => {
    const user = c.var.user;
    const input = await readForm(c);
    const values = { naam: one(input, 'naam'), taal: one(input, 'taal') };
    const parsed = parseWith(preferencesSchema, values, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<AccountPage user={user} values={values} errors={parsed.errors} />, { title: accountTexts[c.var.locale].accountTitle });
    }
    await updatePreferences(commandContext(c), user, { name: parsed.data.naam, locale: parsed.data.taal });
    // The language cookie wins over the account setting, so it follows the new choice.
    setCookie(c, LOCALE_COOKIE, parsed.data.taal, { path: '/', sameSite: 'Lax', secure: true, maxAge: 60 * 60 * 24 * 365 });
    return c.redirect('/account?melding=voorkeuren-opgeslagen', 303);
  })
  .post('/bevestigingsmail', async (c) => {
    const ctx = commandContext(c);
    const result = await resendVerificationMail(ctx, c.var.user);
    if (result.kind === 'rate-limited') {
      markTooManyRequests(c, result.retryAt, ctx.now);
      const notice: AccountNotice = { kind: 'error', text: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale) };
      return c.render(<AccountPage user={c.var.user} notice={notice} />, { title: accountTexts[c.var.locale].accountTitle });
    }
    return c.redirect(`/account?melding=${result.kind === 'sent' ? 'bevestigingsmail-verstuurd' : 'al-bevestigd'}`, 303);
  })
  .get('/wachtwoord', (c) => c.render(<ChangePasswordPage email={c.var.user.email} />, { title: accountTexts[c.var.locale].changePasswordTitle }))
  .post('/wachtwoord', async (c) => {
    const t = accountTexts[c.var.locale];
    const user = c.var.user;
    const input = await readForm(c);
    const parsed = parseWith(
      changePasswordSchema,
      { huidig_wachtwoord: one(input, 'huidig_wachtwoord'), wachtwoord: one(input, 'wachtwoord') },
      c.var.locale,
      accountTexts,
    );
    const page = (errors: FieldErrors | undefined, problem?: string) =>
      c.render(<ChangePasswordPage email={user.email} errors={errors} problem={problem} />, { title: t.changePasswordTitle });
    if (!parsed.ok) {
      c.status(422);
      return page(parsed.errors);
    }
    const ctx = commandContext(c);
    const result = await changePassword(ctx, user, { currentPassword: parsed.data.huidig_wachtwoord, newPassword: parsed.data.wachtwoord });
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return page(undefined, tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale));
      case 'wrong-current':
        c.status(422);
        return page({ huidig_wachtwoord: t.currentPasswordWrong });
      case 'changed':
        setSessionCookie(c, result.token);
        return c.redirect('/account?melding=wachtwoord-gewijzigd', 303);
    }
  })
  .get('/tweestapsverificatie', (c) => renderSecondFactorSettings(c))
  .post('/tweestapsverificatie', async (c) => {
    const t = accountTexts[c.var.locale];
    const user = c.var.user;
    const input = await readForm(c);
    const secret = one(input, 'geheim');
    const keptSecret = /^[A-Z2-7 ]{16,128}$/i.test(secret) ? secret.replace(/\s/g, '').toUpperCase() : undefined;
    const parsed = parseWith(enrolSchema, { geheim: secret, code: one(input, 'code') }, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return renderSecondFactorSettings(c, {
        errors: { code: parsed.errors.code ?? parsed.errors.geheim ?? t.codeWrong },
        failedForm: 'enrol',
        secret: keptSecret,
      });
    }
    const ctx = commandContext(c);
    const result = await enableSecondFactor(ctx, totpSecretBox(c.env), user, { secret: parsed.data.geheim, code: parsed.data.code });
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return renderSecondFactorSettings(c, {
          notice: { kind: 'error', text: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale) },
          secret: keptSecret,
        });
      case 'failed':
        c.status(422);
        return renderSecondFactorSettings(c, { errors: { code: t.codeWrong }, failedForm: 'enrol', secret: keptSecret });
      case 'already-enabled':
        return c.redirect('/account/tweestapsverificatie', 303);
      case 'enabled':
        return c.render(<RecoveryCodesPage codes={result.recoveryCodes} next="/account/tweestapsverificatie" intro={t.secondFactorEnabled} />, {
          title: t.recoveryTitle,
        });
    }
  })
  .post('/tweestapsverificatie/herstelcodes', async (c) => {
    const t = accountTexts[c.var.locale];
    const input = await readForm(c);
    const parsed = parseWith(codeSchema, { code: one(input, 'code') }, c.var.locale, accountTexts);
    if (!parsed.ok) {
      c.status(422);
      return renderSecondFactorSettings(c, { errors: parsed.errors, failedForm: 'regenerate' });
    }
    const ctx = commandContext(c);
    const result = await regenerateRecoveryCodes(ctx, totpSecretBox(c.env), c.var.user, parsed.data.code);
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return renderSecondFactorSettings(c, { notice: { kind: 'error', text: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale) } });
      case 'failed':
      case 'not-enabled':
        c.status(422);
        return renderSecondFactorSettings(c, { errors: { code: t.codeWrong }, failedForm: 'regenerate' });
      case 'regenerated':
        return c.render(<RecoveryCodesPage codes={result.recoveryCodes} next="/account/tweestapsverificatie" />, { title: t.recoveryTitle });
    }
  })
  .post('/tweestapsverificatie/uitschakelen', async (c) => {
    const t = accountTexts[c.var.locale];
    const user = c.var.user;
    if (!canDisableSecondFactor(user)) {
      c.status(403);
      return renderSecondFactorSettings(c, { notice: { kind: 'error', text: t.disableNotAllowed } });
    }
    const input = await readForm(c);
    const parsed = parseWith(
      disableSecondFactorSchema,
      { wachtwoord: one(input, 'wachtwoord'), bevestigingscode: one(input, 'bevestigingscode') },
      c.var.locale,
      accountTexts,
    );
    if (!parsed.ok) {
      c.status(422);
      return renderSecondFactorSettings(c, { errors: parsed.errors, failedForm: 'disable' });
    }
    const ctx = commandContext(c);
    const result = await disableSecondFactor(ctx, totpSecretBox(c.env), user, {
      password: parsed.data.wachtwoord,
      code: parsed.data.bevestigingscode,
    });
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return renderSecondFactorSettings(c, { notice: { kind: 'error', text: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale) } });
      case 'forbidden':
        c.status(403);
        return renderSecondFactorSettings(c, { notice: { kind: 'error', text: t.disableNotAllowed } });
      case 'wrong-password':
        c.status(422);
        return renderSecondFactorSettings(c, { errors: { wachtwoord: t.currentPasswordWrong }, failedForm: 'disable' });
      case 'failed':
        c.status(422);
        return renderSecondFactorSettings(c, { errors: { bevestigingscode: t.codeWrong }, failedForm: 'disable' });
      case 'disabled':
        return c.redirect('/account/tweestapsverificatie?melding=tweestapsverificatie-uit', 303);
    }
  });
