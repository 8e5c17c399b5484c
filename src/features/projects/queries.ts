import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  activities,
  budgetLines,
  funderProgrammes,
  milestones,
  neighbourhoods,
  organisations,
  pillars,
  projectActivities,
  projectEvents,
  projectNeighbourhoods,
  projectPartners,
  projectPillars,
  projects,
  projectSnapshots,
  projectUpdates,
} from '../../db/schema';
import { isFunder, isPartner, mightSeeProjectStatus } from '../../auth/policy';
import type { CurrentUser } from '../../env';
import { publiclyVisibleActivity } from '../activities/visibility';
import { currentGoalsQuery, projectGoalIds, toPlanGoals } from '../plan-links/goals';

/** The project's id looked up by slug inside the statement, so every query of a page can go in one batch. */
export const projectIdBySlug = (slug: string): SQL<number> => sql<number>`(select ${projects.id} from ${projects} where ${projects.slug} = ${slug})`;

/** A constant condition: lets a page batch keep a fixed shape while reading restricted data only for viewers who need it. */
const onlyIf = (condition: boolean): SQL => sql`${condition ? 1 : 0} = 1`;

const PARTNER_ROLE_ORDER = sql`case ${projectPartners.role} when 'lead' then 0 when 'implementing' then 1 when 'funding' then 2 else 3 end`;

/** `/projecten`: every project with its neighbourhoods and pillars — one round trip. */
export async function loadProjectList(db: Db) {
  const [rows, nbs, pls] = await db.batch([
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        title: projects.title,
        summary: projects.summary,
        phase: projects.phase,
        fundingProgramme: projects.fundingProgramme,
        isDemo: projects.isDemo,
      })
      .from(projects)
      .orderBy(asc(projects.title)),
    db
      .select({ projectId: projectNeighbourhoods.projectId, name: neighbourhoods.name, slug: neighbourhoods.slug })
      .from(projectNeighbourhoods)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, projectNeighbourhoods.neighbourhoodId))
      .orderBy(asc(neighbourhoods.sortOrder)),
    db
      .select({ projectId: projectPillars.projectId, id: pillars.id, nameNl: pillars.nameNl, nameEn: pillars.nameEn })
      .from(projectPillars)
      .innerJoin(pillars, eq(pillars.id, projectPillars.pillarId))
      .orderBy(asc(pillars.sortOrder)),
  ]);
  return rows.map((p) => ({
    ...p,
    neighbourhoods: nbs.filter((n) => n.projectId === p.id),
    pillars: pls.filter((x) => x.projectId === p.id),
  }));
}

export type ProjectListItem = Awaited<ReturnType<typeof loadProjectList>>[number];

/** Who is looking decides which parts a page batch reads; the policy decides afterwards what is shown. */
function viewerScope(user: CurrentUser | null) {
  const mayHaveStatus = mightSeeProjectStatus(user);
  const memberOrganisationIds = user && isPartner(user) ? user.memberships.map((m) => m.organisationId) : [];
  return { mayHaveStatus, memberOrganisationIds, userId: user?.id ?? 0 };
}

/**
 * `/projecten/:slug`: the public part always; health, milestones, budget lines, timeline and reports only for the
 * programme team and funders (the route then checks the funder's programmes); a partner member's own updates. Linked
 * activities follow the one public rule, so `today` is the calendar date in Maastricht. One round trip.
 */
export async function loadProjectPage(db: Db, slug: string, user: CurrentUser | null, today: string) {
  const scope = viewerScope(user);
  const projectId = projectIdBySlug(slug);
  const ownOrgs = scope.memberOrganisationIds.length ? scope.memberOrganisationIds : [-1];
  const [projectRows, nbs, pls, partners, linked, budgetSum, allowed, ms, lines, updates, events, snapshots, ownUpdates, goalRows] = await db.batch([
    db.select().from(projects).where(eq(projects.slug, slug)).limit(1),
    db
      .select({ id: neighbourhoods.id, name: neighbourhoods.name, slug: neighbourhoods.slug })
      .from(projectNeighbourhoods)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, projectNeighbourhoods.neighbourhoodId))
      .where(eq(projectNeighbourhoods.projectId, projectId))
      .orderBy(asc(neighbourhoods.sortOrder)),
    db
      .select({ id: pillars.id, slug: pillars.slug, nameNl: pillars.nameNl, nameEn: pillars.nameEn })
      .from(projectPillars)
      .innerJoin(pillars, eq(pillars.id, projectPillars.pillarId))
      .where(eq(projectPillars.projectId, projectId))
      .orderBy(asc(pillars.sortOrder)),
    db
      .select({ organisationId: organisations.id, name: organisations.name, slug: organisations.slug, role: projectPartners.role })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(and(eq(projectPartners.projectId, projectId), eq(organisations.status, 'approved')))
      .orderBy(PARTNER_ROLE_ORDER, asc(organisations.name)),
    db
      .select({ id: activities.id, title: activities.title, summary: activities.summary, organisationName: organisations.name })
      .from(projectActivities)
      // CROSS JOIN: start from the project's few links, not from every published activity (SQLite's own choice).
      .crossJoin(activities)
      .innerJoin(organisations, eq(organisations.id, activities.organisationId))
      .where(and(eq(projectActivities.projectId, projectId), eq(activities.id, projectActivities.activityId), publiclyVisibleActivity(today)))
      .orderBy(asc(activities.title)),
    db
      .select({ allocatedCents: sql<number>`coalesce(sum(${budgetLines.allocatedCents}), 0)` })
      .from(budgetLines)
      .where(eq(budgetLines.projectId, projectId)),
    db
      .select({ programme: funderProgrammes.programme })
      .from(funderProgrammes)
      .where(and(eq(funderProgrammes.userId, scope.userId), onlyIf(isFunder(user)))),
    db
      .select()
      .from(milestones)
      .where(and(eq(milestones.projectId, projectId), onlyIf(scope.mayHaveStatus)))
      .orderBy(asc(milestones.plannedDate), asc(milestones.id)),
    db
      .select()
      .from(budgetLines)
      .where(and(eq(budgetLines.projectId, projectId), onlyIf(scope.mayHaveStatus)))
      .orderBy(asc(budgetLines.id)),
    db
      .select({
        id: projectUpdates.id,
        title: projectUpdates.title,
        body: projectUpdates.body,
        publishedOn: projectUpdates.publishedOn,
        createdAt: projectUpdates.createdAt,
        organisationName: organisations.name,
      })
      .from(projectUpdates)
      .leftJoin(organisations, eq(organisations.id, projectUpdates.organisationId))
      .where(and(eq(projectUpdates.projectId, projectId), eq(projectUpdates.status, 'approved'), onlyIf(scope.mayHaveStatus)))
      .orderBy(desc(projectUpdates.publishedOn), desc(projectUpdates.id))
      .limit(50),
    db
      .select()
      .from(projectEvents)
      .where(and(eq(projectEvents.projectId, projectId), onlyIf(scope.mayHaveStatus)))
      .orderBy(desc(projectEvents.at), desc(projectEvents.id))
      .limit(100),
    db
      .select({
        id: projectSnapshots.id,
        periodLabel: projectSnapshots.periodLabel,
        createdAt: projectSnapshots.createdAt,
      })
      .from(projectSnapshots)
      .where(and(eq(projectSnapshots.projectId, projectId), onlyIf(scope.mayHaveStatus)))
      .orderBy(desc(projectSnapshots.createdAt), desc(projectSnapshots.id)),
    db
      .select({
        id: projectUpdates.id,
        title: projectUpdates.title,
        status: projectUpdates.status,
        publishedOn: projectUpdates.publishedOn,
        reviewComment: projectUpdates.reviewComment,
        organisationId: projectUpdates.organisationId,
      })
      .from(projectUpdates)
      .where(
        and(
          eq(projectUpdates.projectId, projectId),
          inArray(projectUpdates.organisationId, ownOrgs),
          ne(projectUpdates.status, 'approved'),
          onlyIf(scope.memberOrganisationIds.length > 0),
        ),
      )
      .orderBy(desc(projectUpdates.createdAt)),
    currentGoalsQuery(db, projectGoalIds(projectId)),
  ]);
  const project = projectRows[0];
  if (!project) return null;
  return {
    project,
    neighbourhoods: nbs,
    pillars: pls,
    partners,
    activities: linked,
    goals: toPlanGoals(goalRows),
    totalBudgetCents: Number(budgetSum[0]?.allocatedCents ?? 0),
    funderProgrammes: allowed.map((a) => a.programme),
    milestones: ms,
    budgetLines: lines,
    updates,
    events,
    snapshots,
    ownUpdates,
  };
}

export type ProjectPageData = NonNullable<Awaited<ReturnType<typeof loadProjectPage>>>;
