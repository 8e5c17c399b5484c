import { describe, expect, it } from 'vitest';
import { PENDING_MFA_MS, SESSION_IDLE_MS } from '../../src/auth/session';
import { outbox, rateLimits, sessions, userTokens } from '../../src/db/schema';
import { purgeExpiredRecords } from '../../src/security/purge';
import { RATE_LIMITS } from '../../src/security/rate-limit';
import { createUser, db } from '../helpers';

const NOW = new Date('2026-05-20T12:00:00Z');
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function addSession(tokenHash: string, userId: number, stage: 'active' | 'pending-mfa', lastSeenAt: Date, expiresAt: Date) {
  await db()
    .insert(sessions)
    .values({ tokenHash, userId, stage, createdAt: ago(HOUR), lastSeenAt, expiresAt });
}

async function addToken(tokenHash: string, userId: number, expiresAt: Date, usedAt: Date | null = null) {
  await db()
    .insert(userTokens)
    .values({ tokenHash, userId, purpose: 'reset-password', expiresAt, usedAt, createdAt: ago(2 * HOUR) });
}

const remaining = async <T extends { [key: string]: unknown }>(rows: Promise<T[]>, column: keyof T) => (await rows).map((row) => row[column]).sort();

describe('purgeExpiredRecords (controlled clock)', () => {
  it('deletes sessions, rate-limit windows and e-mail tokens that are over, keeps the live ones, in one batch', async () => {
    const { id: userId } = await createUser();

    await addSession('past-absolute-expiry', userId, 'active', ago(MINUTE), ago(1));
    await addSession('idle-too-long', userId, 'active', ago(SESSION_IDLE_MS), later(HOUR));
    await addSession('second-factor-abandoned', userId, 'pending-mfa', ago(PENDING_MFA_MS), later(HOUR));
    await addSession('live', userId, 'active', ago(SESSION_IDLE_MS - MINUTE), later(HOUR));
    await addSession('live-second-factor-step', userId, 'pending-mfa', ago(PENDING_MFA_MS - MINUTE), later(5 * MINUTE));

    // A 15-minute login window that ended at NOW, one still running, and a 60-minute reset window still running
    // although it started before the ended 15-minute one.
    const login = RATE_LIMITS.loginPerIp;
    const reset = RATE_LIMITS.resetPerIp;
    await db()
      .insert(rateLimits)
      .values([
        { key: `${login.name}|ip:198.51.100.1`, windowStart: NOW.getTime() - login.windowMs, count: 4 },
        { key: `${login.name}|ip:198.51.100.2`, windowStart: NOW.getTime() - login.windowMs + MINUTE, count: 2 },
        { key: `${reset.name}|ip:198.51.100.3`, windowStart: NOW.getTime() - 30 * MINUTE, count: 1 },
        // A rule that no longer exists: removed once the longest window is surely over, not before.
        { key: 'retired-rule|ip:198.51.100.4', windowStart: NOW.getTime() - 2 * HOUR, count: 1 },
        { key: 'retired-rule|ip:198.51.100.5', windowStart: NOW.getTime() - 30 * MINUTE, count: 1 },
      ]);

    await addToken('token-expired-unused', userId, ago(1));
    await addToken('token-expired-used', userId, ago(MINUTE), ago(30 * MINUTE));
    await addToken('token-live', userId, later(MINUTE));
    await addToken('token-used-not-yet-expired', userId, later(MINUTE), ago(MINUTE));

    const counts = await purgeExpiredRecords(db(), NOW);

    expect(counts).toEqual({ sessions: 3, rateLimits: 2, userTokens: 2, outbox: 0 });
    expect(await remaining(db().select().from(sessions), 'tokenHash')).toEqual(['live', 'live-second-factor-step']);
    expect(await remaining(db().select().from(rateLimits), 'key')).toEqual([
      `${login.name}|ip:198.51.100.2`,
      `${reset.name}|ip:198.51.100.3`,
      'retired-rule|ip:198.51.100.5',
    ]);
    expect(await remaining(db().select().from(userTokens), 'tokenHash')).toEqual(['token-live', 'token-used-not-yet-expired']);

    // Nothing left to do a second time at the same moment.
    expect(await purgeExpiredRecords(db(), NOW)).toEqual({ sessions: 0, rateLimits: 0, userTokens: 0, outbox: 0 });
  });

  it('removes used links a day after use, delivered mail after 30 days and mail given up on after 90 days', async () => {
    const { id: userId } = await createUser();
    const DAY = 24 * HOUR;
    await addToken('used-two-days-ago', userId, later(DAY), ago(2 * DAY));
    await addToken('used-an-hour-ago', userId, later(DAY), ago(HOUR));
    const mail = (subject: string, values: Partial<typeof outbox.$inferInsert>) =>
      db()
        .insert(outbox)
        .values({ toAddress: 'iemand@voorbeeld.nl', subject, bodyText: 'x', kind: 'test', ...values });
    await mail('sent-31-days', { createdAt: ago(31 * DAY), sentAt: ago(31 * DAY) });
    await mail('sent-29-days', { createdAt: ago(29 * DAY), sentAt: ago(29 * DAY) });
    await mail('failed-91-days', { createdAt: ago(91 * DAY), attempts: 5 });
    await mail('failed-89-days', { createdAt: ago(89 * DAY), attempts: 5 });
    await mail('waiting-91-days', { createdAt: ago(91 * DAY), attempts: 2 });
    const counts = await purgeExpiredRecords(db(), NOW);
    expect(counts.outbox).toBe(2);
    expect(await remaining(db().select().from(outbox), 'subject')).toEqual(['failed-89-days', 'sent-29-days', 'waiting-91-days']);
    expect((await remaining(db().select().from(userTokens), 'tokenHash')).includes('used-two-days-ago')).toBe(false);
    expect((await remaining(db().select().from(userTokens), 'tokenHash')).includes('used-an-hour-ago')).toBe(true);
  });
});
