import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { Notice, PostForm } from '../../layout/components';
import { accountTexts } from './texts';

export function ForgotPasswordPage(props: { email?: string; errors?: FieldErrors; problem?: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.forgotTitle}</h1>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.errors ?? {}} labels={{ email: t.emailLabel }} />
      <p class="utrecht-paragraph">{t.forgotIntro}</p>
      <PostForm action="/wachtwoord-vergeten">
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
        <SubmitButton label={t.forgotButton} />
      </PostForm>
    </section>
  );
}

export function ForgotSentPage({ email }: { email: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.forgotSentTitle}</h1>
      <Notice kind="ok">{t.forgotSent(email)}</Notice>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen">
          {t.toLogin}
        </a>
      </p>
    </section>
  );
}

/** Choosing a password from a mailed link: a reset, or the first password of an invited account. */
export function ChoosePasswordPage(props: {
  kind: 'reset' | 'invitation';
  action: string;
  name: string;
  email: string;
  organisationNames?: string[];
  error?: string;
}) {
  const t = useTexts(accountTexts);
  const invitation = props.kind === 'invitation';
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{invitation ? t.invitationTitle : t.resetTitle}</h1>
      <ErrorSummary errors={props.error ? { wachtwoord: props.error } : {}} labels={{ wachtwoord: t.newPasswordLabel }} />
      <p class="utrecht-paragraph">{invitation ? t.invitationIntro(props.name, props.email) : t.resetIntro}</p>
      {invitation && props.organisationNames && props.organisationNames.length > 0 && (
        <>
          <p class="utrecht-paragraph">{t.invitationOrganisations}</p>
          <ul class="utrecht-unordered-list">
            {props.organisationNames.map((name) => (
              <li>{name}</li>
            ))}
          </ul>
        </>
      )}
      <PostForm action={props.action}>
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="gebruikersnaam" autocomplete="username" value={props.email} />
        <TextField
          name="wachtwoord"
          label={t.newPasswordLabel}
          type="password"
          autocomplete="new-password"
          description={t.passwordRules}
          error={props.error}
          required
        />
        <SubmitButton label={invitation ? t.invitationButton : t.resetButton} />
      </PostForm>
    </section>
  );
}

export function LinkInvalidPage() {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.linkInvalidTitle}</h1>
      <p class="utrecht-paragraph">{t.linkInvalid}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/wachtwoord-vergeten">
          {t.requestNewLink}
        </a>
      </p>
    </section>
  );
}

export function ConfirmEmailPage({ action, email }: { action: string; email: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.verifyTitle}</h1>
      <p class="utrecht-paragraph">{t.verifyIntro(email)}</p>
      <PostForm action={action}>
        <SubmitButton label={t.confirmEmailButton} />
      </PostForm>
    </section>
  );
}

export function EmailConfirmedPage({ loggedIn }: { loggedIn: boolean }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.verifiedTitle}</h1>
      <Notice kind="ok">{t.verified}</Notice>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={loggedIn ? '/account' : '/inloggen'}>
          {loggedIn ? t.toPortal : t.toLogin}
        </a>
      </p>
    </section>
  );
}
