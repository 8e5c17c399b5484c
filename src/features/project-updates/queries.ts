import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, projectPartners, projects, projectUpdates, users } from '../../db/schema';
import { projectIdBySlug } from '../projects/queries';

/** A project with its approved lead partners, and optionally one of its updates — one round trip. */
export async function loadUpdateContext(db: Db, slug: string, updateId = 0) {
  const [rows, leads, updates] = await db.batch([
    db
      .select({ id: projects.id, slug: projects.slug, title: projects.title, fundingProgramme: projects.fundingProgramme })
      .from(projects)
      .where(eq(projects.slug, slug)),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(and(eq(projectPartners.projectId, projectIdBySlug(slug)), eq(projectPartners.role, 'lead'), eq(organisations.status, 'approved'))),
    db
      .select()
      .from(projectUpdates)
      .where(and(eq(projectUpdates.id, updateId), eq(projectUpdates.projectId, projectIdBySlug(slug)))),
  ]);
  const project = rows[0];
  if (!project) return null;
  return { project, leads, update: updates[0] ?? null };
}

export type UpdateContext = NonNullable<Awaited<ReturnType<typeof loadUpdateContext>>>;

const queueFields = {
  id: projectUpdates.id,
  title: projectUpdates.title,
  body: projectUpdates.body,
  publishedOn: projectUpdates.publishedOn,
  version: projectUpdates.version,
  status: projectUpdates.status,
  createdAt: projectUpdates.createdAt,
  projectSlug: projects.slug,
  projectTitle: projects.title,
  organisationName: organisations.name,
  authorName: users.name,
};

/** Partner updates waiting for the programme team, oldest first — one round trip. */
export async function loadReviewQueue(db: Db) {
  return db
    .select(queueFields)
    .from(projectUpdates)
    .innerJoin(projects, eq(projects.id, projectUpdates.projectId))
    .leftJoin(organisations, eq(organisations.id, projectUpdates.organisationId))
    .leftJoin(users, eq(users.id, projectUpdates.authorUserId))
    .where(eq(projectUpdates.status, 'submitted'))
    .orderBy(asc(projectUpdates.createdAt), asc(projectUpdates.id));
}

/** One partner update with its project, for the decision page — one round trip. */
export async function loadUpdateForReview(db: Db, id: number) {
  const rows = await db
    .select(queueFields)
    .from(projectUpdates)
    .innerJoin(projects, eq(projects.id, projectUpdates.projectId))
    .leftJoin(organisations, eq(organisations.id, projectUpdates.organisationId))
    .leftJoin(users, eq(users.id, projectUpdates.authorUserId))
    .where(eq(projectUpdates.id, id));
  return rows[0] ?? null;
}

export type UpdateForReview = NonNullable<Awaited<ReturnType<typeof loadUpdateForReview>>>;

/** The number of partner updates waiting for review, for links elsewhere (e.g. the review overview). */
export async function countPendingUpdates(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(projectUpdates).where(eq(projectUpdates.status, 'submitted'));
  return row?.n ?? 0;
}

/** The same count as a statement, for a page that reads everything in one batch. */
export const pendingUpdatesQuery = (db: Db) => db.select({ n: count() }).from(projectUpdates).where(eq(projectUpdates.status, 'submitted'));
