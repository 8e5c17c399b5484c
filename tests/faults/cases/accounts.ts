import { eq } from 'drizzle-orm';
import { TOTP_PERIOD_SECONDS, totpCode } from '../../../src/auth/totp';
import { users } from '../../../src/db/schema';
import {
  createOrganisation,
  createUser,
  db,
  ensureNeighbourhoods,
  latestMailTo,
  linkPathIn,
  loginWithPassword,
  postForm,
  request,
  sessionCookie,
  TEST_PASSWORD,
} from '../../helpers';
import { post, type RouteCase, unique } from './case';

const secretIn = (html: string) => /name="geheim" value="([A-Z2-7]+)"/.exec(html)![1]!;
const nextStepCode = (secret: string) => totpCode(secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);
const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** A partner with the second factor switched on; returns the secret and a session cookie. */
async function partnerWithSecondFactor() {
  const user = await createUser();
  const cookie = await sessionCookie(user.id);
  const secret = secretIn(await (await request('/account/tweestapsverificatie', { cookie })).text());
  const on = await postForm('/account/tweestapsverificatie', { geheim: secret, code: await totpCode(secret) }, { cookie });
  if (on.status !== 200) throw new Error(`switching the second factor on answered ${on.status}`);
  return { user, secret, cookie };
}

/** The path of the link in the newest mail to `email` that starts with `prefix`. */
async function linkMailedTo(email: string, prefix: string) {
  return linkPathIn((await latestMailTo(email))!.bodyText, prefix)!;
}

export const ACCOUNT_CASES: RouteCase[] = [
  {
    route: 'POST /inloggen',
    every: true,
    prepare: async () => ({
      ...post('/inloggen', { email: (await createUser()).email, wachtwoord: TEST_PASSWORD }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip() },
    }),
  },
  {
    route: 'POST /inloggen/tweede-stap',
    prepare: async () => {
      const { user, secret } = await partnerWithSecondFactor();
      const { cookie } = await loginWithPassword(user.email);
      return post('/inloggen/tweede-stap', { code: await nextStepCode(secret) }, cookie);
    },
  },
  {
    route: 'POST /inloggen/tweestapsverificatie-instellen',
    prepare: async () => {
      const { cookie } = await loginWithPassword((await createUser({ role: 'programme' })).email);
      const secret = secretIn(await (await request('/inloggen/tweestapsverificatie-instellen', { cookie })).text());
      return post('/inloggen/tweestapsverificatie-instellen', { geheim: secret, code: await totpCode(secret) }, cookie);
    },
  },
  { route: 'POST /uitloggen', prepare: async () => post('/uitloggen', {}, await sessionCookie((await createUser()).id)) },
  {
    route: 'POST /wachtwoord-vergeten',
    prepare: async () => ({
      ...post('/wachtwoord-vergeten', { email: (await createUser()).email }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip() },
    }),
  },
  {
    route: 'POST /wachtwoord-herstellen/:token',
    prepare: async () => {
      const { email } = await createUser();
      await postForm('/wachtwoord-vergeten', { email }, { headers: { 'cf-connecting-ip': ip() } });
      return post(await linkMailedTo(email, '/wachtwoord-herstellen/'), { wachtwoord: 'een gloednieuwe lange zin' });
    },
  },
  {
    route: 'POST /uitnodiging/:token',
    prepare: async () => {
      const org = await createOrganisation();
      const cookie = await sessionCookie((await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] })).id);
      const email = `collega-${unique()}@voorbeeld.nl`;
      await postForm(`/portaal/organisaties/${org.id}/leden`, { naam: 'Cor Collega', email, rol: 'editor', taal: 'nl' }, { cookie });
      return post(await linkMailedTo(email, '/uitnodiging/'), { wachtwoord: 'mijn eigen lange wachtwoordzin' });
    },
  },
  {
    route: 'POST /e-mailadres-bevestigen/:token',
    prepare: async () => {
      const user = await createUser();
      await db().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, user.id));
      await postForm('/account/bevestigingsmail', {}, { cookie: await sessionCookie(user.id) });
      return post(await linkMailedTo(user.email, '/e-mailadres-bevestigen/'), {});
    },
  },
  {
    route: 'POST /account/verwijderen',
    every: true,
    prepare: async () => {
      const organisation = await createOrganisation();
      await createUser({ memberOf: [{ organisationId: organisation.id, role: 'owner' }] });
      const user = await createUser({ memberOf: [{ organisationId: organisation.id, role: 'editor' }] });
      return post('/account/verwijderen', { bevestiging: 'VERWIJDEREN' }, await sessionCookie(user.id));
    },
  },
  {
    route: 'POST /account/voorkeuren',
    prepare: async () => post('/account/voorkeuren', { naam: 'Nieuwe Naam', taal: 'en' }, await sessionCookie((await createUser()).id)),
  },
  {
    route: 'POST /account/bevestigingsmail',
    prepare: async () => {
      const user = await createUser();
      await db().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, user.id));
      return post('/account/bevestigingsmail', {}, await sessionCookie(user.id));
    },
  },
  {
    route: 'POST /account/wachtwoord',
    prepare: async () =>
      post(
        '/account/wachtwoord',
        { huidig_wachtwoord: TEST_PASSWORD, wachtwoord: 'een heel nieuwe wachtwoordzin' },
        await sessionCookie((await createUser()).id),
      ),
  },
  {
    route: 'POST /account/tweestapsverificatie',
    prepare: async () => {
      const cookie = await sessionCookie((await createUser()).id);
      const secret = secretIn(await (await request('/account/tweestapsverificatie', { cookie })).text());
      return post('/account/tweestapsverificatie', { geheim: secret, code: await totpCode(secret) }, cookie);
    },
  },
  {
    route: 'POST /account/tweestapsverificatie/herstelcodes',
    prepare: async () => {
      const { secret, cookie } = await partnerWithSecondFactor();
      return post('/account/tweestapsverificatie/herstelcodes', { code: await nextStepCode(secret) }, cookie);
    },
  },
  {
    route: 'POST /account/tweestapsverificatie/uitschakelen',
    prepare: async () => {
      const { secret, cookie } = await partnerWithSecondFactor();
      return post('/account/tweestapsverificatie/uitschakelen', { wachtwoord: TEST_PASSWORD, bevestigingscode: await nextStepCode(secret) }, cookie);
    },
  },
  {
    route: 'POST /registreren',
    prepare: async () => {
      const nb = await ensureNeighbourhoods();
      const id = unique();
      const fields = {
        organisatie: `Buurtkracht ${id} Pottenberg`,
        soort: 'neighbourhood',
        beschrijving: 'Wij organiseren koffieochtenden en klusdagen voor buurtbewoners.',
        wijken: [String(nb.pottenberg)],
        website: 'https://www.buurtkracht.example',
        contact_email: 'info@buurtkracht.example',
        contact_telefoon: '043 123 45 67',
        naam: 'Sanne Aanvrager',
        email: `sanne.${id}@voorbeeld.nl`,
        wachtwoord: 'koffie en klussen in de wijk',
      };
      return { ...post('/registreren', fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip() } };
    },
  },
];
