import type { CurrentUser } from '../../env';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { Notice, PostForm } from '../../layout/components';
import { accountTexts } from '../accounts/texts';
import { ProfileFields, profileFieldLabels } from '../organisations/profile-form';
import type { NeighbourhoodOption } from '../organisations/queries';
import type { ProfileFormValues } from '../organisations/schemas';
import { organisationTexts } from '../organisations/texts';
import { registrationTexts } from './texts';

export type ApplicantValues = { naam: string; email: string };

export function RegistrationPage(props: {
  user: CurrentUser | null;
  neighbourhoods: NeighbourhoodOption[];
  values: ProfileFormValues;
  applicant: ApplicantValues;
  errors?: FieldErrors;
  problem?: string;
}) {
  const t = useTexts(registrationTexts);
  const a = useTexts(accountTexts);
  const o = useTexts(organisationTexts);
  const { user, errors = {} } = props;
  if (user && user.role !== 'partner') {
    return (
      <section class="vw-account-narrow">
        <h1 class="utrecht-heading-1">{t.title}</h1>
        <Notice kind="info">{t.notForThisRole}</Notice>
      </section>
    );
  }
  const labels = { ...profileFieldLabels(o), naam: t.nameLabel, email: a.emailLabel, wachtwoord: a.passwordLabel };
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={errors} labels={labels} />
      <p class="utrecht-paragraph">{t.intro}</p>
      <PostForm action="/registreren">
        <fieldset class="vw-account-section">
          <legend class="utrecht-heading-2">{t.organisationSection}</legend>
          <ProfileFields values={props.values} errors={errors} neighbourhoods={props.neighbourhoods} />
        </fieldset>
        <fieldset class="vw-account-section">
          <legend class="utrecht-heading-2">{t.accountSection}</legend>
          {user ? (
            <p class="utrecht-paragraph">{t.loggedInIntro(user.name)}</p>
          ) : (
            <>
              <p class="utrecht-paragraph">{t.accountIntro}</p>
              <TextField
                name="naam"
                label={t.nameLabel}
                value={props.applicant.naam}
                error={errors.naam}
                required
                autocomplete="name"
                maxLength={120}
              />
              <TextField
                name="email"
                label={a.emailLabel}
                type="email"
                value={props.applicant.email}
                error={errors.email}
                required
                autocomplete="email"
                inputmode="email"
                maxLength={254}
              />
              <TextField
                name="wachtwoord"
                label={a.passwordLabel}
                type="password"
                description={a.passwordRules}
                error={errors.wachtwoord}
                required
                autocomplete="new-password"
              />
              <p class="utrecht-paragraph vw-meta">{t.privacy}</p>
            </>
          )}
        </fieldset>
        <SubmitButton label={t.submit} />
      </PostForm>
    </section>
  );
}
