import * as z from 'zod';
import { FUNDING_PROGRAMMES } from '../../db/enums';
import { many, one, type FormInput } from '../../validation/form';

export const programmesSchema = z
  .array(z.enum(FUNDING_PROGRAMMES, 'programmeInvalid'))
  .max(FUNDING_PROGRAMMES.length)
  .transform((list) => [...new Set(list)]);

export const funderInvitationSchema = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(120),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('emailInvalid')),
  locale: z.enum(['nl', 'en']),
  programmes: programmesSchema,
});

export function funderInvitationValues(input: FormInput) {
  return { name: one(input, 'name'), email: one(input, 'email'), locale: one(input, 'locale') || 'nl', programmes: many(input, 'programmes') };
}

export type FunderInvitationValues = ReturnType<typeof funderInvitationValues>;
