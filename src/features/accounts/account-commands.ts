import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { verifyPassword } from '../../auth/password';
import { canDisableSecondFactor } from '../../auth/policy';
import { isValidTotpSecret, verifyTotp } from '../../auth/totp';
import type { TotpSecretBox } from '../../auth/totp-secrets';
import type { Db } from '../../db/client';
import { recoveryCodes, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { accountSubject, hitRateLimits, RATE_LIMITS } from '../../security/rate-limit';
import { abortUnlessChanged } from '../../security/transition-guard';
import { auditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { enableTotpStatements, encryptLegacySecretStatements, replaceRecoveryCodesStatements } from './second-factor-statements';

export async function updatePreferences(ctx: CommandContext, user: CurrentUser, input: { name: string; locale: Locale }) {
  const { db, now } = ctx;
  await commandBatch(ctx)
    .add(
      db.update(users).set({ name: input.name, locale: input.locale, updatedAt: now }).where(eq(users.id, user.id)),
      auditRow(ctx, {
        actorUserId: user.id,
        action: 'account.update',
        objectType: 'user',
        objectId: user.id,
        ip: ctx.ip,
        detail: { locale: input.locale },
      }),
    )
    .commit();
}

async function secondFactorState(db: Db, userId: number) {
  const [row] = await db
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

async function secondFactorAttemptAllowed(ctx: CommandContext, userId: number) {
  return hitRateLimits(ctx.db, [{ rule: RATE_LIMITS.secondFactorPerAccount, subject: await accountSubject(userId) }], ctx.now);
}

export type EnableResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'already-enabled' }
  | { kind: 'enabled'; recoveryCodes: string[] };

/** Turns on TOTP from the account page: the code proves the app holds the secret shown on the page. */
export async function enableSecondFactor(
  ctx: CommandContext,
  box: TotpSecretBox,
  user: CurrentUser,
  input: { secret: string; code: string },
): Promise<EnableResult> {
  const { db, now } = ctx;
  if (user.totpEnabled) return { kind: 'already-enabled' };
  const limit = await secondFactorAttemptAllowed(ctx, user.id);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const step = isValidTotpSecret(input.secret) ? await verifyTotp(input.secret, input.code, now.getTime()) : null;
  if (step === null) return { kind: 'failed' };
  const enable = await enableTotpStatements(db, box, user.id, input.secret, step, now);
  const committed = await commandBatch(ctx)
    .add(
      enable.statements[0]!,
      ...enable.statements.slice(1),
      auditRow(ctx, { actorUserId: user.id, action: 'mfa.enable', objectType: 'user', objectId: user.id, ip: ctx.ip }),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'already-enabled' };
  return { kind: 'enabled', recoveryCodes: enable.recoveryCodes };
}

/** Marks the TOTP step as used (guarded, so the same code cannot confirm two actions). */
function consumeStepStatements(db: Db, userId: number, step: number) {
  return [
    db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step)))),
    abortUnlessChanged(),
  ] as const;
}

export type RegenerateResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'not-enabled' }
  | { kind: 'regenerated'; recoveryCodes: string[] };

export async function regenerateRecoveryCodes(ctx: CommandContext, box: TotpSecretBox, user: CurrentUser, code: string): Promise<RegenerateResult> {
  const { db, now } = ctx;
  const limit = await secondFactorAttemptAllowed(ctx, user.id);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const state = await secondFactorState(db, user.id);
  if (!state?.enabledAt || !state.secret) return { kind: 'not-enabled' };
  const { secret } = await box.decrypt(state.secret, user.id);
  const step = await verifyTotp(secret, code, now.getTime(), state.lastStep);
  if (step === null) return { kind: 'failed' };
  const codes = await replaceRecoveryCodesStatements(db, user.id);
  const committed = await commandBatch(ctx)
    .add(
      ...consumeStepStatements(db, user.id, step),
      ...(await encryptLegacySecretStatements(db, box, user.id, state.secret)),
      ...codes.statements,
      auditRow(ctx, { actorUserId: user.id, action: 'mfa.recovery-codes.regenerate', objectType: 'user', objectId: user.id, ip: ctx.ip }),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'failed' };
  return { kind: 'regenerated', recoveryCodes: codes.recoveryCodes };
}

export type DisableResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'forbidden' }
  | { kind: 'wrong-password' }
  | { kind: 'failed' }
  | { kind: 'disabled' };

/** Switching TOTP off needs the password and a current code, and is refused where it is required. */
export async function disableSecondFactor(
  ctx: CommandContext,
  box: TotpSecretBox,
  user: CurrentUser,
  input: { password: string; code: string },
): Promise<DisableResult> {
  const { db, now } = ctx;
  if (!canDisableSecondFactor(user)) return { kind: 'forbidden' };
  const limit = await secondFactorAttemptAllowed(ctx, user.id);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const state = await secondFactorState(db, user.id);
  if (!state?.secret || !state.passwordHash) return { kind: 'failed' };
  const password = await verifyPassword(input.password, state.passwordHash);
  if (!password.ok) return { kind: 'wrong-password' };
  const { secret } = await box.decrypt(state.secret, user.id);
  const step = await verifyTotp(secret, input.code, now.getTime(), state.lastStep);
  if (step === null) return { kind: 'failed' };
  const committed = await commandBatch(ctx)
    .add(
      ...consumeStepStatements(db, user.id, step),
      db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now }).where(eq(users.id, user.id)),
      db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id)),
      auditRow(ctx, { actorUserId: user.id, action: 'mfa.disable', objectType: 'user', objectId: user.id, ip: ctx.ip }),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'failed' };
  return { kind: 'disabled' };
}
