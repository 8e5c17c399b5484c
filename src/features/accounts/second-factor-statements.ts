import { and, eq, isNull } from 'drizzle-orm';
import { generateRecoveryCodes, hashRecoveryCode } from '../../auth/recovery-codes';
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

/** Switches TOTP on (only if it is off: guarded, the batch aborts otherwise) with fresh recovery codes. */
export async function enableTotpStatements(db: Db, userId: number, secret: string, step: number, now: Date) {
  const codes = await replaceRecoveryCodesStatements(db, userId);
  return {
    recoveryCodes: codes.recoveryCodes,
    statements: [
      db
        .update(users)
        .set({ totpSecret: secret.replace(/\s/g, '').toUpperCase(), totpEnabledAt: now, totpLastStep: step, updatedAt: now })
        .where(and(eq(users.id, userId), isNull(users.totpEnabledAt))),
      abortUnlessChanged(),
      ...codes.statements,
    ],
  };
}
