import { sql } from 'drizzle-orm';
import { canFreezeSnapshot } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, forbidden, invalid, notFound, ok, type CommandResult } from '../../commands/result';
import { projectSnapshots } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { projectAtVersion } from '../project-management/statements';
import { budgetTotals } from '../projects/budget';
import { localDate } from '../../dates';
import { recentQuarters, type Quarter } from '../projects/dates';
import { isOverdue, overdueCount, progressPercent } from '../projects/progress';
import type { SnapshotData } from './model';
import { loadSnapshotSource, type SnapshotSource } from './queries';
import { snapshotTexts } from './texts';

/** The quarters a report can be frozen for: the current one and the four before it. */
export const freezableQuarters = (now: Date) => recentQuarters(localDate(now), 5);

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The report's content: a plain copy of the project's state, so later changes cannot reach it. */
export function buildSnapshotData(source: SnapshotSource, period: Quarter, now: Date): SnapshotData {
  const today = localDate(now);
  const p = source.project;
  return {
    format: 1,
    frozenAt: now.toISOString(),
    frozenOn: today,
    period: { label: period.label, start: period.start, end: period.end },
    project: {
      slug: p.slug,
      title: p.title,
      summary: p.summary,
      fundingProgramme: p.fundingProgramme,
      phase: p.phase,
      health: p.health,
      healthExplanation: p.healthExplanation,
    },
    progress: progressPercent(source.milestones),
    overdueMilestones: overdueCount(source.milestones, today),
    milestones: source.milestones.map((m) => ({
      title: m.title,
      plannedDate: m.plannedDate,
      actualDate: m.actualDate,
      status: m.status,
      weight: m.weight,
      overdue: isOverdue(m, today),
    })),
    budget: {
      lines: source.budgetLines.map((l) => ({
        fundingSource: l.fundingSource,
        allocatedCents: l.allocatedCents,
        committedCents: l.committedCents,
        spentCents: l.spentCents,
      })),
      totals: budgetTotals(source.budgetLines),
    },
    updates: source.updates.map((u) => ({
      id: u.id,
      title: u.title,
      body: u.body,
      publishedOn: u.publishedOn,
      organisationName: u.organisationName,
    })),
    events: source.events
      .filter((e) => {
        const date = localDate(e.at);
        return date >= period.start && date <= period.end;
      })
      .map((e) => ({ id: e.id, at: e.at.toISOString(), kind: e.kind, detail: parseDetail(e.detail) })),
  };
}

/**
 * Freezes a quarterly report of a project. The state is read first; the insert is guarded by the project version
 * that was read, so a report never mixes the state before and after a concurrent change (it answers 409 instead).
 */
export async function freezeSnapshot(
  ctx: CommandContext,
  actor: CurrentUser,
  slug: string,
  input: { period: string },
): Promise<CommandResult<{ id: number }>> {
  if (!canFreezeSnapshot(actor)) return forbidden;
  const { db, now } = ctx;
  const period = freezableQuarters(now).find((q) => q.label === input.period);
  if (!period) return invalid({ period: snapshotTexts[localeOf(ctx)].periodInvalid });
  const source = await loadSnapshotSource(db, slug, period);
  if (!source) return notFound;
  const data = buildSnapshotData(source, period, now);
  const { id, version } = source.project;
  const batch = commandBatch(ctx).guard(projectAtVersion(id, version));
  const committed = await batch
    .audit({ actorUserId: actor.id, action: 'snapshot.freeze', objectType: 'project', objectId: id, detail: { period: period.label } })
    .change(
      sql`insert into ${projectSnapshots} (project_id, period_label, period_start, period_end, data, created_by_user_id, created_at)
        select ${id}, ${period.label}, ${period.start}, ${period.end}, ${JSON.stringify(data)}, ${actor.id}, ${now.getTime()}
        where ${batch.while}
        returning id`,
    )
    .commit();
  const row = committed.kind === 'ok' ? (committed.rows[0] as { id: number } | undefined) : undefined;
  return row ? ok({ id: row.id }) : conflict;
}
