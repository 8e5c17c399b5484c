import { and, eq, ne, sql } from 'drizzle-orm';
import { randomToken, sha256Hex } from '../../auth/crypto';
import type { Db } from '../../db/client';
import {
  auditLog,
  feedKeys,
  funderProgrammes,
  memberships,
  organisations,
  outbox,
  recoveryCodes,
  sessions,
  userTokens,
  users,
} from '../../db/schema';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';

export const DELETED_EMAIL_DOMAIN = 'verwijderd.invalid';

export type DeleteAccountResult =
  | { kind: 'deleted'; pseudonym: string }
  | { kind: 'sole-owner'; organisations: { id: number; name: string }[] }
  | { kind: 'not-found' };

/** Organisations of which the user is the only owner: to be handed over (members page) before the account can go. */
export function solelyOwnedOrganisations(db: Db, userId: number) {
  const otherOwners = db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .where(and(ne(memberships.userId, userId), eq(memberships.role, 'owner')));
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner'), sql`${memberships.organisationId} NOT IN ${otherOwners}`));
}

/**
 * Deletes a person's account (AVG art. 17) on their own request or, on a request received by mail, by an admin.
 * The users row stays as a tombstone with a pseudonym ("Verwijderd account 3f9a1c2e"), so the audit log, revisions
 * and review decisions keep pointing at one (now anonymous) actor, as the Archiefwet requires for decisions; name,
 * e-mail address, password, second factor, memberships, sessions, links, feed keys and the mails to the address are
 * removed, the IP addresses in their audit rows are cleared and their address in audit details is replaced by the
 * pseudonymous one. One guarded batch: refused while they are the only owner of an organisation.
 */
export async function deleteAccount(
  ctx: CommandContext,
  input: { userId: number; actorUserId: number; by: 'self' | 'admin' },
): Promise<DeleteAccountResult> {
  const { db, now } = ctx;
  const [[target], sole] = await db.batch([
    db.select({ email: users.email }).from(users).where(eq(users.id, input.userId)),
    solelyOwnedOrganisations(db, input.userId),
  ]);
  if (!target || target.email.endsWith(`@${DELETED_EMAIL_DOMAIN}`)) return { kind: 'not-found' };
  if (sole.length) return { kind: 'sole-owner', organisations: sole };
  const tag = (await sha256Hex(randomToken())).slice(0, 8);
  const pseudonym = `Verwijderd account ${tag}`;
  const pseudoEmail = `verwijderd-${tag}@${DELETED_EMAIL_DOMAIN}`;
  const soleOwnerNow = sql`EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ${input.userId} AND m.role = 'owner'
      AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.organisation_id = m.organisation_id AND o.user_id <> ${input.userId} AND o.role = 'owner'))`;
  const committed = await commandBatch(ctx)
    // Guard: still the same address (not deleted meanwhile) and still no organisation left without an owner.
    .change(
      db
        .update(users)
        .set({
          email: pseudoEmail,
          name: pseudonym,
          passwordHash: null,
          totpSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          emailVerifiedAt: null,
          lastLoginAt: null,
          disabledAt: now,
          locale: 'nl',
          updatedAt: now,
        })
        .where(and(eq(users.id, input.userId), eq(users.email, target.email), sql`NOT ${soleOwnerNow}`)),
    )
    .add(
      db.delete(memberships).where(eq(memberships.userId, input.userId)),
      db.delete(sessions).where(eq(sessions.userId, input.userId)),
      db.delete(userTokens).where(eq(userTokens.userId, input.userId)),
      db.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId)),
      db.delete(funderProgrammes).where(eq(funderProgrammes.userId, input.userId)),
      db.delete(feedKeys).where(eq(feedKeys.userId, input.userId)),
      db.delete(outbox).where(eq(outbox.toAddress, target.email)),
      db.update(auditLog).set({ ip: null }).where(eq(auditLog.actorUserId, input.userId)),
      db
        .update(auditLog)
        .set({ detail: sql`replace(${auditLog.detail}, ${target.email}, ${pseudoEmail})` })
        .where(sql`instr(${auditLog.detail}, ${target.email}) > 0`),
    )
    .audit({
      actorUserId: input.actorUserId,
      action: 'account.delete',
      objectType: 'user',
      objectId: input.userId,
      ip: input.by === 'admin' ? ctx.ip : null,
      detail: { by: input.by },
    })
    .commit();
  if (committed.kind !== 'ok') return { kind: 'not-found' };
  return { kind: 'deleted', pseudonym };
}
