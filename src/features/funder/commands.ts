import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canManageFunders, canOpenFunderOverview } from '../../auth/policy';
import { randomToken, sha256Hex } from '../../auth/crypto';
import type { Db } from '../../db/client';
import { feedKeys, funderProgrammes, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { parseWith } from '../../validation/form';
import { inviteAccount } from '../accounts/invitations';
import type { CommandContext as AccountCommandContext } from '../../commands/context';
import { runBatch } from '../../security/transition-guard';
import { auditWhere, changedRows } from '../project-management/statements';
import { conflict, done, forbidden, invalid, notFound, type CommandResult } from '../project-management/result';
import { funderInvitationSchema, programmesSchema } from './schemas';
import { funderTexts } from './texts';

/** The funder's programmes as one INSERT … SELECT (a query builder, so it also runs in the accounts feature's batch). */
const programmeRows = (db: Db, userId: unknown, programmes: readonly string[], guard: SQL = sql`1 = 1`) =>
  db.insert(funderProgrammes).select(sql`select ${userId}, value from json_each(${JSON.stringify(programmes)}) where ${guard}`);

/**
 * The programme team invites a funder account, limited to the chosen funding programmes (none: all). The account,
 * its invitation mail, its programmes and the audit rows are one batch (through the accounts feature's invitation).
 */
export async function inviteFunder(
  ctx: AccountCommandContext,
  actor: CurrentUser | null,
  input: unknown,
  locale: Locale,
): Promise<CommandResult> {
  if (!actor || !canManageFunders(actor)) return forbidden;
  const parsed = parseWith(funderInvitationSchema, input, locale, funderTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const { name, email, programmes } = parsed.data;
  const result = await inviteAccount(ctx, actor, { name, email, role: 'funder', locale: parsed.data.locale }, (userId) => [
    programmeRows(ctx.db, userId, programmes),
    auditWhere(
      ctx.db,
      { actorUserId: actor.id, action: 'funder.programmes.set', objectType: 'user', objectId: userId, ip: ctx.ip, detail: { programmes } },
      sql`1 = 1`,
      ctx.now,
    ),
  ]);
  if (result.kind === 'forbidden') return forbidden;
  if (result.kind === 'email-taken') return invalid({ email: funderTexts[locale].emailTaken });
  return done(undefined);
}

/** Replaces the programmes a funder account may see (none: all). */
export async function setFunderProgrammes(
  db: Db,
  actor: CurrentUser | null,
  funderUserId: number,
  input: unknown,
  ctx: { locale: Locale; ip?: string | null; now?: Date },
): Promise<CommandResult> {
  if (!canManageFunders(actor)) return forbidden;
  const parsed = parseWith(programmesSchema, input, ctx.locale, funderTexts);
  if (!parsed.ok) return invalid({ programmes: funderTexts[ctx.locale].programmeInvalid });
  const programmes = parsed.data;
  const now = ctx.now ?? new Date();
  const isFunder = sql`exists (select 1 from ${users} where ${users.id} = ${funderUserId} and ${users.role} = 'funder')`;
  const results = await runBatch(db, [
    db.delete(funderProgrammes).where(and(eq(funderProgrammes.userId, funderUserId), isFunder)),
    programmeRows(db, funderUserId, programmes, isFunder),
    auditWhere(
      db,
      { actorUserId: actor!.id, action: 'funder.programmes.set', objectType: 'user', objectId: funderUserId, ip: ctx.ip, detail: { programmes } },
      isFunder,
      now,
    ),
  ]);
  return changedRows(results.at(-1)) === 1 ? done(undefined) : notFound;
}

/**
 * Makes a new personal feed key for the user (replacing an earlier one) and returns it once; only its hash is kept.
 */
export async function createFeedKey(
  db: Db,
  actor: CurrentUser | null,
  ctx: { ip?: string | null; now?: Date },
): Promise<CommandResult<{ key: string }>> {
  if (!actor || !canOpenFunderOverview(actor)) return forbidden;
  const now = ctx.now ?? new Date();
  const key = randomToken();
  const keyHash = await sha256Hex(key);
  const results = await runBatch(db, [
    db
      .insert(feedKeys)
      .values({ userId: actor.id, keyHash, createdAt: now })
      .onConflictDoUpdate({ target: feedKeys.userId, set: { keyHash, createdAt: now } }),
    auditWhere(db, { actorUserId: actor.id, action: 'feed-key.create', objectType: 'user', objectId: actor.id, ip: ctx.ip }, sql`1 = 1`, now),
  ]);
  return changedRows(results[0]) === 1 ? done({ key }) : conflict;
}
