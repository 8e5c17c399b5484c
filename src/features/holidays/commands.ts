// The holiday periods (programme team): add, change and remove. Each command is one batch on the command kernel: the
// period row, its audit row, and the occurrences of every activity that pauses in holidays recomputed on the days
// the change touches (`holidayChangeStatements`), so the agenda, the lists and the next dates follow at once.
import { and, asc, eq, sql } from 'drizzle-orm';
import * as z from 'zod';
import { canManageHolidayPeriods } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, conflictWith, done, forbidden, invalid, type CommandResult } from '../../commands/result';
import type { Db } from '../../db/client';
import { holidayPeriods } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { parseWith, type FormInput } from '../../validation/form';
import { localDate, daysBetween } from '../../dates';
import { holidayChangeStatements, type DayRange } from '../activities/occurrences';
import type { HolidayPeriod } from '../activities/recurrence';
import { parseDate } from '../activity-editing/schemas';
import { holidayTexts } from './texts';

export type HolidayPeriodRow = typeof holidayPeriods.$inferSelect;

const one = (v: unknown) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const date = () =>
  z
    .preprocess(one, z.string().trim().max(20))
    .refine((v) => parseDate(v) !== null, 'dateInvalid')
    .transform((v) => parseDate(v)!);

export const holidaySchema = z
  .object({
    name: z.preprocess(one, z.string().trim().min(1, 'nameRequired').max(80, 'nameTooLong')),
    fromDate: date(),
    toDate: date(),
  })
  .superRefine((v, ctx) => {
    if (v.toDate < v.fromDate) ctx.addIssue({ code: 'custom', message: 'toBeforeFrom', path: ['toDate'] });
    else if (daysBetween(v.fromDate, v.toDate) > 100) ctx.addIssue({ code: 'custom', message: 'tooLong', path: ['toDate'] });
  });

export const loadHolidayPeriodRows = (db: Db): Promise<HolidayPeriodRow[]> => db.select().from(holidayPeriods).orderBy(asc(holidayPeriods.fromDate));

const detail = (p: { name: string; fromDate: string; toDate: string }) => ({ name: p.name, fromDate: p.fromDate, toDate: p.toDate });

/** The occurrence statements for the periods `after` the change, on the days of `changed` (before and after). */
function occurrenceStatements(ctx: CommandContext, after: HolidayPeriod[], changed: DayRange[]) {
  return holidayChangeStatements(ctx.db, changed, { today: localDate(ctx.now), holidays: after }, sql`1 = 1`);
}

export async function addHolidayPeriod(ctx: CommandContext, actor: CurrentUser, input: FormInput): Promise<CommandResult> {
  if (!canManageHolidayPeriods(actor)) return forbidden;
  const parsed = parseWith(holidaySchema, input, localeOf(ctx), holidayTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const period = parsed.data;
  const after = [...(await loadHolidayPeriodRows(ctx.db)), period];
  await commandBatch(ctx)
    .add(ctx.db.insert(holidayPeriods).values({ ...period, createdAt: ctx.now, updatedAt: ctx.now }))
    .audit({
      actorUserId: actor.id,
      action: 'holiday-period.add',
      objectType: 'holiday-period',
      objectId: sql`(SELECT max(id) FROM holiday_periods)`,
      detail: detail(period),
    })
    .add(...(await occurrenceStatements(ctx, after, [period])))
    .commit();
  return done;
}

const atVersion = (id: number, version: number) => and(eq(holidayPeriods.id, id), eq(holidayPeriods.version, version))!;

/**
 * Changes the name and dates of a period, guarded by the version the user saw: a stale form changes nothing and
 * answers `conflict` with the period as it is now (or without one when it was removed).
 */
export async function changeHolidayPeriod(
  ctx: CommandContext,
  actor: CurrentUser,
  id: number,
  version: number,
  input: FormInput,
): Promise<CommandResult<undefined, HolidayPeriodRow>> {
  if (!canManageHolidayPeriods(actor)) return forbidden;
  const parsed = parseWith(holidaySchema, input, localeOf(ctx), holidayTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const periods = await loadHolidayPeriodRows(ctx.db);
  const current = periods.find((p) => p.id === id);
  if (!current) return conflict;
  if (current.version !== version) return conflictWith(current);
  const next = parsed.data;
  const after = periods.map((p) => (p.id === id ? { ...p, ...next } : p));
  const committed = await commandBatch(ctx)
    .change(
      ctx.db
        .update(holidayPeriods)
        .set({ ...next, version: version + 1, updatedAt: ctx.now })
        .where(atVersion(id, version)),
    )
    .audit({
      actorUserId: actor.id,
      action: 'holiday-period.change',
      objectType: 'holiday-period',
      objectId: id,
      detail: { was: detail(current), now: detail(next) },
    })
    .add(...(await occurrenceStatements(ctx, after, [current, next])))
    .commit();
  if (committed.kind === 'ok') return done;
  const now = (await loadHolidayPeriodRows(ctx.db)).find((p) => p.id === id);
  return now ? conflictWith(now) : conflict;
}

/** Removes a period, guarded by the version the user saw: a stale form removes nothing. */
export async function removeHolidayPeriod(ctx: CommandContext, actor: CurrentUser, id: number, version: number): Promise<CommandResult> {
  if (!canManageHolidayPeriods(actor)) return forbidden;
  const periods = await loadHolidayPeriodRows(ctx.db);
  const current = periods.find((p) => p.id === id);
  if (!current || current.version !== version) return conflict;
  const committed = await commandBatch(ctx)
    .change(ctx.db.delete(holidayPeriods).where(atVersion(id, version)))
    .audit({ actorUserId: actor.id, action: 'holiday-period.remove', objectType: 'holiday-period', objectId: id, detail: detail(current) })
    .add(
      ...(await occurrenceStatements(
        ctx,
        periods.filter((p) => p.id !== id),
        [current],
      )),
    )
    .commit();
  return committed.kind === 'ok' ? done : conflict;
}
