import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { canManageProjects } from '../../auth/policy';
import type { Db } from '../../db/client';
import { activities, budgetLines, milestones, projectActivities, projectNeighbourhoods, projectPartners, projectPillars, projects } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { isUniqueViolation } from '../../security/transition-guard';
import { parseWith, type FieldErrors } from '../../validation/form';
import { localDate } from '../projects/dates';
import { totalWeight } from '../projects/progress';
import { projectIdBySlug } from '../projects/queries';
import { linkableActivity, type ProjectForEdit, type ProjectFormOptions, type ProjectPlan } from './queries';
import { conflict, done, forbidden, invalid, notFound, type CommandResult } from './result';
import { budgetLineSchema, milestoneSchema, projectSchema, type BudgetLineInput, type MilestoneInput, type ProjectInput } from './schemas';
import { auditWhere, bumpProjectVersion, changedRows, eventWhere, projectAtVersion } from './statements';
import { runBatch, type BatchStatement } from '../../security/transition-guard';
import { managementTexts } from './texts';

export type CommandContext = { locale: Locale; ip?: string | null; now?: Date };

const ALWAYS = sql`1 = 1`;

function referenceErrors(data: ProjectInput, options: ProjectFormOptions, locale: Locale): FieldErrors {
  const t = managementTexts[locale];
  const errors: FieldErrors = {};
  const nbIds = new Set(options.neighbourhoods.map((n) => n.id));
  const orgIds = new Set(options.organisations.map((o) => o.id));
  const activityIds = new Set(options.activities.map((a) => a.id));
  if (!data.neighbourhoods.every((id) => nbIds.has(id))) errors.neighbourhoods = t.neighbourhoodInvalid;
  if (!data.partners.every((p) => orgIds.has(p.organisationId))) errors.partners = t.partnerInvalid;
  if (!data.activities.every((id) => activityIds.has(id))) errors.activities = t.activityInvalid;
  return errors;
}

/** The project's links (neighbourhoods, pillars, partners, activities), each a single statement with a JSON array. */
function linkStatements(projectId: number | SQL, data: ProjectInput, guard: SQL) {
  return [
    sql`insert into ${projectNeighbourhoods} (project_id, neighbourhood_id)
      select ${projectId}, value from json_each(${JSON.stringify(data.neighbourhoods)}) where ${guard}`,
    sql`insert into ${projectPillars} (project_id, pillar_id)
      select ${projectId}, value from json_each(${JSON.stringify(data.pillars)}) where ${guard}`,
    sql`insert into ${projectPartners} (project_id, organisation_id, role)
      select ${projectId}, json_extract(value, '$.organisationId'), json_extract(value, '$.role')
        from json_each(${JSON.stringify(data.partners)}) where ${guard}`,
    sql`insert into ${projectActivities} (project_id, activity_id)
      select ${projectId}, value from json_each(${JSON.stringify(data.activities)}) where ${guard}`,
  ];
}

function projectFields(data: ProjectInput) {
  return {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    description: data.description,
    fundingProgramme: data.fundingProgramme,
    phase: data.phase,
    health: data.health,
    healthExplanation: data.healthExplanation === '' ? null : data.healthExplanation,
  };
}

const isSlugConflict = (err: unknown) => isUniqueViolation(err, 'projects.slug');

function validateProject(input: unknown, options: ProjectFormOptions, locale: Locale) {
  const parsed = parseWith(projectSchema, input, locale, managementTexts);
  if (!parsed.ok) return parsed;
  const refErrors = referenceErrors(parsed.data, options, locale);
  return Object.keys(refErrors).length ? ({ ok: false, errors: refErrors } as const) : parsed;
}

export async function createProject(
  db: Db,
  actor: CurrentUser | null,
  input: unknown,
  options: ProjectFormOptions,
  ctx: CommandContext,
): Promise<CommandResult<{ slug: string }>> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = validateProject(input, options, ctx.locale);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const now = ctx.now ?? new Date();
  const projectId = projectIdBySlug(data.slug);
  try {
    await runBatch(db, [
      db.insert(projects).values({ ...projectFields(data), createdAt: now, updatedAt: now }),
      ...linkStatements(projectId, data, ALWAYS),
      auditWhere(
        db,
        { actorUserId: actor!.id, action: 'project.create', objectType: 'project', objectId: projectId, ip: ctx.ip, detail: { slug: data.slug, title: data.title } },
        ALWAYS,
        now,
      ),
    ]);
  } catch (err) {
    if (isSlugConflict(err)) return invalid({ slug: managementTexts[ctx.locale].slugTaken });
    throw err;
  }
  return done({ slug: data.slug });
}

export async function updateProject(
  db: Db,
  actor: CurrentUser | null,
  current: ProjectForEdit,
  version: number | null,
  input: unknown,
  ctx: CommandContext,
): Promise<CommandResult<{ slug: string }>> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = validateProject(input, current.options, ctx.locale);
  if (!parsed.ok) return invalid(parsed.errors);
  if (version === null || version !== current.project.version) return conflict;
  const data = parsed.data;
  const now = ctx.now ?? new Date();
  const id = current.project.id;
  const guard = projectAtVersion(id, version);
  const before = current.project;
  const events: BatchStatement[] = [];
  if (before.phase !== data.phase) events.push(eventWhere(id, 'phase', { from: before.phase, to: data.phase }, guard, now));
  if (before.health !== data.health) {
    events.push(eventWhere(id, 'health', { from: before.health, to: data.health, explanation: data.healthExplanation }, guard, now));
  }
  const changed = (Object.keys(projectFields(data)) as (keyof ReturnType<typeof projectFields>)[]).filter(
    (k) => projectFields(data)[k] !== before[k],
  );
  let results: unknown[];
  try {
    results = await runBatch(db, [
      ...events,
      db.delete(projectNeighbourhoods).where(and(eq(projectNeighbourhoods.projectId, id), guard)),
      db.delete(projectPillars).where(and(eq(projectPillars.projectId, id), guard)),
      db.delete(projectPartners).where(and(eq(projectPartners.projectId, id), guard)),
      // Only the links the form offers are replaced: a link to an activity archived or hidden since stays as it is.
      db
        .delete(projectActivities)
        .where(
          and(
            eq(projectActivities.projectId, id),
            inArray(projectActivities.activityId, db.select({ id: activities.id }).from(activities).where(linkableActivity())),
            guard,
          ),
        ),
      ...linkStatements(id, data, guard),
      auditWhere(db, { actorUserId: actor!.id, action: 'project.update', objectType: 'project', objectId: id, ip: ctx.ip, detail: { changed } }, guard, now),
      db
        .update(projects)
        .set({ ...projectFields(data), version: sql`${projects.version} + 1`, updatedAt: now })
        .where(and(eq(projects.id, id), eq(projects.version, version))),
    ]);
  } catch (err) {
    if (isSlugConflict(err)) return invalid({ slug: managementTexts[ctx.locale].slugTaken });
    throw err;
  }
  return changedRows(results.at(-1)) === 1 ? done({ slug: data.slug }) : conflict;
}

// --- Milestones -----------------------------------------------------------------------------------------------

type MilestoneRow = ProjectPlan['milestones'][number];

function weightsError(remaining: readonly { status: string; weight: number }[], locale: Locale, key: 'weightsSumZero' | 'weightsSumZeroRemove') {
  return remaining.length > 0 && totalWeight(remaining) === 0 ? managementTexts[locale][key] : null;
}

/** A milestone marked done without a date was achieved today. */
function actualDateFor(data: MilestoneInput, now: Date): string | null {
  if (data.actualDate !== '') return data.actualDate;
  return data.status === 'done' ? localDate(now) : null;
}

/** What a milestone or budget-line change writes, given the guard that holds only at the version the form was opened at. */
type PlanChange = {
  statements: BatchStatement[];
  audit: { action: string; detail: Record<string, unknown> };
};

type PlanWrite = { projectId: number; guard: SQL; now: Date };

/**
 * Writes one change to a project's plan (milestones, budget lines) as ONE batch: the change's own statements, its
 * audit row, and last the version bump, whose changed-row count tells whether the guard held (else 409).
 */
async function writePlanChange(
  db: Db,
  actor: CurrentUser,
  plan: ProjectPlan,
  version: number | null,
  ctx: CommandContext,
  change: (write: PlanWrite) => PlanChange,
): Promise<CommandResult> {
  if (version === null || version !== plan.project.version) return conflict;
  const now = ctx.now ?? new Date();
  const projectId = plan.project.id;
  const guard = projectAtVersion(projectId, version);
  const { statements, audit } = change({ projectId, guard, now });
  const results = await runBatch(db, [
    ...statements,
    auditWhere(db, { actorUserId: actor.id, action: audit.action, objectType: 'project', objectId: projectId, ip: ctx.ip, detail: audit.detail }, guard, now),
    bumpProjectVersion(db, projectId, version, now),
  ]);
  return changedRows(results.at(-1)) === 1 ? done(undefined) : conflict;
}

export async function addMilestone(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  version: number | null,
  input: unknown,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = parseWith(milestoneSchema, input, ctx.locale, managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const zero = weightsError([...plan.milestones, data], ctx.locale, 'weightsSumZero');
  if (zero) return invalid({ weight: zero });
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard, now }) => ({
    statements: [
      sql`insert into ${milestones} (project_id, title, planned_date, actual_date, status, weight, created_at, updated_at)
        select ${projectId}, ${data.title}, ${data.plannedDate}, ${actualDateFor(data, now)}, ${data.status}, ${data.weight}, ${now.getTime()}, ${now.getTime()}
        where ${guard}`,
      eventWhere(projectId, 'milestone', { action: 'added', title: data.title, plannedDate: data.plannedDate, status: data.status }, guard, now),
    ],
    audit: { action: 'milestone.add', detail: { title: data.title } },
  }));
}

export async function updateMilestone(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  milestoneId: number,
  version: number | null,
  input: unknown,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.milestones.find((m) => m.id === milestoneId);
  if (!before) return notFound;
  const parsed = parseWith(milestoneSchema, input, ctx.locale, managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const after = plan.milestones.map((m): Pick<MilestoneRow, 'status' | 'weight'> => (m.id === milestoneId ? data : m));
  const zero = weightsError(after, ctx.locale, 'weightsSumZero');
  if (zero) return invalid({ weight: zero });
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard, now }) => {
    const events: BatchStatement[] = [];
    if (before.status !== data.status) {
      events.push(eventWhere(projectId, 'milestone', { action: 'status', title: data.title, from: before.status, to: data.status }, guard, now));
    }
    if (before.plannedDate !== data.plannedDate) {
      events.push(eventWhere(projectId, 'milestone', { action: 'rescheduled', title: data.title, from: before.plannedDate, to: data.plannedDate }, guard, now));
    }
    return {
      statements: [
        ...events,
        db
          .update(milestones)
          .set({ title: data.title, plannedDate: data.plannedDate, actualDate: actualDateFor(data, now), status: data.status, weight: data.weight, updatedAt: now })
          .where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, projectId), guard)),
      ],
      audit: { action: 'milestone.update', detail: { milestoneId, status: data.status } },
    };
  });
}

export async function removeMilestone(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  milestoneId: number,
  version: number | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.milestones.find((m) => m.id === milestoneId);
  if (!before) return notFound;
  const zero = weightsError(plan.milestones.filter((m) => m.id !== milestoneId), ctx.locale, 'weightsSumZeroRemove');
  if (zero) return invalid({ _form: zero });
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard, now }) => ({
    statements: [
      eventWhere(projectId, 'milestone', { action: 'removed', title: before.title }, guard, now),
      db.delete(milestones).where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, projectId), guard)),
    ],
    audit: { action: 'milestone.remove', detail: { milestoneId, title: before.title } },
  }));
}

// --- Budget lines ---------------------------------------------------------------------------------------------

const amountsInCents = (data: BudgetLineInput) => ({ allocatedCents: data.allocated, committedCents: data.committed, spentCents: data.spent });

export async function addBudgetLine(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  version: number | null,
  input: unknown,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = parseWith(budgetLineSchema, input, ctx.locale, managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard, now }) => ({
    statements: [
      sql`insert into ${budgetLines} (project_id, funding_source, allocated_cents, committed_cents, spent_cents, created_at, updated_at)
        select ${projectId}, ${data.fundingSource}, ${data.allocated}, ${data.committed}, ${data.spent}, ${now.getTime()}, ${now.getTime()}
        where ${guard}`,
    ],
    audit: { action: 'budget-line.add', detail: { fundingSource: data.fundingSource, ...amountsInCents(data) } },
  }));
}

export async function updateBudgetLine(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  lineId: number,
  version: number | null,
  input: unknown,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.budgetLines.find((l) => l.id === lineId);
  if (!before) return notFound;
  const parsed = parseWith(budgetLineSchema, input, ctx.locale, managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard, now }) => ({
    statements: [
      db
        .update(budgetLines)
        .set({ fundingSource: data.fundingSource, ...amountsInCents(data), updatedAt: now })
        .where(and(eq(budgetLines.id, lineId), eq(budgetLines.projectId, projectId), guard)),
    ],
    audit: {
      action: 'budget-line.update',
      detail: {
        budgetLineId: lineId,
        before: { allocatedCents: before.allocatedCents, committedCents: before.committedCents, spentCents: before.spentCents },
        after: amountsInCents(data),
      },
    },
  }));
}

export async function removeBudgetLine(
  db: Db,
  actor: CurrentUser | null,
  plan: ProjectPlan,
  lineId: number,
  version: number | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.budgetLines.find((l) => l.id === lineId);
  if (!before) return notFound;
  return writePlanChange(db, actor!, plan, version, ctx, ({ projectId, guard }) => ({
    statements: [db.delete(budgetLines).where(and(eq(budgetLines.id, lineId), eq(budgetLines.projectId, projectId), guard))],
    audit: { action: 'budget-line.remove', detail: { budgetLineId: lineId, fundingSource: before.fundingSource } },
  }));
}
