import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { canManageProjects } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, forbidden, invalid, ok, type CommandResult } from '../../commands/result';
import { activities, projectActivities, projectNeighbourhoods, projectPartners, projectPillars, projects } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { type BatchStatement, isUniqueViolation } from '../../security/transition-guard';
import { parseWith, type FieldErrors } from '../../validation/form';
import { projectIdBySlug } from '../projects/queries';
import { linkableActivity, type ProjectForEdit, type ProjectFormOptions } from './queries';
import { projectSchema, type ProjectInput } from './schemas';
import { eventWhere, projectAtVersion } from './statements';
import { managementTexts } from './texts';

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
  ctx: CommandContext,
  actor: CurrentUser,
  input: unknown,
  options: ProjectFormOptions,
): Promise<CommandResult<{ slug: string }>> {
  if (!canManageProjects(actor)) return forbidden;
  const locale = localeOf(ctx);
  const parsed = validateProject(input, options, locale);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const { db, now } = ctx;
  const projectId = projectIdBySlug(data.slug);
  const batch = commandBatch(ctx);
  try {
    await batch
      .change(db.insert(projects).values({ ...projectFields(data), createdAt: now, updatedAt: now }))
      .add(...linkStatements(projectId, data, batch.while))
      .audit({
        actorUserId: actor.id,
        action: 'project.create',
        objectType: 'project',
        objectId: projectId,
        detail: { slug: data.slug, title: data.title },
      })
      .commit();
  } catch (err) {
    if (isSlugConflict(err)) return invalid({ slug: managementTexts[locale].slugTaken });
    throw err;
  }
  return ok({ slug: data.slug });
}

export async function updateProject(
  ctx: CommandContext,
  actor: CurrentUser,
  current: ProjectForEdit,
  version: number | null,
  input: unknown,
): Promise<CommandResult<{ slug: string }>> {
  if (!canManageProjects(actor)) return forbidden;
  const locale = localeOf(ctx);
  const parsed = validateProject(input, current.options, locale);
  if (!parsed.ok) return invalid(parsed.errors);
  if (version === null || version !== current.project.version) return conflict;
  const data = parsed.data;
  const { db, now } = ctx;
  const id = current.project.id;
  const batch = commandBatch(ctx).guard(projectAtVersion(id, version));
  const guard = batch.while;
  const before = current.project;
  const events: BatchStatement[] = [];
  if (before.phase !== data.phase) events.push(eventWhere(id, 'phase', { from: before.phase, to: data.phase }, guard, now));
  if (before.health !== data.health) {
    events.push(eventWhere(id, 'health', { from: before.health, to: data.health, explanation: data.healthExplanation }, guard, now));
  }
  const changed = (Object.keys(projectFields(data)) as (keyof ReturnType<typeof projectFields>)[]).filter(
    (k) => projectFields(data)[k] !== before[k],
  );
  let committed: Awaited<ReturnType<typeof batch.commit>>;
  try {
    committed = await batch
      .add(
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
      )
      .audit({ actorUserId: actor.id, action: 'project.update', objectType: 'project', objectId: id, detail: { changed } })
      .change(
        db
          .update(projects)
          .set({ ...projectFields(data), version: sql`${projects.version} + 1`, updatedAt: now })
          .where(and(eq(projects.id, id), eq(projects.version, version))),
      )
      .commit();
  } catch (err) {
    if (isSlugConflict(err)) return invalid({ slug: managementTexts[locale].slugTaken });
    throw err;
  }
  return committed.kind === 'ok' ? ok({ slug: data.slug }) : conflict;
}
