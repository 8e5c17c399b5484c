import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { funderProgrammes, userTokens, users } from '../../../src/db/schema';
import type { CurrentUser } from '../../../src/env';
import { inviteAccount } from '../../../src/features/accounts/invitations';
import { createUser, db, latestMailTo, linkPathIn, request } from '../../helpers';

const ctx = () => ({ db: db(), now: new Date(), ip: '192.0.2.7', origin: 'https://portaal.example' });
const asCurrent = (u: { id: number; name: string; email: string; role: CurrentUser['role'] }): CurrentUser => ({
  ...u,
  locale: 'nl',
  emailVerified: true,
  totpEnabled: true,
  memberships: [],
});

describe('inviteAccount (reusable, e.g. for funders)', () => {
  it('lets the programme team invite a funder, with extra statements in the same batch', async () => {
    const programme = await createUser({ role: 'programme' });
    const email = `financier-${Date.now()}@regiodeal.example`;
    const result = await inviteAccount(
      ctx(),
      asCurrent({ ...programme, role: 'programme' }),
      { email, name: 'Fien Financier', role: 'funder', locale: 'en' },
      (userId) => [db().insert(funderProgrammes).values({ userId, programme: 'regio-deal-4' })],
    );
    expect(result).toEqual({ kind: 'invited' });
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'funder', passwordHash: null, locale: 'en' });
    expect(await db().select().from(funderProgrammes).where(eq(funderProgrammes.userId, user!.id))).toEqual([
      { userId: user!.id, programme: 'regio-deal-4' },
    ]);
    const [token] = await db().select().from(userTokens).where(eq(userTokens.userId, user!.id));
    expect(token!.purpose).toBe('invite');
    const lifetime = token!.expiresAt.getTime() - token!.createdAt.getTime();
    expect(lifetime).toBe(7 * 24 * 60 * 60 * 1000);
    const mail = await latestMailTo(email);
    expect(mail!.subject).toBe('Invitation to the Veerkrachtige Wijken partner portal');
    expect(mail!.bodyText).toContain('as a funder');
    const path = linkPathIn(mail!.bodyText, '/uitnodiging/')!;
    expect(mail!.bodyText).toContain(`https://portaal.example${path}`);
    expect((await request(path)).status).toBe(200);
  });

  it('refuses what the inviter may not do, and a taken address, writing nothing', async () => {
    const programme = asCurrent({ ...(await createUser({ role: 'programme' })), role: 'programme' });
    const partner = asCurrent({ ...(await createUser()), role: 'partner' });
    const email = `nee-${Date.now()}@voorbeeld.nl`;
    expect(await inviteAccount(ctx(), programme, { email, name: 'X', role: 'admin', locale: 'nl' })).toEqual({ kind: 'forbidden' });
    expect(await inviteAccount(ctx(), partner, { email, name: 'X', role: 'funder', locale: 'nl' })).toEqual({ kind: 'forbidden' });
    expect(await db().select().from(users).where(eq(users.email, email))).toHaveLength(0);
    expect(await inviteAccount(ctx(), programme, { email: programme.email.toUpperCase(), name: 'X', role: 'funder', locale: 'nl' })).toEqual({
      kind: 'email-taken',
    });
  });
});
