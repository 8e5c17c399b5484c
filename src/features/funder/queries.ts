import { and, asc, desc, eq, max, sql, sum, type SQL } from 'drizzle-orm';
import { canSeeProjectStatus } from '../../auth/policy';
import type { Db } from '../../db/client';
import { budgetLines, feedKeys, funderProgrammes, milestones, organisations, projects, projectUpdates, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { budgetTotals, type BudgetTotals } from '../projects/budget';
import { overdueCount, progressPercent } from '../projects/progress';

/** Narrows a query to the projects of the funder's programmes (all programmes without funder_programmes rows). */
function inFunderScope(user: CurrentUser): SQL {
  if (user.role !== 'funder') return sql`1 = 1`;
  return sql`(not exists (select 1 from ${funderProgrammes} where ${funderProgrammes.userId} = ${user.id})
    or ${projects.fundingProgramme} in (select ${funderProgrammes.programme} from ${funderProgrammes} where ${funderProgrammes.userId} = ${user.id}))`;
}

export type OverviewRow = {
  slug: string;
  title: string;
  fundingProgramme: string;
  phase: number;
  health: string;
  healthExplanation: string | null;
  isDemo: boolean;
  progress: number | null;
  overdue: number;
  budget: BudgetTotals;
  lastUpdate: string | null;
};

/**
 * `/financier` and its CSV: the projects the viewer may follow, with phase, health, progress, budget utilisation,
 * overdue milestones and the date of the latest update — one round trip. The SQL narrows to the funder's programmes;
 * the policy decides per project as well.
 */
export async function loadFunderOverview(db: Db, user: CurrentUser, today: string) {
  const scope = inFunderScope(user);
  const [allowed, rows, ms, sums, latest, key] = await db.batch([
    db.select({ programme: funderProgrammes.programme }).from(funderProgrammes).where(eq(funderProgrammes.userId, user.id)),
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        title: projects.title,
        fundingProgramme: projects.fundingProgramme,
        phase: projects.phase,
        health: projects.health,
        healthExplanation: projects.healthExplanation,
        isDemo: projects.isDemo,
      })
      .from(projects)
      .where(scope)
      .orderBy(asc(projects.title)),
    db
      .select({ projectId: milestones.projectId, status: milestones.status, weight: milestones.weight, plannedDate: milestones.plannedDate })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(scope),
    db
      .select({
        projectId: budgetLines.projectId,
        allocatedCents: sum(budgetLines.allocatedCents).mapWith(Number),
        committedCents: sum(budgetLines.committedCents).mapWith(Number),
        spentCents: sum(budgetLines.spentCents).mapWith(Number),
      })
      .from(budgetLines)
      .innerJoin(projects, eq(projects.id, budgetLines.projectId))
      .where(scope)
      .groupBy(budgetLines.projectId),
    db
      .select({ projectId: projectUpdates.projectId, lastUpdate: max(projectUpdates.publishedOn) })
      .from(projectUpdates)
      .innerJoin(projects, eq(projects.id, projectUpdates.projectId))
      .where(and(eq(projectUpdates.status, 'approved'), scope))
      .groupBy(projectUpdates.projectId),
    db.select({ createdAt: feedKeys.createdAt }).from(feedKeys).where(eq(feedKeys.userId, user.id)),
  ]);
  const programmes = allowed.map((a) => a.programme);
  const overview: OverviewRow[] = rows
    .filter((p) => canSeeProjectStatus(user, p.fundingProgramme, programmes))
    .map((p) => {
      const own = ms.filter((m) => m.projectId === p.id);
      const money = sums.find((s) => s.projectId === p.id);
      return {
        slug: p.slug,
        title: p.title,
        fundingProgramme: p.fundingProgramme,
        phase: p.phase,
        health: p.health,
        healthExplanation: p.healthExplanation,
        isDemo: p.isDemo,
        progress: progressPercent(own),
        overdue: overdueCount(own, today),
        budget: budgetTotals(money ? [money] : []),
        lastUpdate: latest.find((l) => l.projectId === p.id)?.lastUpdate ?? null,
      };
    });
  return { programmes, rows: overview, feedKeySince: key[0]?.createdAt ?? null };
}

/** Who asks for a feed: a logged-in user, or a feed reader with a personal key (its SHA-256). */
export type FeedReader = { userId: number } | { keyHash: string };

/** A project's approved updates for its Atom feed, with what the policy needs to decide — one round trip. */
export async function loadFeed(db: Db, slug: string, reader: FeedReader) {
  const readerId: SQL<number> | number =
    'userId' in reader ? reader.userId : sql<number>`(select ${feedKeys.userId} from ${feedKeys} where ${feedKeys.keyHash} = ${reader.keyHash})`;
  const [viewer, allowed, projectRows, updates] = await db.batch([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, locale: users.locale, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, readerId)),
    db.select({ programme: funderProgrammes.programme }).from(funderProgrammes).where(eq(funderProgrammes.userId, readerId)),
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        title: projects.title,
        summary: projects.summary,
        fundingProgramme: projects.fundingProgramme,
        updatedAt: projects.updatedAt,
      })
      .from(projects)
      .where(eq(projects.slug, slug)),
    db
      .select({
        id: projectUpdates.id,
        title: projectUpdates.title,
        body: projectUpdates.body,
        publishedOn: projectUpdates.publishedOn,
        createdAt: projectUpdates.createdAt,
        updatedAt: projectUpdates.updatedAt,
        organisationName: organisations.name,
      })
      .from(projectUpdates)
      .innerJoin(projects, eq(projects.id, projectUpdates.projectId))
      .leftJoin(organisations, eq(organisations.id, projectUpdates.organisationId))
      .where(and(eq(projects.slug, slug), eq(projectUpdates.status, 'approved')))
      .orderBy(desc(projectUpdates.publishedOn), desc(projectUpdates.id))
      .limit(50),
  ]);
  const person = viewer[0];
  const project = projectRows[0];
  if (!person || person.disabledAt || !project) return null;
  const asUser: CurrentUser = {
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    locale: person.locale,
    emailVerified: true,
    totpEnabled: false,
    memberships: [],
  };
  return { reader: asUser, programmes: allowed.map((a) => a.programme), project, updates };
}

/** The funder accounts with their programmes, for the programme team — one round trip. */
export async function loadFunderAccounts(db: Db) {
  const [accounts, programmes] = await db.batch([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        active: sql<number>`${users.passwordHash} is not null`,
        disabledAt: users.disabledAt,
      })
      .from(users)
      .where(eq(users.role, 'funder'))
      .orderBy(asc(users.name)),
    db
      .select({ userId: funderProgrammes.userId, programme: funderProgrammes.programme })
      .from(funderProgrammes)
      .innerJoin(users, eq(users.id, funderProgrammes.userId))
      .where(eq(users.role, 'funder')),
  ]);
  return accounts.map((a) => ({
    ...a,
    active: Boolean(a.active),
    programmes: programmes.filter((p) => p.userId === a.id).map((p) => p.programme),
  }));
}

export type FunderAccount = Awaited<ReturnType<typeof loadFunderAccounts>>[number];
