import * as z from 'zod';
import { FUNDING_PROGRAMMES, MILESTONE_STATUSES, PILLAR_IDS, PROJECT_HEALTHS, PROJECT_PARTNER_ROLES } from '../../db/enums';
import { many, one, type FormInput } from '../../validation/form';
import { isCalendarDate } from '../../dates';
import { parseEuroCents } from '../projects/money';

const PARTNER_VALUE = new RegExp(`^(\\d{1,9}):(${PROJECT_PARTNER_ROLES.join('|')})$`);

/** Turns a title into an address part: lower case, accents removed, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Addresses used by the management pages themselves (`/projectbeheer/nieuw`, `/projectbeheer/financiers`). */
const RESERVED_SLUGS = ['nieuw', 'financiers'];

const id = z.coerce.number().int().positive().max(2_000_000_000);

export const projectSchema = z
  .object({
    title: z.string().trim().min(1, 'titleRequired').max(150),
    slug: z
      .string()
      .trim()
      .min(1, 'slugRequired')
      .max(80)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugFormat')
      .refine((slug) => !RESERVED_SLUGS.includes(slug), 'slugTaken'),
    summary: z.string().trim().min(1, 'summaryRequired').max(400),
    description: z.string().trim().max(10_000),
    neighbourhoods: z.array(id, 'neighbourhoodsRequired').min(1, 'neighbourhoodsRequired').max(20),
    pillars: z.array(z.enum(PILLAR_IDS, 'pillarsRequired')).min(1, 'pillarsRequired').max(3),
    fundingProgramme: z.enum(FUNDING_PROGRAMMES, 'programmeRequired'),
    phase: z.enum(['1', '2', '3', '4', '5', '6'], 'phaseRequired').transform(Number),
    health: z.enum(PROJECT_HEALTHS, 'healthRequired'),
    healthExplanation: z.string().trim().max(2000),
    partners: z
      .array(z.string().regex(PARTNER_VALUE, 'partnerInvalid'))
      .max(400)
      .transform((values) =>
        [...new Set(values)].map((v) => {
          const [, orgId, role] = PARTNER_VALUE.exec(v) as unknown as [string, string, (typeof PROJECT_PARTNER_ROLES)[number]];
          return { organisationId: Number(orgId), role };
        }),
      ),
    activities: z
      .array(id)
      .max(1000)
      .transform((ids) => [...new Set(ids)]),
  })
  // Checked even when other fields are wrong, so every problem is reported in one go.
  .refine((value) => value.health === 'on-track' || value.healthExplanation !== '', {
    path: ['healthExplanation'],
    message: 'healthExplanationRequired',
    when: (payload) => {
      const value = payload.value as { health?: unknown; healthExplanation?: unknown };
      return PROJECT_HEALTHS.includes(value.health as never) && typeof value.healthExplanation === 'string';
    },
  });

export type ProjectInput = z.infer<typeof projectSchema>;

/** The form's fields as typed, before validation; also what a failed submit re-renders. */
export function projectFormValues(input: FormInput) {
  const title = one(input, 'title');
  const slug = one(input, 'slug').trim().toLowerCase();
  return {
    title,
    slug: slug === '' ? slugify(title) : slug,
    summary: one(input, 'summary'),
    description: one(input, 'description'),
    neighbourhoods: many(input, 'neighbourhoods'),
    pillars: many(input, 'pillars'),
    fundingProgramme: one(input, 'fundingProgramme'),
    phase: one(input, 'phase'),
    health: one(input, 'health'),
    healthExplanation: one(input, 'healthExplanation'),
    partners: many(input, 'partners'),
    activities: many(input, 'activities'),
  };
}

export type ProjectFormValues = ReturnType<typeof projectFormValues>;

/** A calendar date in `YYYY-MM-DD`; the browser's date field sends exactly this. */
const calendarDate = (message: string) => z.string().trim().refine(isCalendarDate, message);

export const milestoneSchema = z.object({
  title: z.string().trim().min(1, 'milestoneTitleRequired').max(200),
  plannedDate: calendarDate('plannedDateInvalid'),
  actualDate: z.union([z.literal(''), calendarDate('actualDateInvalid')]),
  status: z.enum(MILESTONE_STATUSES, 'milestoneStatusRequired'),
  // An empty weight is the default weight 1; otherwise a whole number from 0 to 1000.
  weight: z
    .string()
    .trim()
    .transform((v) => (v === '' ? '1' : v))
    .pipe(
      z
        .string()
        .regex(/^\d{1,4}$/, 'weightInvalid')
        .transform(Number)
        .pipe(z.number().max(1000, 'weightInvalid')),
    ),
});

export type MilestoneInput = z.infer<typeof milestoneSchema>;

export function milestoneFormValues(input: FormInput) {
  return {
    title: one(input, 'title'),
    plannedDate: one(input, 'plannedDate'),
    actualDate: one(input, 'actualDate'),
    status: one(input, 'status'),
    weight: one(input, 'weight'),
  };
}

export type MilestoneFormValues = ReturnType<typeof milestoneFormValues>;

/** An amount in euros as typed (Dutch `1.250,50` or `1250.50`), as integer cents. */
const euroAmount = z.string().transform((value, ctx) => {
  const parsed = parseEuroCents(value);
  if (parsed.ok) return parsed.cents;
  const message = parsed.reason === 'negative' ? 'amountNegative' : parsed.reason === 'too-large' ? 'amountTooLarge' : 'amountInvalid';
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
});

export const budgetLineSchema = z.object({
  fundingSource: z.string().trim().min(1, 'fundingSourceRequired').max(150),
  allocated: euroAmount,
  committed: euroAmount,
  spent: euroAmount,
});

export type BudgetLineInput = z.infer<typeof budgetLineSchema>;

export function budgetLineFormValues(input: FormInput) {
  return {
    fundingSource: one(input, 'fundingSource'),
    allocated: one(input, 'allocated'),
    committed: one(input, 'committed'),
    spent: one(input, 'spent'),
  };
}

export type BudgetLineFormValues = ReturnType<typeof budgetLineFormValues>;

/** The version the form was opened at, for the optimistic lock. */
export function formVersion(input: FormInput): number | null {
  const v = one(input, 'version');
  return /^\d{1,9}$/.test(v) ? Number(v) : null;
}
