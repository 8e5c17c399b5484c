import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canManageFunders, canOpenFunderOverview } from '../../auth/policy';
import { randomToken, sha256Hex } from '../../auth/crypto';
import { auditRow, changedRows, commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, done, forbidden, invalid, notFound, ok, type CommandResult } from '../../commands/result';
import type { Db } from '../../db/client';
import { feedKeys, funderProgrammes, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { parseWith } from '../../validation/form';
import { inviteAccount } from '../accounts/invitations';
import { funderInvitationSchema, programmesSchema } from './schemas';
import { funderTexts } from './texts';

/** The funder's programmes as one INSERT … SELECT (a query builder, so it also runs in the accounts feature's batch). */
const programmeRows = (db: Db, userId: unknown, programmes: readonly string[], guard: SQL = sql`1 = 1`) =>
  db.insert(funderProgrammes).select(sql`select ${userId}, value from json_each(${JSON.stringify(programmes)}) where ${guard}`);

/**
 * The programme team invites a funder account, limited to the chosen funding programmes (none: all). The account,
 * its invitation mail, its programmes and the audit rows are one batch (through the accounts feature's invitation).
 */
export async function inviteFunder(ctx: CommandContext, actor: CurrentUser, input: unknown): Promise<CommandResult> {
  if (!canManageFunders(actor)) return forbidden;
  const locale = localeOf(ctx);
  const parsed = parseWith(funderInvitationSchema, input, locale, funderTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const { name, email, programmes } = parsed.data;
  const result = await inviteAccount(ctx, actor, { name, email, role: 'funder', locale: parsed.data.locale }, (userId) => [
    programmeRows(ctx.db, userId, programmes),
    auditRow(ctx, { actorUserId: actor.id, action: 'funder.programmes.set', objectType: 'user', objectId: userId, detail: { programmes } }),
  ]);
  if (result.kind === 'forbidden') return forbidden;
  if (result.kind === 'email-taken') return invalid({ email: funderTexts[locale].emailTaken });
  // The accounts feature's invitation batch queued the invitation mail.
  ctx.effects?.record({ mail: true, publicPages: false });
  return done;
}

/** Replaces the programmes a funder account may see (none: all). */
export async function setFunderProgrammes(ctx: CommandContext, actor: CurrentUser, funderUserId: number, input: unknown): Promise<CommandResult> {
  if (!canManageFunders(actor)) return forbidden;
  const locale = localeOf(ctx);
  const parsed = parseWith(programmesSchema, input, locale, funderTexts);
  if (!parsed.ok) return invalid({ programmes: funderTexts[locale].programmeInvalid });
  const programmes = parsed.data;
  const { db } = ctx;
  const isFunder = sql`exists (select 1 from ${users} where ${users.id} = ${funderUserId} and ${users.role} = 'funder')`;
  const batch = commandBatch(ctx).guard(isFunder);
  const committed = await batch
    .add(
      db.delete(funderProgrammes).where(and(eq(funderProgrammes.userId, funderUserId), isFunder)),
      programmeRows(db, funderUserId, programmes, isFunder),
    )
    .audit({ actorUserId: actor.id, action: 'funder.programmes.set', objectType: 'user', objectId: funderUserId, detail: { programmes } })
    .commit();
  // No guarded change: the audit row, last, is written only while the account is a funder's.
  return committed.kind === 'ok' && changedRows(committed.results.at(-1)) === 1 ? done : notFound;
}

/**
 * Makes a new personal feed key for the user (replacing an earlier one) and returns it once; only its hash is kept.
 */
export async function createFeedKey(ctx: CommandContext, actor: CurrentUser): Promise<CommandResult<{ key: string }>> {
  if (!canOpenFunderOverview(actor)) return forbidden;
  const { db, now } = ctx;
  const key = randomToken();
  const keyHash = await sha256Hex(key);
  const committed = await commandBatch(ctx)
    .change(
      db
        .insert(feedKeys)
        .values({ userId: actor.id, keyHash, createdAt: now })
        .onConflictDoUpdate({ target: feedKeys.userId, set: { keyHash, createdAt: now } }),
    )
    .audit({ actorUserId: actor.id, action: 'feed-key.create', objectType: 'user', objectId: actor.id })
    .commit();
  return committed.kind === 'ok' ? ok({ key }) : conflict;
}
