import type { CurrentUser } from '../../env';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { YourDataSection } from '../privacy/views';
import { AccountDetailList, LanguageChoice } from './components';
import { formatDate, Notice, PostForm } from '../../layout/components';
import { EnrolForm } from './login-views';
import { accountTexts } from './texts';

export type AccountNotice = { kind: 'ok' | 'error'; text: string } | null;

export function AccountPage(props: { user: CurrentUser; notice?: AccountNotice; values?: { naam: string; taal: string }; errors?: FieldErrors }) {
  const t = useTexts(accountTexts);
  const { user } = props;
  const values = props.values ?? { naam: user.name, taal: user.locale };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.accountTitle}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary errors={props.errors ?? {}} labels={{ naam: t.nameLabel, taal: t.localeLabel }} />

      <h2 class="utrecht-heading-2">{t.accountDetails}</h2>
      <AccountDetailList email={user.email} emailVerified={user.emailVerified} role={user.role} />
      {!user.emailVerified && (
        <PostForm action="/account/bevestigingsmail">
          <SubmitButton label={t.resendVerification} secondary />
        </PostForm>
      )}

      <h2 class="utrecht-heading-2">{t.preferencesTitle}</h2>
      <PostForm action="/account/voorkeuren">
        <TextField name="naam" label={t.nameLabel} value={values.naam} error={props.errors?.naam} required autocomplete="name" maxLength={120} />
        <LanguageChoice label={t.localeLabel} value={values.taal} error={props.errors?.taal} />
        <SubmitButton label={t.savePreferences} />
      </PostForm>

      <YourDataSection />

      <h2 class="utrecht-heading-2">{t.securityTitle}</h2>
      <p class="utrecht-paragraph">{user.totpEnabled ? t.secondFactorOn : t.secondFactorOff}</p>
      <ul class="utrecht-unordered-list vw-account-links">
        <li>
          <a class="utrecht-link" href="/account/wachtwoord">
            {t.changePasswordLink}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/account/tweestapsverificatie">
            {t.secondFactorLink}
          </a>
        </li>
      </ul>

      {user.role === 'partner' && (
        <>
          <h2 class="utrecht-heading-2">{t.organisationsTitle}</h2>
          {user.memberships.length === 0 ? (
            <p class="utrecht-paragraph">{t.noOrganisations}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {user.memberships.map((m) => (
                <li>
                  {m.organisationName} ({t.membershipRoleName(m.role)}) —{' '}
                  <a class="utrecht-link" href={`/portaal/organisaties/${m.organisationId}/profiel`}>
                    {t.organisationProfile}
                  </a>
                  ,{' '}
                  <a class="utrecht-link" href={`/portaal/organisaties/${m.organisationId}/leden`}>
                    {t.organisationMembers}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function BackToAccount() {
  const t = useTexts(accountTexts);
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href="/account">
        {t.accountTitle}
      </a>
    </p>
  );
}

export function ChangePasswordPage(props: { email: string; errors?: FieldErrors; problem?: string }) {
  const t = useTexts(accountTexts);
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.changePasswordTitle}</h1>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.errors ?? {}} labels={{ huidig_wachtwoord: t.currentPasswordLabel, wachtwoord: t.newPasswordLabel }} />
      <PostForm action="/account/wachtwoord">
        <input type="hidden" name="gebruikersnaam" autocomplete="username" value={props.email} />
        <TextField
          name="huidig_wachtwoord"
          label={t.currentPasswordLabel}
          type="password"
          autocomplete="current-password"
          error={props.errors?.huidig_wachtwoord}
          required
        />
        <TextField
          name="wachtwoord"
          label={t.newPasswordLabel}
          type="password"
          autocomplete="new-password"
          description={t.passwordRules}
          error={props.errors?.wachtwoord}
          required
        />
        <SubmitButton label={t.changePasswordButton} />
      </PostForm>
      <BackToAccount />
    </section>
  );
}

type SecondFactorSettingsProps = {
  user: CurrentUser;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  mayDisable: boolean;
  /** A fresh secret for the enrol form, when the second factor is off. */
  secret?: string;
  notice?: AccountNotice;
  errors?: FieldErrors;
  /** Which form the errors belong to. */
  failedForm?: 'enrol' | 'regenerate' | 'disable';
};

export function SecondFactorSettingsPage(props: SecondFactorSettingsProps) {
  const t = useTexts(accountTexts);
  const { locale } = useAppContext().var;
  const errorsFor = (form: SecondFactorSettingsProps['failedForm']) => (props.failedForm === form ? (props.errors ?? {}) : {});
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.secondFactorTitle}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.enabledAt === null && props.secret ? (
        <EnrolForm
          action="/account/tweestapsverificatie"
          secret={props.secret}
          email={props.user.email}
          required={false}
          error={errorsFor('enrol').code}
        />
      ) : (
        <>
          {props.enabledAt && <p class="utrecht-paragraph">{t.secondFactorStatusOn(formatDate(props.enabledAt, locale))}</p>}
          <p class="utrecht-paragraph">{t.recoveryRemaining(props.recoveryCodesLeft)}</p>

          <h2 class="utrecht-heading-2">{t.regenerateTitle}</h2>
          <ErrorSummary errors={errorsFor('regenerate')} labels={{ code: t.codeLabel }} />
          <p class="utrecht-paragraph">{t.regenerateIntro}</p>
          <PostForm action="/account/tweestapsverificatie/herstelcodes">
            <TextField
              name="code"
              label={t.codeLabel}
              autocomplete="one-time-code"
              inputmode="numeric"
              error={errorsFor('regenerate').code}
              required
              maxLength={6}
              size={8}
            />
            <SubmitButton label={t.regenerateButton} secondary />
          </PostForm>

          <h2 class="utrecht-heading-2">{t.disableTitle}</h2>
          {props.mayDisable ? (
            <>
              <ErrorSummary errors={errorsFor('disable')} labels={{ wachtwoord: t.passwordLabel, bevestigingscode: t.codeLabel }} />
              <p class="utrecht-paragraph">{t.disableIntro}</p>
              <PostForm action="/account/tweestapsverificatie/uitschakelen">
                <input type="hidden" name="gebruikersnaam" autocomplete="username" value={props.user.email} />
                <TextField
                  name="wachtwoord"
                  label={t.passwordLabel}
                  type="password"
                  autocomplete="current-password"
                  error={errorsFor('disable').wachtwoord}
                  required
                />
                <TextField
                  name="bevestigingscode"
                  label={t.codeLabel}
                  autocomplete="one-time-code"
                  inputmode="numeric"
                  error={errorsFor('disable').bevestigingscode}
                  required
                  maxLength={6}
                  size={8}
                />
                <SubmitButton label={t.disableButton} secondary />
              </PostForm>
            </>
          ) : (
            <p class="utrecht-paragraph">{t.disableNotAllowed}</p>
          )}
        </>
      )}
      <BackToAccount />
    </section>
  );
}
