import { and, asc, between, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetLines, funderProgrammes, milestones, organisations, projectEvents, projects, projectSnapshots, projectUpdates } from '../../db/schema';
import type { Quarter } from '../projects/dates';
import { projectIdBySlug } from '../projects/queries';
import { DAY_MS } from '../../dates';

/** Everything a report freezes, read in one round trip. Events are read with a day's margin, then cut by local date. */
export async function loadSnapshotSource(db: Db, slug: string, period: Quarter) {
  const projectId = projectIdBySlug(slug);
  const from = new Date(Date.parse(`${period.start}T00:00:00Z`) - DAY_MS);
  const until = new Date(Date.parse(`${period.end}T23:59:59Z`) + DAY_MS);
  const [rows, ms, lines, updates, events] = await db.batch([
    db.select().from(projects).where(eq(projects.slug, slug)).limit(1),
    db.select().from(milestones).where(eq(milestones.projectId, projectId)).orderBy(asc(milestones.plannedDate), asc(milestones.id)),
    db.select().from(budgetLines).where(eq(budgetLines.projectId, projectId)).orderBy(asc(budgetLines.id)),
    db
      .select({
        id: projectUpdates.id,
        title: projectUpdates.title,
        body: projectUpdates.body,
        publishedOn: projectUpdates.publishedOn,
        organisationName: organisations.name,
      })
      .from(projectUpdates)
      .leftJoin(organisations, eq(organisations.id, projectUpdates.organisationId))
      .where(
        and(
          eq(projectUpdates.projectId, projectId),
          eq(projectUpdates.status, 'approved'),
          between(projectUpdates.publishedOn, period.start, period.end),
        ),
      )
      .orderBy(desc(projectUpdates.publishedOn), desc(projectUpdates.id)),
    db
      .select()
      .from(projectEvents)
      .where(and(eq(projectEvents.projectId, projectId), between(projectEvents.at, from, until)))
      .orderBy(desc(projectEvents.at), desc(projectEvents.id)),
  ]);
  const project = rows[0];
  if (!project) return null;
  return { project, milestones: ms, budgetLines: lines, updates, events };
}

export type SnapshotSource = NonNullable<Awaited<ReturnType<typeof loadSnapshotSource>>>;

/** One report of a project, with the viewer's funder programmes for the policy — one round trip. */
export async function loadSnapshot(db: Db, slug: string, snapshotId: number, userId: number) {
  const [rows, allowed] = await db.batch([
    db
      .select({
        id: projectSnapshots.id,
        periodLabel: projectSnapshots.periodLabel,
        data: projectSnapshots.data,
        createdAt: projectSnapshots.createdAt,
        slug: projects.slug,
        fundingProgramme: projects.fundingProgramme,
      })
      .from(projectSnapshots)
      .innerJoin(projects, eq(projects.id, projectSnapshots.projectId))
      .where(and(eq(projectSnapshots.id, snapshotId), eq(projects.slug, slug))),
    db.select({ programme: funderProgrammes.programme }).from(funderProgrammes).where(eq(funderProgrammes.userId, userId)),
  ]);
  const snapshot = rows[0];
  if (!snapshot) return null;
  return { snapshot, programmes: allowed.map((a) => a.programme) };
}
