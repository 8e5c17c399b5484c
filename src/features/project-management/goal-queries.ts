import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { projectGoals, projects } from '../../db/schema';
import { currentGoalsQuery, toPlanGoals } from '../plan-links/goals';
import { projectIdBySlug } from '../projects/queries';

/** The project, the goals of the plans' current versions and the goals it is linked to — one round trip. */
export async function loadProjectGoals(db: Db, slug: string) {
  const [rows, goalRows, linked] = await db.batch([
    db
      .select({ id: projects.id, slug: projects.slug, title: projects.title, version: projects.version })
      .from(projects)
      .where(eq(projects.slug, slug))
      .limit(1),
    currentGoalsQuery(db),
    db
      .select({ goalId: projectGoals.goalId })
      .from(projectGoals)
      .where(eq(projectGoals.projectId, projectIdBySlug(slug))),
  ]);
  const project = rows[0];
  if (!project) return null;
  return { project, goals: toPlanGoals(goalRows), goalIds: linked.map((l) => l.goalId).sort((a, b) => a - b) };
}

export type ProjectGoalsForEdit = NonNullable<Awaited<ReturnType<typeof loadProjectGoals>>>;
