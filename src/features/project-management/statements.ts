import { and, eq, is, SQL, sql } from 'drizzle-orm';
import type { AuditEntry } from '../../audit';
import type { Db } from '../../db/client';
import { auditLog, projects } from '../../db/schema';

/**
 * Every change to a project is guarded by the project's `version`, the concurrency token of the whole project
 * (its fields, milestones, budget lines). A command's batch puts the guarded statements first and bumps the version
 * last: when another change came in between, the guard is false for every statement, nothing is written, and the
 * bump reports 0 changed rows so the command answers 409.
 */
export const projectAtVersion = (projectId: number, version: number): SQL =>
  sql`exists (select 1 from ${projects} where ${projects.id} = ${projectId} and ${projects.version} = ${version})`;

export function bumpProjectVersion(db: Db, projectId: number, version: number, now: Date) {
  return db
    .update(projects)
    .set({ version: sql`${projects.version} + 1`, updatedAt: now })
    .where(and(eq(projects.id, projectId), eq(projects.version, version)));
}

export type GuardedAuditEntry = Omit<AuditEntry, 'objectId'> & {
  /** The object's id, or a subselect for an object created in the same batch. */
  objectId?: string | number | SQL;
};

const objectIdValue = (id: GuardedAuditEntry['objectId']) => (id === undefined ? null : is(id, SQL) ? sql`cast(${id} as text)` : String(id));

/**
 * The audit row, written only when `guard` holds (so a refused change leaves no success row behind). Built as an
 * INSERT … SELECT over every column of audit_log in schema order, so it also runs inside another feature's batch.
 */
export function auditWhere(db: Db, entry: GuardedAuditEntry, guard: SQL, now: Date) {
  return db.insert(auditLog).select(
    sql`select null, ${now.getTime()}, ${entry.actorUserId}, ${entry.action}, ${entry.objectType ?? null},
           ${objectIdValue(entry.objectId)}, ${entry.result ?? 'success'}, ${entry.ip ?? null},
           ${entry.detail ? JSON.stringify(entry.detail) : null}
     where ${guard}`,
  );
}

/** An automatic timeline entry, written only when `guard` holds. */
export function eventWhere(projectId: number, kind: 'phase' | 'health' | 'milestone', detail: Record<string, unknown>, guard: SQL, now: Date) {
  return sql`insert into project_events (project_id, at, kind, detail)
    select ${projectId}, ${now.getTime()}, ${kind}, ${JSON.stringify(detail)} where ${guard}`;
}

/** Rows changed by a statement of a D1 batch (`runBatch` from src/security/transition-guard). */
export function changedRows(result: unknown): number {
  const meta = (result as { meta?: { changes?: number } } | undefined)?.meta;
  return meta?.changes ?? 0;
}

/** Splits rows into groups small enough for D1's 100 bound parameters per statement. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < rows.length; i += size) groups.push(rows.slice(i, i + size));
  return groups;
}
