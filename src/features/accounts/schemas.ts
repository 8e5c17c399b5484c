import * as z from 'zod';
import { passwordProblem } from '../../auth/password-rules';
import { LOCALES } from '../../i18n';

/** E-mail addresses are compared and stored trimmed and in lower case. */
export const emailField = z.string().trim().toLowerCase().min(1, 'emailRequired').max(254).pipe(z.email('emailInvalid'));

/** A new password: the rules of password-rules.ts, messages from the accounts texts. */
export const newPasswordField = z
  .string()
  .min(1, 'newPasswordRequired')
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Adds the "not your e-mail address" rule for forms that know the address. */
export function refuseEmailAsPassword<T extends { email: string }>(value: T & Record<string, unknown>, field: string, ctx: z.RefinementCtx) {
  const password = value[field];
  if (typeof password === 'string' && passwordProblem(password, value.email) === 'passwordIsEmail') {
    ctx.addIssue({ code: 'custom', path: [field], message: 'passwordIsEmail' });
  }
}

/** Login takes whatever was typed; only absurd lengths are refused before any hashing. */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'emailRequired').max(254, 'loginFailed'),
  wachtwoord: z.string().min(1, 'passwordRequired').max(1024, 'loginFailed'),
});

export const codeSchema = z.object({
  code: z.string().trim().min(1, 'codeRequired').max(40, 'codeWrong'),
});

export const enrolSchema = z.object({
  geheim: z.string().trim().min(16, 'enrolInvalidSecret').max(128, 'enrolInvalidSecret'),
  code: z.string().trim().min(1, 'codeRequired').max(20, 'codeWrong'),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const newPasswordSchema = z.object({ wachtwoord: newPasswordField });

export const changePasswordSchema = z.object({
  huidig_wachtwoord: z.string().min(1, 'passwordRequired').max(1024, 'currentPasswordWrong'),
  wachtwoord: newPasswordField,
});

export const preferencesSchema = z.object({
  naam: z.string().trim().min(1, 'nameRequired').max(120),
  taal: z.enum(LOCALES),
});

export const disableSecondFactorSchema = z.object({
  wachtwoord: z.string().min(1, 'passwordRequired').max(1024, 'currentPasswordWrong'),
  bevestigingscode: z.string().trim().min(1, 'codeRequired').max(20, 'codeWrong'),
});
