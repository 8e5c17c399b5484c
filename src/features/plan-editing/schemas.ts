import * as z from 'zod';
import { GOAL_STATUSES, PILLAR_IDS, PLAN_KINDS } from '../../db/enums';
import { isCalendarDate } from '../../dates';
import { parseDecimal } from '../../formats/csv-parse';
import { many, one, type FormInput } from '../../validation/form';

const id = z.coerce.number().int().positive().max(2_000_000_000);
/** An id chosen in a select, or '' for none. */
const optionalId = (message: string) =>
  z.union([
    z.literal('').transform(() => null),
    z
      .string()
      .regex(/^\d{1,10}$/, message)
      .transform(Number),
  ]);
const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'yearInvalid')
  .transform(Number)
  .pipe(z.number().min(2020, 'yearInvalid').max(2100, 'yearInvalid'));

const period = {
  title: z.string().trim().min(1, 'titleRequired').max(200),
  summary: z.string().trim().max(4000),
  periodStart: year,
  periodEnd: year,
};

function checkPeriod(value: { periodStart: number; periodEnd: number }, ctx: z.RefinementCtx) {
  if (value.periodEnd < value.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'periodOrder' });
  else if (value.periodEnd - value.periodStart > 9) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'periodTooLong' });
}

export const versionSchema = z.object(period).superRefine(checkPeriod);
export type VersionInput = z.infer<typeof versionSchema>;

export const planSchema = z
  .object({ ...period, kind: z.enum(PLAN_KINDS, 'kindRequired'), neighbourhood: optionalId('neighbourhoodRequired') })
  .superRefine(checkPeriod)
  .refine((v) => v.kind !== 'execution-plan' || v.neighbourhood !== null, { path: ['neighbourhood'], message: 'neighbourhoodRequired' });
export type PlanInput = z.infer<typeof planSchema>;

/** A whole number from 0 to 1000, or empty for "equal to its siblings" (null). */
const weight = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '') return null;
    if (!/^\d{1,4}$/.test(v) || Number(v) > 1000) {
      ctx.addIssue({ code: 'custom', message: 'weightInvalid' });
      return z.NEVER;
    }
    return Number(v);
  });

const decimalOrNull = (message: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const n = parseDecimal(v);
      if (n === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });

const code = z.string().trim().toLowerCase().max(80);

/** The goal form; whether the codes and ids exist in the monitor and the plan is checked by the command. */
export const goalSchema = z.object({
  title: z.string().trim().min(1, 'goalTitleRequired').max(200),
  description: z.string().trim().max(4000),
  parent: optionalId('parentUnknown'),
  pillars: z
    .array(z.enum(PILLAR_IDS))
    .max(3)
    .transform((v) => [...new Set(v)]),
  neighbourhoods: z
    .array(id)
    .max(20)
    .transform((v) => [...new Set(v)]),
  partners: z
    .array(id)
    .max(100)
    .transform((v) => [...new Set(v)]),
  weight,
  indicator: code,
  baselineWave: code,
  baselineValue: decimalOrNull('baselineValueInvalid'),
  targets: z.string().max(2000),
  agendaGoal: optionalId('agendaGoalUnknown'),
});
export type GoalInput = z.infer<typeof goalSchema>;

export const moveSchema = z.object({ parent: optionalId('parentUnknown') });

export const adoptSchema = z.object({
  adoptedOn: z.string().trim().refine(isCalendarDate, 'adoptedOnInvalid'),
  adoptedBy: z.string().trim().min(1, 'adoptedByRequired').max(200),
});
export type AdoptInput = z.infer<typeof adoptSchema>;

export const progressSchema = z.object({
  status: z.enum(GOAL_STATUSES, 'statusRequired'),
  progress: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      if (!/^\d{1,3}$/.test(v) || Number(v) > 100) {
        ctx.addIssue({ code: 'custom', message: 'progressInvalid' });
        return z.NEVER;
      }
      return Number(v);
    }),
  note: z.string().trim().max(2000),
});
export type ProgressInput = z.infer<typeof progressSchema>;

// --- The forms' fields as typed: what a failed submit re-renders ------------------------------------------------

export const versionFormValues = (input: FormInput) => ({
  title: one(input, 'title'),
  summary: one(input, 'summary'),
  periodStart: one(input, 'periodStart'),
  periodEnd: one(input, 'periodEnd'),
});
export type VersionFormValues = ReturnType<typeof versionFormValues>;

export const planFormValues = (input: FormInput) => ({
  ...versionFormValues(input),
  kind: one(input, 'kind'),
  neighbourhood: one(input, 'neighbourhood'),
});
export type PlanFormValues = ReturnType<typeof planFormValues>;

export const goalFormValues = (input: FormInput) => ({
  title: one(input, 'title'),
  description: one(input, 'description'),
  parent: one(input, 'parent'),
  pillars: many(input, 'pillars'),
  neighbourhoods: many(input, 'neighbourhoods'),
  partners: many(input, 'partners'),
  weight: one(input, 'weight'),
  indicator: one(input, 'indicator'),
  baselineWave: one(input, 'baselineWave'),
  baselineValue: one(input, 'baselineValue'),
  targets: one(input, 'targets'),
  agendaGoal: one(input, 'agendaGoal'),
});
export type GoalFormValues = ReturnType<typeof goalFormValues>;

export const adoptFormValues = (input: FormInput) => ({ adoptedOn: one(input, 'adoptedOn'), adoptedBy: one(input, 'adoptedBy') });
export type AdoptFormValues = ReturnType<typeof adoptFormValues>;

export const progressFormValues = (input: FormInput) => ({
  status: one(input, 'status'),
  progress: one(input, 'progress'),
  note: one(input, 'note'),
});
export type ProgressFormValues = ReturnType<typeof progressFormValues>;

/** The version a form was opened at (hidden field), or null when missing or garbled. */
export function formVersion(input: FormInput): number | null {
  const v = one(input, 'version');
  return /^\d{1,9}$/.test(v) ? Number(v) : null;
}
