import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../src/auth/password-rules';
import { totpCode } from '../../../src/auth/totp';
import { organisations } from '../../../src/db/schema';
import { seedDemoData } from '../../../src/db/seed';
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET, demoAccount } from '../../../src/db/seed/accounts';
import { cookieFrom, db, loginWithPassword, postForm, request } from '../../helpers';

beforeAll(async () => {
  await seedDemoData(db());
});

describe('demo accounts', () => {
  it('are a programme team member, a funder, an admin, a Trajekt owner and a pending applicant, with passwords that pass the rules', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual(['programmateam', 'financier', 'beheerder', 'partner (eigenaar Trajekt)', 'aanvrager (wacht op goedkeuring)']);
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
