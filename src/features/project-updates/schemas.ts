import * as z from 'zod';
import { one, type FormInput } from '../../validation/form';
import { isCalendarDate } from '../../dates';

/** A progress update as typed; `today` (Maastricht) bounds the date, so the clock is controllable in tests. */
export const updateSchema = (today: string) =>
  z.object({
    title: z.string().trim().min(1, 'titleRequired').max(150),
    publishedOn: z
      .string()
      .trim()
      .refine(isCalendarDate, 'publishedOnInvalid')
      .refine((d) => d <= today, 'publishedOnFuture'),
    body: z.string().trim().min(1, 'bodyRequired').max(5000),
  });

export type UpdateInput = z.infer<ReturnType<typeof updateSchema>>;

export function updateFormValues(input: FormInput) {
  return { title: one(input, 'title'), publishedOn: one(input, 'publishedOn'), body: one(input, 'body') };
}

export type UpdateFormValues = ReturnType<typeof updateFormValues>;

export const DECISIONS = ['approve', 'changes', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, 'decisionRequired'),
    comment: z.string().trim().max(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== 'approve' && value.comment === '') ctx.addIssue({ code: 'custom', path: ['comment'], message: 'commentRequired' });
  });

export function decisionFormValues(input: FormInput) {
  return { decision: one(input, 'decision'), comment: one(input, 'comment') };
}

export type DecisionFormValues = ReturnType<typeof decisionFormValues>;
