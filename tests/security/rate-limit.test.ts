import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, rateLimits } from '../../src/db/schema';
import { hitRateLimits, RATE_LIMITS, tooManyAttemptsMessage } from '../../src/security/rate-limit';
import { createUser, db, postForm, TEST_PASSWORD } from '../helpers';

const rule = { name: 'test', limit: 3, windowMs: 15 * 60 * 1000 };

describe('rate limits counted exactly in D1', () => {
  it('allows exactly the limit per window and tells when the window ends (controlled clock)', async () => {
    const start = new Date('2026-03-15T10:00:00Z');
    const hit = (at: Date, subject = 'ip:198.51.100.1') => hitRateLimits(db(), [{ rule, subject }], at);
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await hit(new Date(start.getTime() + i * 1000)));
    expect(outcomes.slice(0, 3).every((o) => !o.limited)).toBe(true);
    expect(outcomes[3]).toEqual({ limited: true, retryAt: new Date('2026-03-15T10:15:00Z') });
    // Counted per subject: another address is not affected.
    expect((await hit(new Date(start.getTime() + 5000), 'ip:198.51.100.2')).limited).toBe(false);
    // A new window starts fresh, and the old window's row is cleaned up.
    expect((await hit(new Date('2026-03-15T10:15:01Z'))).limited).toBe(false);
    const rows = await db().select().from(rateLimits).where(eq(rateLimits.key, 'test|ip:198.51.100.1'));
    expect(rows).toEqual([{ key: 'test|ip:198.51.100.1', windowStart: Date.parse('2026-03-15T10:15:00Z'), count: 1 }]);
  });

  it('counts parallel attempts exactly (no lost updates)', async () => {
    const at = new Date('2026-03-15T11:00:00Z');
    const results = await Promise.all(Array.from({ length: 8 }, () => hitRateLimits(db(), [{ rule, subject: 'ip:parallel' }], at)));
    expect(results.filter((r) => !r.limited)).toHaveLength(3);
    const [row] = await db().select().from(rateLimits).where(like(rateLimits.key, '%ip:parallel'));
    expect(row!.count).toBe(8);
  });

  it('says in Dutch (or English) when to try again', () => {
    const now = new Date('2026-03-15T10:03:00Z');
    const retryAt = new Date('2026-03-15T10:15:00Z');
    expect(tooManyAttemptsMessage(retryAt, now, 'nl')).toBe(
      'Te veel pogingen. Om uw account te beschermen kunt u het pas om 11:15 opnieuw proberen (over 12 minuten).',
    );
    expect(tooManyAttemptsMessage(retryAt, now, 'en')).toBe('Too many attempts. To protect your account you can try again at 11:15 (in 12 minutes).');
  });
});

describe('login rate limits', () => {
  it('blocks an account after 10 attempts in 15 minutes with 429, Retry-After and a Dutch message — even with the right password', async () => {
    const user = await createUser();
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.loginPerAccount.limit; i++) {
      statuses.push(
        (
          await postForm(
            '/inloggen',
            { email: user.email, wachtwoord: 'fout-wachtwoord-nummer' },
            { headers: { 'cf-connecting-ip': `203.0.113.${i}` } },
          )
        ).status,
      );
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    const blocked = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD },
      { headers: { 'cf-connecting-ip': '203.0.113.200' } },
    );
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('Retry-After'))).toBeLessThanOrEqual(15 * 60);
    const html = await blocked.text();
    expect(html).toMatch(/Te veel pogingen\. Om uw account te beschermen kunt u het pas om \d{2}:\d{2} opnieuw proberen/);
    expect(html).toContain(`value="${user.email}"`);
    expect(blocked.headers.getSetCookie().some((c) => c.startsWith('__Host-sessie=') && !c.startsWith('__Host-sessie=;'))).toBe(false);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'login.rate-limited'));
    expect(audit.length).toBeGreaterThan(0);
  });

  it('blocks an unknown address the same way (no hint whether it exists)', async () => {
    const email = `bestaat-niet-${Date.now()}@voorbeeld.nl`;
    for (let i = 0; i < RATE_LIMITS.loginPerAccount.limit; i++)
      await postForm('/inloggen', { email, wachtwoord: 'iets-anders-dan-dit' }, { headers: { 'cf-connecting-ip': `203.0.114.${i}` } });
    expect(
      (await postForm('/inloggen', { email, wachtwoord: 'iets-anders-dan-dit' }, { headers: { 'cf-connecting-ip': '203.0.114.250' } })).status,
    ).toBe(429);
  });

  it('blocks one IP address trying many accounts', async () => {
    const ip = '198.18.0.7';
    const { limit, windowMs, name } = RATE_LIMITS.loginPerIp;
    // The address already made `limit` attempts in this window (and the next, should the clock tick over).
    const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
    for (const start of [windowStart, windowStart + windowMs]) {
      await db()
        .insert(rateLimits)
        .values({ key: `${name}|ip:${ip}`, windowStart: start, count: limit });
    }
    const res = await postForm(
      '/inloggen',
      { email: 'spray-nieuw@voorbeeld.nl', wachtwoord: 'zomaar-een-poging' },
      { headers: { 'cf-connecting-ip': ip } },
    );
    expect(res.status).toBe(429);
    const other = await postForm(
      '/inloggen',
      { email: 'spray-nieuw@voorbeeld.nl', wachtwoord: 'zomaar-een-poging' },
      { headers: { 'cf-connecting-ip': '198.18.0.8' } },
    );
    expect(other.status).toBe(401);
  });
});
