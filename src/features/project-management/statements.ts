import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { projects } from '../../db/schema';

/**
 * Every change to a project is guarded by the project's `version`, the concurrency token of the whole project
 * (its fields, milestones, budget lines). A command's batch is guarded by `projectAtVersion` (`batch.guard(…)`), so
 * every statement carries it, and its guarded change is the version bump, last: when another change came in between,
 * nothing is written and the bump reports 0 changed rows, so the command answers 409.
 */
export const projectAtVersion = (projectId: number, version: number): SQL =>
  sql`exists (select 1 from ${projects} where ${projects.id} = ${projectId} and ${projects.version} = ${version})`;

export function bumpProjectVersion(db: Db, projectId: number, version: number, now: Date) {
  return db
    .update(projects)
    .set({ version: sql`${projects.version} + 1`, updatedAt: now })
    .where(and(eq(projects.id, projectId), eq(projects.version, version)));
}

/** An automatic timeline entry, written only when `guard` holds. */
export function eventWhere(projectId: number, kind: 'phase' | 'health' | 'milestone', detail: Record<string, unknown>, guard: SQL, now: Date) {
  return sql`insert into project_events (project_id, at, kind, detail)
    select ${projectId}, ${now.getTime()}, ${kind}, ${JSON.stringify(detail)} where ${guard}`;
}
