// The holiday periods (programme team). Each command is one batch: the period row, its audit row, and the
// occurrences of every activity that pauses in holidays recomputed with the new list of periods, so the agenda,
// the lists and the next dates follow at once.
import { and, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import * as z from 'zod';
import { canManageHolidayPeriods } from '../../auth/policy';
import type { Db } from '../../db/client';
import { activities, holidayPeriods } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { parseWith, type FieldErrors, type FormInput } from '../../validation/form';
import { calendarDate, daysBetween } from '../activities/dates';
import { loadHolidayPeriods, occurrenceStatements, scheduleColumns, scheduleOfRow, type ScheduleRow } from '../activities/occurrences';
import type { HolidayPeriod } from '../activities/recurrence';
import { parseDate } from '../activity-editing/schemas';
import { auditWhen, type Statement } from '../activity-editing/statements';
import { holidayTexts } from './texts';

export type HolidayActor = { db: Db; user: CurrentUser; now?: Date; ip?: string | null };
export type HolidayResult = { ok: true } | { ok: false; problem: 'forbidden' | 'conflict' } | { ok: false; problem: 'invalid'; errors: FieldErrors };

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

const LIVE = ['draft', 'submitted', 'changes-requested', 'published', 'withdrawn'] as const;

/** The occurrences of every activity that pauses in holidays, recomputed with `holidays`, under `condition`. */
async function pausedActivityStatements(db: Db, holidays: HolidayPeriod[], today: string, condition: SQL): Promise<Statement[]> {
  const rows = (await db
    .select(scheduleColumns)
    .from(activities)
    .where(and(eq(activities.pauseInHolidays, true), inArray(activities.status, [...LIVE]), gte(activities.lastDate, today)))) as ScheduleRow[];
  return rows.flatMap((row) =>
    occurrenceStatements(db, row.id, scheduleOfRow({ ...row, exceptions: JSON.parse(row.exceptions) as string[] }), { today, holidays }, condition),
  );
}

const audit = (actor: HolidayActor, action: string, detail: Record<string, unknown>, condition: SQL, objectId?: number | SQL) =>
  auditWhen(actor.db, { actorUserId: actor.user.id, action, objectType: 'holiday-period', objectId, ip: actor.ip ?? null, detail }, condition, actor.now ?? new Date());

export async function addHolidayPeriod(actor: HolidayActor, input: FormInput, locale: Locale): Promise<HolidayResult> {
  if (!canManageHolidayPeriods(actor.user)) return { ok: false, problem: 'forbidden' };
  const parsed = parseWith(holidaySchema, input, locale, holidayTexts);
  if (!parsed.ok) return { ok: false, problem: 'invalid', errors: parsed.errors };
  const period = parsed.data;
  const now = actor.now ?? new Date();
  const holidays = [...(await loadHolidayPeriods(actor.db)), period];
  const always = sql`1 = 1`;
  await actor.db.batch([
    actor.db.insert(holidayPeriods).values({ ...period, createdAt: now, updatedAt: now }),
    audit(actor, 'holiday-period.add', period, always, sql`(SELECT max(id) FROM holiday_periods)`),
    ...(await pausedActivityStatements(actor.db, holidays, calendarDate(now), always)),
  ] as [Statement, ...Statement[]]);
  return { ok: true };
}

/** Removes a period, guarded by the version the user saw: a stale form removes nothing. */
export async function removeHolidayPeriod(actor: HolidayActor, id: number, version: number): Promise<HolidayResult> {
  if (!canManageHolidayPeriods(actor.user)) return { ok: false, problem: 'forbidden' };
  const { db } = actor;
  const now = actor.now ?? new Date();
  const [current] = await db.select().from(holidayPeriods).where(eq(holidayPeriods.id, id));
  if (!current || current.version !== version) return { ok: false, problem: 'conflict' };
  const guard = and(eq(holidayPeriods.id, id), eq(holidayPeriods.version, version))!;
  const condition = sql`EXISTS (SELECT 1 FROM holiday_periods WHERE ${guard})`;
  const holidays = (await loadHolidayPeriods(db)).filter((h) => !(h.fromDate === current.fromDate && h.toDate === current.toDate && h.name === current.name));
  const results = await db.batch([
    audit(actor, 'holiday-period.remove', { name: current.name, fromDate: current.fromDate, toDate: current.toDate }, condition, id),
    ...(await pausedActivityStatements(db, holidays, calendarDate(now), condition)),
    db.delete(holidayPeriods).where(guard).returning({ id: holidayPeriods.id }),
  ] as [Statement, ...Statement[]]);
  return (results[results.length - 1] as unknown[]).length === 1 ? { ok: true } : { ok: false, problem: 'conflict' };
}
