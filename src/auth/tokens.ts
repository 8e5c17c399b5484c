import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { userTokens } from '../db/schema';
import { randomToken, sha256Hex } from './crypto';

export type TokenPurpose = 'verify-email' | 'reset-password' | 'invite';

/** How long a link in an e-mail works. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 48 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
  invite: 7 * 24 * 60 * 60 * 1000,
};

/** A fresh 256-bit token for a link in an e-mail; only its SHA-256 is stored. */
export async function newUserToken(purpose: TokenPurpose, now: Date) {
  const token = randomToken();
  return { token, tokenHash: await sha256Hex(token), purpose, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) };
}

/** Tokens in links are 43 URL-safe characters; anything else is refused without a database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Marks a token used, only while it is unused and unexpired; put `abortUnlessChanged` right after it in the batch. */
export function consumeTokenStatement(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date) {
  return db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)));
}
