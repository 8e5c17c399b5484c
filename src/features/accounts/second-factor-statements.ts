import { and, eq, isNull } from 'drizzle-orm';
import { generateRecoveryCodes, hashRecoveryCode } from '../../auth/recovery-codes';
import { isEncrypted } from '../../auth/secret-box';
import type { TotpSecretBox } from '../../auth/totp-secrets';
import type { Db } from '../../db/client';
import { recoveryCodes, users } from '../../db/schema';
import { abortUnlessChanged } from '../../security/transition-guard';

/** Ten new recovery codes replace all earlier ones; returns the codes to show once and the statements. */
export async function replaceRecoveryCodesStatements(db: Db, userId: number) {
  const codes = generateRecoveryCodes();
  const hashes = await Promise.all(codes.map(hashRecoveryCode));
  return {
    recoveryCodes: codes,
    statements: [
      db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
      db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash }))),
    ],
  };
}

/**
 * Switches TOTP on (only if it is off: guarded, the batch aborts otherwise) with fresh recovery codes. The secret is
 * stored encrypted, never in plain text.
 */
export async function enableTotpStatements(db: Db, box: TotpSecretBox, userId: number, secret: string, step: number, now: Date) {
  const codes = await replaceRecoveryCodesStatements(db, userId);
  const encrypted = await box.encrypt(secret.replace(/\s/g, '').toUpperCase(), userId);
  return {
    recoveryCodes: codes.recoveryCodes,
    statements: [
      db
        .update(users)
        .set({ totpSecret: encrypted, totpEnabledAt: now, totpLastStep: step, updatedAt: now })
        .where(and(eq(users.id, userId), isNull(users.totpEnabledAt))),
      abortUnlessChanged(),
      ...codes.statements,
    ],
  };
}

/**
 * A secret stored in plain text before encryption existed is stored encrypted, in the batch of the next successful
 * check; only while the row still holds that same plain value (an admin reset meanwhile wins).
 */
export async function encryptLegacySecretStatements(db: Db, box: TotpSecretBox, userId: number, stored: string) {
  if (isEncrypted(stored)) return [];
  return [
    db
      .update(users)
      .set({ totpSecret: await box.encrypt(stored, userId) })
      .where(and(eq(users.id, userId), eq(users.totpSecret, stored))),
  ];
}
