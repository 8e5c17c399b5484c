import { groupSecret, otpauthUri } from '../../auth/totp';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { RecoveryCodeList } from './components';
import { Notice, PostForm } from '../../layout/components';
import { accountTexts } from './texts';

export type LoginFlash = 'uitgelogd' | 'wachtwoord-hersteld' | 'wachtwoord-ingesteld' | 'sessie-verlopen';

export function LoginPage(props: { email?: string; returnPath: string; errors?: FieldErrors; problem?: string; flash?: LoginFlash | null }) {
  const t = useTexts(accountTexts);
  const flashText = props.flash
    ? {
        uitgelogd: t.flashLoggedOut,
        'wachtwoord-hersteld': t.flashPasswordReset,
        'wachtwoord-ingesteld': t.flashPasswordSet,
        'sessie-verlopen': t.flashSessionExpired,
      }[props.flash]
    : null;
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.loginTitle}</h1>
      {flashText && <Notice kind="info">{flashText}</Notice>}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.errors ?? {}} labels={{ email: t.emailLabel, wachtwoord: t.passwordLabel }} />
      <p class="utrecht-paragraph">{t.loginIntro}</p>
      <PostForm action="/inloggen">
        <input type="hidden" name="terug" value={props.returnPath} />
        <TextField
          name="email"
          label={t.emailLabel}
          type="email"
          autocomplete="username"
          inputmode="email"
          value={props.email}
          error={props.errors?.email}
          required
          maxLength={254}
        />
        <TextField
          name="wachtwoord"
          label={t.passwordLabel}
          type="password"
          autocomplete="current-password"
          error={props.errors?.wachtwoord}
          required
        />
        <SubmitButton label={t.loginButton} />
      </PostForm>
      <ul class="utrecht-unordered-list vw-account-links">
        <li>
          <a class="utrecht-link" href="/wachtwoord-vergeten">
            {t.forgotPasswordLink}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/registreren">
            {t.noAccountYet}
          </a>
        </li>
      </ul>
    </section>
  );
}

export function SecondFactorPage(props: { returnPath: string; error?: string; problem?: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.secondFactorTitle}</h1>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.error ? { code: props.error } : {}} labels={{ code: t.codeLabel }} />
      <p class="utrecht-paragraph">{t.secondFactorIntro}</p>
      <PostForm action="/inloggen/tweede-stap">
        <input type="hidden" name="terug" value={props.returnPath} />
        <TextField
          name="code"
          label={t.codeLabel}
          description={t.codeDescription}
          autocomplete="one-time-code"
          inputmode="text"
          error={props.error}
          required
          maxLength={40}
          size={12}
        />
        <SubmitButton label={t.verifyButton} />
      </PostForm>
      <CancelPendingLogin />
    </section>
  );
}

function CancelPendingLogin() {
  const t = useTexts(accountTexts);
  return (
    <PostForm action="/uitloggen" class="vw-account-form vw-account-form--secondary">
      <SubmitButton label={t.cancelLogin} secondary />
    </PostForm>
  );
}

/** Adding the authenticator app: the secret travels in the form, nothing is stored until a code proves the app has it. */
export function EnrolForm(props: {
  action: string;
  secret: string;
  email: string;
  required: boolean;
  returnPath?: string;
  error?: string;
  problem?: string;
}) {
  const t = useTexts(accountTexts);
  return (
    <>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.error ? { code: props.error } : {}} labels={{ code: t.codeLabel }} />
      <p class="utrecht-paragraph">{props.required ? t.enrolRequiredIntro : t.enrolOptionalIntro}</p>
      <ol class="utrecht-ordered-list vw-account-steps">
        <li>{t.enrolStep1}</li>
        <li>
          {t.enrolStep2}
          <dl class="vw-account-secret">
            <dt>{t.enrolKeyLabel}</dt>
            <dd>
              <code class="utrecht-code" data-testid="totp-secret">
                {groupSecret(props.secret)}
              </code>
            </dd>
          </dl>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={otpauthUri(props.secret, props.email)}>
              {t.enrolLinkLabel}
            </a>
          </p>
        </li>
        <li>{t.enrolStep3}</li>
      </ol>
      <PostForm action={props.action}>
        <input type="hidden" name="geheim" value={props.secret} />
        {props.returnPath !== undefined && <input type="hidden" name="terug" value={props.returnPath} />}
        <TextField
          name="code"
          label={t.codeLabel}
          autocomplete="one-time-code"
          inputmode="numeric"
          error={props.error}
          required
          maxLength={6}
          size={8}
        />
        <SubmitButton label={t.enrolButton} />
      </PostForm>
    </>
  );
}

export function EnrolAtLoginPage(props: { secret: string; email: string; returnPath: string; error?: string; problem?: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.enrolTitle}</h1>
      <EnrolForm action="/inloggen/tweestapsverificatie-instellen" required {...props} />
      <CancelPendingLogin />
    </section>
  );
}

export function RecoveryCodesPage({ codes, next, intro }: { codes: string[]; next: string; intro?: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.recoveryTitle}</h1>
      {intro && <Notice kind="ok">{intro}</Notice>}
      <p class="utrecht-paragraph">{t.recoveryIntro}</p>
      <RecoveryCodeList codes={codes} />
      <p class="utrecht-paragraph">
        <a class="utrecht-button utrecht-button--primary-action vw-account-button-link" href={next}>
          {t.continue}
        </a>
      </p>
    </section>
  );
}
