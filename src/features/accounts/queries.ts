import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recoveryCodes, users } from '../../db/schema';

/** What the account and second-factor pages show beyond the session's user: one round trip. */
export async function secondFactorOverview(db: Db, userId: number) {
  const [userRows, codeRows] = await db.batch([
    db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId)),
    db
      .select({ remaining: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
  ]);
  return { enabledAt: userRows[0]?.totpEnabledAt ?? null, recoveryCodesLeft: codeRows[0]?.remaining ?? 0 };
}
