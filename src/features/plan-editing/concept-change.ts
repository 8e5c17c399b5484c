import type { SQL } from 'drizzle-orm';
import { canEditPlans } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { conflict, done, forbidden, type CommandResult } from '../../commands/result';
import type { planVersions } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { BatchStatement } from '../../security/transition-guard';
import type { VersionContent } from './model';
import { bumpConcept, conceptAt } from './statements';

export type ConceptChange = {
  statements: BatchStatement[];
  audit: { action: string; detail: Record<string, unknown> };
  /** Columns of the version row itself that change with it (title, period). */
  set?: Partial<typeof planVersions.$inferInsert>;
};

/**
 * An adopted or superseded version is never changed in place. Commands check this before anything else, so that
 * neither a field error nor a no-op hides it; the route tells it apart from a concurrent edit by the version's state.
 */
export const isFrozen = (content: VersionContent) => content.version.status !== 'concept';

/**
 * Writes one change to a concept as ONE guarded batch: its statements (each carrying the guard "still this concept
 * at this version"), its audit row, and last the version bump whose changed-row count decides: 0 means someone else
 * changed or adopted it in the meantime (409), and then nothing of the batch counts.
 */
export async function writeConceptChange(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  version: number | null,
  change: (guard: SQL) => ConceptChange,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content) || version === null || version !== content.version.version) return conflict;
  const versionId = content.version.id;
  const batch = commandBatch(ctx).guard(conceptAt(versionId, version));
  const { statements, audit, set } = change(batch.while);
  const committed = await batch
    .add(...statements)
    .audit({ actorUserId: actor.id, action: audit.action, objectType: 'plan-version', objectId: versionId, detail: audit.detail })
    .change(bumpConcept(ctx.db, versionId, version, ctx.now, set))
    .commit();
  return committed.kind === 'ok' ? done : conflict;
}
