import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, memberships, organisationNeighbourhoods, organisations, outbox, users } from '../../../src/db/schema';
import {
  cookieFrom,
  createOrganisation,
  createUser,
  db,
  ensureNeighbourhoods,
  latestMailTo,
  postForm,
  request,
  roundTrips,
  sessionCookie,
} from '../../helpers';

let nb: { pottenberg: number; nazareth: number };
let counter = 0;

beforeAll(async () => {
  nb = await ensureNeighbourhoods();
});

function form(overrides: Record<string, string | string[]> = {}) {
  counter++;
  return {
    organisatie: `Buurtkracht ${counter} Pottenberg`,
    soort: 'neighbourhood',
    beschrijving: 'Wij organiseren koffieochtenden en klusdagen voor buurtbewoners.',
    wijken: [String(nb.pottenberg)],
    website: 'https://www.buurtkracht.example',
    contact_email: 'info@buurtkracht.example',
    contact_telefoon: '043 123 45 67',
    naam: 'Sanne Aanvrager',
    email: `sanne.${counter}.${Date.now()}@voorbeeld.nl`,
    wachtwoord: 'koffie en klussen in de wijk',
    ...overrides,
  };
}

const register = (fields: Record<string, string | string[]>, cookie?: string, ip = `10.4.${counter % 250}.${Math.floor(Math.random() * 250)}`) =>
  postForm('/registreren', fields, { cookie, headers: { 'cf-connecting-ip': ip } });

describe('registering an organisation', () => {
  it('shows the form with one database round trip', async () => {
    const res = await request('/registreren');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    for (const name of ['organisatie', 'soort', 'beschrijving', 'wijken', 'website', 'contact_email', 'naam', 'email', 'wachtwoord']) {
      expect(html).toContain(`name="${name}"`);
    }
  });

  it('creates a pending organisation with its owner, logs the applicant in and tells everyone who must know', async () => {
    const programme = await createUser({ role: 'programme' });
    const fields = form();
    const res = await register(fields);
    expect(res.status).toBe(303);
    const location = res.headers.get('Location')!;
    expect(location).toMatch(/^\/portaal\/organisaties\/\d+\/profiel\?melding=aangemeld$/);
    const organisationId = Number(location.split('/')[3]);
    const [org] = await db().select().from(organisations).where(eq(organisations.id, organisationId));
    expect(org).toMatchObject({
      name: fields.organisatie,
      status: 'pending',
      kind: 'neighbourhood',
      contactEmail: 'info@buurtkracht.example',
      contactPhone: '043 123 45 67',
    });
    expect(org!.slug).toBe(`buurtkracht-${counter}-pottenberg`);
    expect(await db().select().from(organisationNeighbourhoods).where(eq(organisationNeighbourhoods.organisationId, organisationId))).toEqual([
      { organisationId, neighbourhoodId: nb.pottenberg },
    ]);
    const [user] = await db().select().from(users).where(eq(users.email, fields.email));
    expect(user).toMatchObject({ role: 'partner', name: 'Sanne Aanvrager', emailVerifiedAt: null });
    expect(user!.passwordHash).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(await db().select().from(memberships).where(eq(memberships.userId, user!.id))).toMatchObject([{ organisationId, role: 'owner' }]);

    const verify = await latestMailTo(fields.email);
    expect(verify!.subject).toContain('Bevestig uw e-mailadres');
    expect(verify!.bodyText).toMatch(/\/e-mailadres-bevestigen\/[A-Za-z0-9_-]{43}/);
    const toTeam = await latestMailTo(programme.email);
    expect(toTeam!.subject).toBe(`Nieuw ter beoordeling: ${fields.organisatie}`);
    expect(toTeam!.bodyText).toContain(`/beoordelen/organisaties/${organisationId}\n`);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.actorUserId, user!.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.register', 'organisation.register', 'login.success']));
    expect(JSON.stringify(await db().select().from(auditLog))).not.toContain(fields.wachtwoord);

    // Logged in straight away: the application shows its pending status and can still be edited.
    const cookie = `__Host-sessie=${cookieFrom(res)}`;
    const page = await request(location, { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Bedankt voor uw aanmelding!');
    expect(html).toContain('wacht op goedkeuring');
    expect(html).toContain(`value="${fields.organisatie}"`);
  });

  it('keeps a pending organisation out of the public directory', async () => {
    const fields = form();
    await register(fields);
    const res = await request('/partners');
    expect(await res.text()).not.toContain(fields.organisatie);
  });

  it('re-renders with Dutch messages next to each field and keeps what was typed (not the password)', async () => {
    const res = await register({
      organisatie: 'X',
      soort: 'onbekend',
      beschrijving: '',
      website: 'javascript:alert(1)',
      contact_email: 'nee',
      contact_telefoon: 'bel me',
      naam: '',
      email: 'ook-nee',
      wachtwoord: 'kort',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const message of [
      'Vul de naam van de organisatie in (minstens 2 tekens).',
      'Kies de soort partner.',
      'Beschrijf kort wat uw organisatie doet.',
      'Kies minstens één wijk.',
      'Vul een geldig webadres in',
      'Vul een geldig telefoonnummer in',
      'Vul uw naam in.',
      'Gebruik minstens 12 tekens.',
    ]) {
      expect(html, message).toContain(message);
    }
    expect(html).toContain('value="javascript:alert(1)"');
    expect(html).toContain('value="ook-nee"');
    expect(html).not.toContain('value="kort"');
    expect(html).toContain('aria-describedby="veld-organisatie-fout"');
    expect(html).toContain('class="vw-error-summary');
  });

  it('refuses over-long fields and unknown neighbourhoods with 422, never 5xx', async () => {
    const res = await register(form({ beschrijving: 'a'.repeat(20_000), organisatie: 'b'.repeat(5000), wijken: ['999999', '<script>'] }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Gebruik maximaal 2000 tekens.');
    expect(html).toContain('Kies een van de mogelijkheden uit de lijst.');
    expect(html).not.toContain('<script>');
  });

  it('refuses a common password', async () => {
    const res = await register(form({ wachtwoord: 'Welkom12345!' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Dit wachtwoord wordt veel gebruikt');
  });

  it('refuses a taken e-mail address or organisation name with a clear message and no second row', async () => {
    const existing = await createUser();
    const before = await db().select({ n: sql<number>`count(*)` }).from(organisations);
    const byEmail = await register(form({ email: existing.email.toUpperCase() }));
    expect(byEmail.status).toBe(422);
    expect(await byEmail.text()).toContain('Er is al een account met dit e-mailadres.');
    const org = await createOrganisation({ name: 'Stichting Bestaat Al' });
    const byName = await register(form({ organisatie: 'stichting bestaat al' }));
    expect(byName.status).toBe(422);
    expect(await byName.text()).toContain('Er is al een organisatie met deze naam');
    const after = await db().select({ n: sql<number>`count(*)` }).from(organisations);
    expect(after[0]!.n).toBe(before[0]!.n + 1);
    expect(await db().select().from(users).where(eq(users.email, existing.email))).toHaveLength(1);
    expect(org.id).toBeGreaterThan(0);
  });

  it('ignores mass-assigned fields: status, ids and roles cannot be posted', async () => {
    const other = await createOrganisation();
    const fields = form({ status: 'approved', organisation_id: String(other.id), id: String(other.id), role: 'admin', rol: 'admin', isDemo: '1' });
    const res = await register(fields);
    expect(res.status).toBe(303);
    const [org] = await db()
      .select()
      .from(organisations)
      .where(eq(organisations.name, fields.organisatie as string));
    expect(org!.status).toBe('pending');
    expect(org!.isDemo).toBe(false);
    expect(org!.id).not.toBe(other.id);
    const [user] = await db()
      .select()
      .from(users)
      .where(eq(users.email, fields.email as string));
    expect(user!.role).toBe('partner');
    expect(await db().select().from(memberships).where(eq(memberships.organisationId, other.id))).toHaveLength(0);
  });

  it('gives a slug of its own when another organisation has the same slug', async () => {
    const taken = await createOrganisation({ name: 'Buurtbrök Zuid' });
    await db().update(organisations).set({ slug: 'buurtbrok-zuid' }).where(eq(organisations.id, taken.id));
    const res = await register(form({ organisatie: 'Buurtbrok Zuid' }));
    expect(res.status).toBe(303);
    const [org] = await db().select().from(organisations).where(eq(organisations.name, 'Buurtbrok Zuid'));
    expect(org!.slug).toBe('buurtbrok-zuid-2');
  });

  it('lets a logged-in partner register another organisation without a new account', async () => {
    const first = await createOrganisation();
    const user = await createUser({ memberOf: [{ organisationId: first.id }] });
    const cookie = await sessionCookie(user.id);
    const html = await (await request('/registreren', { cookie })).text();
    expect(html).not.toContain('name="wachtwoord"');
    const fields = form();
    const res = await register({ ...fields, naam: '', email: '', wachtwoord: '' }, cookie);
    expect(res.status).toBe(303);
    expect(cookieFrom(res)).toBeNull();
    const mine = await db().select().from(memberships).where(eq(memberships.userId, user.id));
    expect(mine).toHaveLength(2);
  });

  it('does not let programme team, funder or admin accounts register an organisation', async () => {
    const funder = await createUser({ role: 'funder' });
    const res = await register(form(), await sessionCookie(funder.id));
    expect(res.status).toBe(403);
  });

  it('is rate limited per e-mail address (429 with a Dutch message saying when)', async () => {
    const fields = form();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await register({ ...fields, organisatie: `Herhaling ${i} ${counter}` }, undefined, `10.5.0.${i}`)).status);
    expect(statuses[0]).toBe(303);
    expect(statuses.slice(1, 5)).toEqual([422, 422, 422, 422]);
    expect(statuses[5]).toBe(429);
    const limited = await register({ ...fields, organisatie: 'Nog een poging' }, undefined, '10.5.0.99');
    expect(await limited.text()).toMatch(/Te veel pogingen\. .* om \d{2}:\d{2} opnieuw proberen \(over \d+ minut/);
    expect(
      await db()
        .select()
        .from(organisations)
        .where(and(eq(organisations.name, 'Nog een poging'))),
    ).toHaveLength(0);
    expect(
      (
        await db()
          .select()
          .from(outbox)
          .where(eq(outbox.toAddress, fields.email as string))
      ).length,
    ).toBe(1);
  });
});
