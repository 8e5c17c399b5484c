import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../src/auth/password-rules';
import { totpCode } from '../../../src/auth/totp';
import { developmentTotpSecretBox } from '../../../src/auth/totp-secrets';
import { organisations, users } from '../../../src/db/schema';
import { seedDemoData } from '../../../src/db/seed';
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET, demoAccount } from '../../../src/db/seed/accounts';
import { cookieFrom, db, loginWithPassword, postForm, request } from '../../helpers';

beforeAll(async () => {
  await seedDemoData(db());
});

describe('demo accounts', () => {
  it('are a programme team member, a funder, an admin, a Trajekt owner and a pending applicant, with passwords that pass the rules', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual([
      'programmateam',
      'financier',
      'beheerder',
      'partner (eigenaar Trajekt)',
      'aanvrager (wacht op goedkeuring)',
    ]);
    for (const account of DEMO_ACCOUNTS) expect(passwordProblem(account.password, account.email), account.email).toBeNull();
    expect(DEMO_ACCOUNTS.filter((a) => a.note?.includes(DEMO_TOTP_SECRET))).toHaveLength(2);
  });

  it('let the programme team member log in with the pre-enrolled second factor and see the pending organisation', async () => {
    const { email, password } = demoAccount('programme');
    const { res, cookie } = await loginWithPassword(email, password);
    expect(res.headers.get('Location')).toBe('/inloggen/tweede-stap');
    const done = await postForm('/inloggen/tweede-stap', { code: await totpCode(DEMO_TOTP_SECRET) }, { cookie });
    expect(done.status).toBe(303);
    const full = `__Host-sessie=${cookieFrom(done)}`;
    const list = await (await request('/beoordelen/organisaties', { cookie: full })).text();
    expect(list).toContain('Repair Café Nazareth');
  });

  it('store the demo secret encrypted with the development key, for each account its own', async () => {
    const emails = [demoAccount('programme').email, demoAccount('admin').email];
    const rows = await db().select().from(users).where(inArray(users.email, emails));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.totpSecret).toMatch(/^v1:/);
      expect(row.totpSecret).not.toContain(DEMO_TOTP_SECRET);
      expect(await developmentTotpSecretBox().decrypt(row.totpSecret!, row.id)).toEqual({ secret: DEMO_TOTP_SECRET, legacyPlainText: false });
    }
    expect(rows[0]!.totpSecret).not.toBe(rows[1]!.totpSecret);
  });

  it('get the plain demo secret of an older local database encrypted by seeding again; a reset second factor stays reset', async () => {
    const admin = demoAccount('admin').email;
    const programme = demoAccount('programme').email;
    const [before] = await db().select().from(users).where(eq(users.email, programme));
    await db().update(users).set({ totpSecret: DEMO_TOTP_SECRET }).where(eq(users.email, admin));
    await seedDemoData(db());
    const [adminRow] = await db().select().from(users).where(eq(users.email, admin));
    expect((await developmentTotpSecretBox().decrypt(adminRow!.totpSecret!, adminRow!.id)).legacyPlainText).toBe(false);
    const [programmeRow] = await db().select().from(users).where(eq(users.email, programme));
    expect(programmeRow!.totpSecret).toBe(before!.totpSecret);

    await db().update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.email, programme));
    await seedDemoData(db());
    const [reset] = await db().select().from(users).where(eq(users.email, programme));
    expect(reset).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    // Back to the demo state for the other tests.
    await db().update(users).set({ totpSecret: before!.totpSecret, totpEnabledAt: before!.totpEnabledAt }).where(eq(users.email, programme));
  });

  it('let the admin log in with the second factor too', async () => {
    const { email, password } = demoAccount('admin');
    const { res } = await loginWithPassword(email, password);
    expect(res.headers.get('Location')).toBe('/inloggen/tweede-stap');
  });

  it('let the Trajekt owner and the funder log in with the password alone', async () => {
    const partner = await loginWithPassword(demoAccount('partner').email, demoAccount('partner').password);
    expect(partner.res.headers.get('Location')).toBe('/portaal');
    const funder = await loginWithPassword(demoAccount('funder').email, demoAccount('funder').password);
    expect(funder.res.headers.get('Location')).toBe('/financier');
  });

  it('let the applicant see their pending application', async () => {
    const { res, cookie } = await loginWithPassword(demoAccount('applicant').email, demoAccount('applicant').password);
    const [pending] = await db().select().from(organisations).where(eq(organisations.slug, 'repair-cafe-nazareth'));
    expect(pending!.status).toBe('pending');
    expect(res.headers.get('Location')).toBe(`/portaal/organisaties/${pending!.id}/profiel`);
    const page = await (await request(res.headers.get('Location')!, { cookie })).text();
    expect(page).toContain('wacht op goedkeuring');
  });
});
