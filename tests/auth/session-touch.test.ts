import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../src/auth/session';
import { sessions, users } from '../../src/db/schema';
import { db, partnerWithOrganisation, request, roundTrips } from '../helpers';

// The idle limit counts from the last request: a session seen a while ago is marked as seen again, inside the same
// D1 round trip as the session lookup, so a page behind login stays within its budget of two round trips.
const MINUTE = 60_000;

/** Every session in the table (each test starts with one) as last seen `ms` ago. */
async function seenAgo(ms: number) {
  await db()
    .update(sessions)
    .set({ lastSeenAt: new Date(Date.now() - ms) });
}

const lastSeen = async () => (await db().select({ at: sessions.lastSeenAt }).from(sessions))[0]!.at.getTime();

describe('the session lookup', () => {
  it('marks a session last seen six minutes ago as seen now, without an extra round trip', async () => {
    await db().delete(sessions);
    const { cookie } = await partnerWithOrganisation();
    await seenAgo(6 * MINUTE);
    const before = Date.now();
    const res = await request('/portaal', { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    expect(await lastSeen()).toBeGreaterThanOrEqual(before);
  });

  it('leaves a session seen a minute ago alone', async () => {
    await db().delete(sessions);
    const { cookie } = await partnerWithOrganisation();
    await seenAgo(MINUTE);
    const expected = await lastSeen();
    expect((await request('/portaal', { headers: { Cookie: cookie } })).status).toBe(200);
    expect(await lastSeen()).toBe(expected);
  });

  it('never revives a session idle for too long, nor one of a disabled user', async () => {
    await db().delete(sessions);
    const idle = await partnerWithOrganisation();
    await seenAgo(SESSION_IDLE_MS + MINUTE);
    const res = await request('/portaal', { headers: { Cookie: idle.cookie } });
    expect(res.status).toBe(303);
    expect(await db().select().from(sessions)).toEqual([]);

    const disabled = await partnerWithOrganisation();
    await seenAgo(6 * MINUTE);
    const stamp = await lastSeen();
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.user.id));
    expect((await request('/portaal', { headers: { Cookie: disabled.cookie } })).status).toBe(303);
    expect((await db().select({ at: sessions.lastSeenAt }).from(sessions))[0]?.at.getTime() ?? stamp).toBe(stamp);
  });
});
