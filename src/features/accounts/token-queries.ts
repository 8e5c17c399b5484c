import { and, eq, gt, isNull } from 'drizzle-orm';
import { sha256Hex } from '../../auth/crypto';
import { isWellFormedToken, type TokenPurpose } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { memberships, organisations, userTokens, users } from '../../db/schema';

/**
 * The account behind an unused, unexpired link token of the given purpose, with the organisations it belongs to
 * (shown on the invitation page); null for anything else. One round trip.
 */
export async function findUsableToken(db: Db, token: string, purpose: TokenPurpose, now: Date) {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = await sha256Hex(token);
  const usable = and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now));
  const [rows, organisationRows] = await db.batch([
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        locale: users.locale,
        hasPassword: users.passwordHash,
        disabledAt: users.disabledAt,
      })
      .from(userTokens)
      .innerJoin(users, eq(users.id, userTokens.userId))
      .where(usable),
    db
      .select({ name: organisations.name })
      .from(userTokens)
      .innerJoin(memberships, eq(memberships.userId, userTokens.userId))
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(usable)
      .orderBy(organisations.name),
  ]);
  const row = rows[0];
  if (!row || row.disabledAt) return null;
  return {
    tokenHash,
    userId: row.userId,
    name: row.name,
    email: row.email,
    locale: row.locale,
    hasPassword: row.hasPassword !== null,
    organisationNames: organisationRows.map((o) => o.name),
  };
}

export type UsableToken = NonNullable<Awaited<ReturnType<typeof findUsableToken>>>;
