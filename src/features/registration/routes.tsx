import { Hono, type Context } from 'hono';
import { setSessionCookie } from '../../auth/session';
import type { AppEnv } from '../../env';
import { ipSubject, markTooManyRequests, tooManyAttemptsMessage } from '../../security/rate-limit';
import { one, parseWith, readForm, type FieldErrors } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { accountTexts } from '../accounts/texts';
import { emptyProfileValues } from '../organisations/profile-form';
import { allNeighbourhoodsQuery, type NeighbourhoodOption } from '../organisations/queries';
import { organisationProfileSchema, profileFormValues, type ProfileFormValues } from '../organisations/schemas';
import { organisationTexts } from '../organisations/texts';
import { registerOrganisation, type Applicant } from './commands';
import { applicantSchema } from './schemas';
import { registrationTexts } from './texts';
import { RegistrationPage, type ApplicantValues } from './views';

function render(
  c: Context<AppEnv>,
  neighbourhoods: NeighbourhoodOption[],
  form: { values?: ProfileFormValues; applicant?: ApplicantValues; errors?: FieldErrors; problem?: string } = {},
) {
  return c.render(
    <RegistrationPage
      user={c.var.user}
      neighbourhoods={neighbourhoods}
      values={form.values ?? emptyProfileValues}
      applicant={form.applicant ?? { naam: '', email: '' }}
      errors={form.errors}
      problem={form.problem}
    />,
    { title: registrationTexts[c.var.locale].title },
  );
}

/** Texts of three features are valid message keys on this form. */
const messageTexts = {
  nl: { ...accountTexts.nl, ...organisationTexts.nl, ...registrationTexts.nl },
  en: { ...accountTexts.en, ...organisationTexts.en, ...registrationTexts.en },
};

export const registrationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    return render(c, await allNeighbourhoodsQuery(c.var.db));
  })
  .post('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const user = c.var.user;
    const neighbourhoods = await allNeighbourhoodsQuery(c.var.db);
    if (user && user.role !== 'partner') {
      c.status(403);
      return render(c, neighbourhoods);
    }
    const input = await readForm(c);
    const values = profileFormValues(input);
    const applicantValues = { naam: one(input, 'naam'), email: one(input, 'email') };
    const profile = parseWith(organisationProfileSchema(neighbourhoods.map((n) => n.id)), values, c.var.locale, messageTexts);
    const account = user
      ? null
      : parseWith(applicantSchema, { ...applicantValues, wachtwoord: one(input, 'wachtwoord') }, c.var.locale, messageTexts);
    if (!profile.ok || (account && !account.ok)) {
      c.status(422);
      const errors = { ...(profile.ok ? {} : profile.errors), ...(account && !account.ok ? account.errors : {}) };
      return render(c, neighbourhoods, { values, applicant: applicantValues, errors });
    }
    const applicant: Applicant =
      user || !account?.ok
        ? { kind: 'existing', user: user! }
        : { kind: 'new', name: account.data.naam, email: account.data.email, password: account.data.wachtwoord, locale: c.var.locale };
    const ctx = commandContext(c);
    const result = await registerOrganisation(ctx, { profile: profile.data, applicant }, ipSubject(c), c.var.sessionHash);
    switch (result.kind) {
      case 'rate-limited':
        markTooManyRequests(c, result.retryAt, ctx.now);
        return render(c, neighbourhoods, {
          values,
          applicant: applicantValues,
          problem: tooManyAttemptsMessage(result.retryAt, ctx.now, c.var.locale),
        });
      case 'taken': {
        c.status(422);
        const errors: FieldErrors = {};
        if (result.name) errors.organisatie = organisationTexts[c.var.locale].nameTaken;
        if (result.email) errors.email = registrationTexts[c.var.locale].emailTaken;
        return render(c, neighbourhoods, { values, applicant: applicantValues, errors });
      }
      case 'registered':
        if (result.sessionToken) setSessionCookie(c, result.sessionToken);
        return c.redirect(`/portaal/organisaties/${result.organisationId}/profiel?melding=aangemeld`, 303);
    }
  });
