import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  activities,
  budgetLines,
  milestones,
  neighbourhoods,
  organisations,
  pillars,
  projectActivities,
  projectNeighbourhoods,
  projectPartners,
  projectPillars,
  projects,
  projectUpdates,
} from '../../db/schema';
import { projectIdBySlug } from '../projects/queries';

/** `/projectbeheer`: every project with its status, plus the number of partner updates waiting for review. */
export async function loadManagementList(db: Db) {
  const [rows, pending] = await db.batch([
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        title: projects.title,
        phase: projects.phase,
        health: projects.health,
        fundingProgramme: projects.fundingProgramme,
      })
      .from(projects)
      .orderBy(asc(projects.title)),
    db.select({ n: count() }).from(projectUpdates).where(eq(projectUpdates.status, 'submitted')),
  ]);
  return { projects: rows, pendingUpdates: pending[0]?.n ?? 0 };
}

/** The activities the project form offers to link: published and not hidden for being stale. */
export const linkableActivity = () => and(eq(activities.status, 'published'), isNull(activities.staleHiddenAt));

function optionQueries(db: Db) {
  return [
    db.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.sortOrder)),
    db.select({ id: pillars.id, nameNl: pillars.nameNl, nameEn: pillars.nameEn }).from(pillars).orderBy(asc(pillars.sortOrder)),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.status, 'approved'))
      .orderBy(asc(organisations.name)),
    db
      .select({ id: activities.id, title: activities.title, organisationName: organisations.name })
      .from(activities)
      .innerJoin(organisations, eq(organisations.id, activities.organisationId))
      .where(linkableActivity())
      .orderBy(asc(activities.title), asc(activities.id)),
  ] as const;
}

export type ProjectFormOptions = {
  neighbourhoods: { id: number; name: string }[];
  pillars: { id: string; nameNl: string; nameEn: string }[];
  organisations: { id: number; name: string }[];
  activities: { id: number; title: string; organisationName: string }[];
};

/** The choices of the project form: neighbourhoods, pillars, approved partners, published activities. */
export async function loadProjectFormOptions(db: Db): Promise<ProjectFormOptions> {
  const [nbs, pls, orgs, acts] = await db.batch(optionQueries(db));
  return { neighbourhoods: nbs, pillars: pls, organisations: orgs, activities: acts };
}

/** The project as stored, with the form's choices — one round trip. */
export async function loadProjectForEdit(db: Db, slug: string) {
  const projectId = projectIdBySlug(slug);
  const [nbs, pls, orgs, acts, rows, ownNbs, ownPls, ownPartners, ownActs] = await db.batch([
    ...optionQueries(db),
    db.select().from(projects).where(eq(projects.slug, slug)).limit(1),
    db.select({ id: projectNeighbourhoods.neighbourhoodId }).from(projectNeighbourhoods).where(eq(projectNeighbourhoods.projectId, projectId)),
    db.select({ id: projectPillars.pillarId }).from(projectPillars).where(eq(projectPillars.projectId, projectId)),
    db
      .select({ organisationId: projectPartners.organisationId, role: projectPartners.role })
      .from(projectPartners)
      .where(eq(projectPartners.projectId, projectId)),
    db.select({ id: projectActivities.activityId }).from(projectActivities).where(eq(projectActivities.projectId, projectId)),
  ]);
  const project = rows[0];
  if (!project) return null;
  return {
    options: { neighbourhoods: nbs, pillars: pls, organisations: orgs, activities: acts } as ProjectFormOptions,
    project,
    neighbourhoodIds: ownNbs.map((n) => n.id),
    pillarIds: ownPls.map((p) => p.id),
    partners: ownPartners,
    activityIds: ownActs.map((a) => a.id),
  };
}

export type ProjectForEdit = NonNullable<Awaited<ReturnType<typeof loadProjectForEdit>>>;

/** A project with its milestones and budget lines, for the milestone and budget pages — one round trip. */
export async function loadProjectPlan(db: Db, slug: string) {
  const projectId = projectIdBySlug(slug);
  const [rows, ms, lines] = await db.batch([
    db
      .select({ id: projects.id, slug: projects.slug, title: projects.title, version: projects.version })
      .from(projects)
      .where(eq(projects.slug, slug))
      .limit(1),
    db.select().from(milestones).where(eq(milestones.projectId, projectId)).orderBy(asc(milestones.plannedDate), asc(milestones.id)),
    db.select().from(budgetLines).where(eq(budgetLines.projectId, projectId)).orderBy(asc(budgetLines.id)),
  ]);
  const project = rows[0];
  if (!project) return null;
  return { project, milestones: ms, budgetLines: lines };
}

export type ProjectPlan = NonNullable<Awaited<ReturnType<typeof loadProjectPlan>>>;
