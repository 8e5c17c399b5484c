import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { landingPath } from '../../auth/landing';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../auth/password';
import { requiresSecondFactor } from '../../auth/policy';
import { hashRecoveryCode, normaliseRecoveryCode } from '../../auth/recovery-codes';
import { endSessionStatement, newSession } from '../../auth/session';
import { isValidTotpSecret, looksLikeTotpCode, verifyTotp } from '../../auth/totp';
import type { TotpSecretBox } from '../../auth/totp-secrets';
import type { Db } from '../../db/client';
import { memberships, organisations, recoveryCodes, users } from '../../db/schema';
import type { KnownDevice } from '../../auth/known-device';
import {
  accountSubject,
  failureLimitOutcome,
  RATE_LIMITS,
  rateLimitCountQuery,
  rateLimitOutcome,
  rateLimitStatements,
  type RateLimitHit,
} from '../../security/rate-limit';
import { abortUnlessChanged, type BatchStatement } from '../../security/transition-guard';
import { auditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { enableTotpStatements, encryptLegacySecretStatements } from './second-factor-statements';

export type LoginResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'logged-in'; token: string; landing: string; userId: number }
  | { kind: 'second-factor'; token: string; enrol: boolean };

function membershipsByUser(db: Db, where: ReturnType<typeof eq>) {
  return db
    .select({ organisationId: memberships.organisationId, organisationStatus: organisations.status })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(organisations.name);
}

/**
 * Step one of logging in. Unknown address, missing password, wrong password and disabled account all cost one
 * PBKDF2 run and give the same answer. On success the caller sets the returned token as a *new* session cookie
 * (a login never keeps an earlier token); accounts with a second factor get a short pending session first.
 */
export async function login(
  ctx: CommandContext,
  input: { email: string; password: string },
  previousSessionHash: string | null,
  ipSubject: string,
  device: KnownDevice | null = null,
): Promise<LoginResult> {
  const { db, now } = ctx;
  // Every attempt counts for the IP address; only failures count for the account, or — on a known device of this
  // account — for that device alone, so a stranger's wrong guesses cannot lock the owner out.
  const hits: RateLimitHit[] = [{ rule: RATE_LIMITS.loginPerIp, subject: ipSubject }];
  const accountHit: RateLimitHit = { rule: RATE_LIMITS.loginPerAccount, subject: await accountSubject(input.email) };
  const deviceHit: RateLimitHit = { rule: RATE_LIMITS.loginPerDevice, subject: `device:${device?.id ?? 'none'}` };
  const [userRows, membershipRows, accountFailures, deviceFailures, ...limitResults] = await db.batch([
    db
      .select({
        id: users.id,
        passwordHash: users.passwordHash,
        role: users.role,
        disabledAt: users.disabledAt,
        totpEnabledAt: users.totpEnabledAt,
      })
      .from(users)
      .where(eq(users.email, input.email)),
    membershipsByUser(db, eq(users.email, input.email)),
    rateLimitCountQuery(db, accountHit, now),
    rateLimitCountQuery(db, deviceHit, now),
    ...rateLimitStatements(db, hits, now),
  ]);
  const user = userRows[0];
  const onKnownDevice = device !== null && user !== undefined && device.userId === user.id;
  const failureHit = onKnownDevice ? deviceHit : accountHit;
  const ipLimit = rateLimitOutcome(hits, limitResults, now);
  const failureLimit = failureLimitOutcome(failureHit, onKnownDevice ? deviceFailures : accountFailures, now);
  const limit = ipLimit.limited ? ipLimit : failureLimit;
  if (limit.limited) {
    await commandBatch(ctx)
      .audit({
        actorUserId: null,
        action: 'login.rate-limited',
        objectType: 'user',
        objectId: user?.id,
        result: 'denied',
        ip: ctx.ip,
        detail: { email: input.email },
      })
      .commit();
    return { kind: 'rate-limited', retryAt: limit.retryAt };
  }

  let check = { ok: false, needsRehash: false };
  if (user?.passwordHash) check = await verifyPassword(input.password, user.passwordHash);
  else await burnPasswordCheck(input.password);

  if (!user || !check.ok || user.disabledAt) {
    const reason = !user ? 'unknown-email' : !user.passwordHash ? 'no-password' : !check.ok ? 'wrong-password' : 'disabled';
    await commandBatch(ctx)
      .add(
        ...rateLimitStatements(db, [failureHit], now),
        auditRow(ctx, {
          actorUserId: null,
          action: 'login.failure',
          objectType: 'user',
          objectId: user?.id,
          result: 'failure',
          ip: ctx.ip,
          detail: { email: input.email, reason, knownDevice: onKnownDevice },
        }),
      )
      .commit();
    return { kind: 'failed' };
  }

  const needsSecondFactor = user.totpEnabledAt !== null || requiresSecondFactor(user.role);
  const session = await newSession(db, user.id, needsSecondFactor ? 'pending-mfa' : 'active', now.getTime());
  const changes = {
    ...(check.needsRehash ? { passwordHash: await hashPassword(input.password) } : {}),
    ...(needsSecondFactor ? {} : { lastLoginAt: now }),
  };
  await commandBatch(ctx)
    .add(
      session.insert,
      ...(previousSessionHash ? [endSessionStatement(db, previousSessionHash)] : []),
      ...(Object.keys(changes).length ? [db.update(users).set(changes).where(eq(users.id, user.id))] : []),
      auditRow(ctx, {
        actorUserId: user.id,
        action: needsSecondFactor ? 'login.password-accepted' : 'login.success',
        objectType: 'user',
        objectId: user.id,
        ip: ctx.ip,
        detail: { secondFactor: needsSecondFactor ? (user.totpEnabledAt ? 'required' : 'enrolment-required') : 'none' },
      }),
    )
    .commit();
  if (needsSecondFactor) return { kind: 'second-factor', token: session.token, enrol: user.totpEnabledAt === null };
  return { kind: 'logged-in', token: session.token, landing: landingPath(user.role, membershipRows), userId: user.id };
}

/** The pending session becomes an active one: the login is complete, with its audit row. */
function secondFactorLoginStatements(
  ctx: CommandContext,
  userId: number,
  pendingSessionHash: string,
  sessionInsert: BatchStatement,
  secondFactor: string,
) {
  return [
    ctx.db.update(users).set({ lastLoginAt: ctx.now }).where(eq(users.id, userId)),
    endSessionStatement(ctx.db, pendingSessionHash),
    sessionInsert,
    auditRow(ctx, { actorUserId: userId, action: 'login.success', objectType: 'user', objectId: userId, ip: ctx.ip, detail: { secondFactor } }),
  ];
}

export type SecondFactorResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'expired' }
  | { kind: 'logged-in'; token: string; landing: string };

async function pendingUserState(db: Db, userId: number, now: Date) {
  const hits: RateLimitHit[] = [{ rule: RATE_LIMITS.secondFactorPerAccount, subject: await accountSubject(userId) }];
  const [userRows, codeRows, membershipRows, ...limitResults] = await db.batch([
    db
      .select({
        id: users.id,
        email: users.email,
        role: users.role,
        disabledAt: users.disabledAt,
        totpSecret: users.totpSecret,
        totpEnabledAt: users.totpEnabledAt,
        totpLastStep: users.totpLastStep,
      })
      .from(users)
      .where(eq(users.id, userId)),
    db
      .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
    membershipsByUser(db, eq(users.id, userId)),
    ...rateLimitStatements(db, hits, now),
  ]);
  return { user: userRows[0], codes: codeRows, memberships: membershipRows, limit: rateLimitOutcome(hits, limitResults, now) };
}

/**
 * Step two: a TOTP code (each time step once) or an unused recovery code turns the pending session into a new one.
 * A secret still stored in plain text (from before encryption) is stored encrypted in the same batch.
 */
export async function completeSecondFactor(
  ctx: CommandContext,
  box: TotpSecretBox,
  input: { userId: number; pendingSessionHash: string; code: string },
): Promise<SecondFactorResult> {
  const { db, now } = ctx;
  const state = await pendingUserState(db, input.userId, now);
  const user = state.user;
  if (state.limit.limited) return { kind: 'rate-limited', retryAt: state.limit.retryAt };
  if (!user || user.disabledAt || !user.totpEnabledAt || !user.totpSecret) return { kind: 'expired' };

  const failed = async () => {
    await commandBatch(ctx)
      .audit({
        actorUserId: null,
        action: 'login.failure',
        objectType: 'user',
        objectId: user.id,
        result: 'failure',
        ip: ctx.ip,
        detail: { reason: 'second-factor' },
      })
      .commit();
    return { kind: 'failed' } as const;
  };

  let proof: { kind: 'totp'; step: number } | { kind: 'recovery-code'; id: number } | null = null;
  if (looksLikeTotpCode(input.code)) {
    const { secret } = await box.decrypt(user.totpSecret, user.id);
    const step = await verifyTotp(secret, input.code, now.getTime(), user.totpLastStep);
    if (step !== null) proof = { kind: 'totp', step };
  } else {
    const code = normaliseRecoveryCode(input.code);
    const hash = code ? await hashRecoveryCode(code) : null;
    const match = hash ? state.codes.find((c) => c.codeHash === hash) : undefined;
    if (match) proof = { kind: 'recovery-code', id: match.id };
  }
  if (!proof) return failed();

  const session = await newSession(db, user.id, 'active', now.getTime());
  const encryptLegacy = await encryptLegacySecretStatements(db, box, user.id, user.totpSecret);
  const consume =
    proof.kind === 'totp'
      ? db
          .update(users)
          .set({ totpLastStep: proof.step })
          .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, proof.step))))
      : db
          .update(recoveryCodes)
          .set({ usedAt: now })
          .where(and(eq(recoveryCodes.id, proof.id), isNull(recoveryCodes.usedAt)));
  const committed = await commandBatch(ctx)
    .add(
      consume,
      abortUnlessChanged(),
      ...encryptLegacy,
      ...secondFactorLoginStatements(ctx, user.id, input.pendingSessionHash, session.insert, proof.kind),
      ...(proof.kind === 'recovery-code'
        ? [
            auditRow(ctx, {
              actorUserId: user.id,
              action: 'mfa.recovery-code.use',
              objectType: 'user',
              objectId: user.id,
              ip: ctx.ip,
              detail: { remaining: state.codes.length - 1 },
            }),
          ]
        : []),
    )
    .commit();
  // The same code was used by a parallel request a moment earlier: it counts as used.
  if (committed.kind !== 'ok') return failed();
  return { kind: 'logged-in', token: session.token, landing: landingPath(user.role, state.memberships) };
}

export type EnrolAtLoginResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'expired' }
  | { kind: 'already-enabled' }
  | { kind: 'logged-in'; token: string; landing: string; recoveryCodes: string[] };

/**
 * First login of an account that must have a second factor but has none yet: the user adds the (client-held) secret
 * to an app and proves it with a code; only then does the pending session become a real one. Refused once a second
 * factor exists, so a stolen password cannot be used to replace it.
 */
export async function enrolSecondFactorAtLogin(
  ctx: CommandContext,
  box: TotpSecretBox,
  input: { userId: number; pendingSessionHash: string; secret: string; code: string },
): Promise<EnrolAtLoginResult> {
  const { db, now } = ctx;
  const state = await pendingUserState(db, input.userId, now);
  const user = state.user;
  if (state.limit.limited) return { kind: 'rate-limited', retryAt: state.limit.retryAt };
  if (!user || user.disabledAt) return { kind: 'expired' };
  if (user.totpEnabledAt) return { kind: 'already-enabled' };

  const step = isValidTotpSecret(input.secret) ? await verifyTotp(input.secret, input.code, now.getTime()) : null;
  if (step === null) {
    await commandBatch(ctx)
      .audit({ actorUserId: user.id, action: 'mfa.enable', objectType: 'user', objectId: user.id, result: 'failure', ip: ctx.ip })
      .commit();
    return { kind: 'failed' };
  }
  const enable = await enableTotpStatements(db, box, user.id, input.secret, step, now);
  const session = await newSession(db, user.id, 'active', now.getTime());
  const committed = await commandBatch(ctx)
    .add(
      ...enable.statements,
      auditRow(ctx, { actorUserId: user.id, action: 'mfa.enable', objectType: 'user', objectId: user.id, ip: ctx.ip }),
      ...secondFactorLoginStatements(ctx, user.id, input.pendingSessionHash, session.insert, 'totp-enrolment'),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'already-enabled' };
  return { kind: 'logged-in', token: session.token, landing: landingPath(user.role, state.memberships), recoveryCodes: enable.recoveryCodes };
}

/** Ends the current session (also a pending one). */
export async function logout(ctx: CommandContext, input: { sessionHash: string; userId: number | null }) {
  const { db, now } = ctx;
  await commandBatch(ctx)
    .add(
      endSessionStatement(db, input.sessionHash),
      auditRow(ctx, { actorUserId: input.userId, action: 'logout', objectType: 'user', objectId: input.userId ?? undefined, ip: ctx.ip }),
    )
    .commit();
}

/** The e-mail address the pending session belongs to, to label the enrolment in the app. */
export async function pendingUserSummary(db: Db, userId: number) {
  const [row] = await db
    .select({ email: users.email, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}
