import * as z from 'zod';
import { USER_ROLES } from '../../db/enums';
import { LOCALES } from '../../i18n';
import { emailField } from '../accounts/schemas';

export const userListSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  rol: z.enum(USER_ROLES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const roleSchema = z.object({ rol: z.enum(USER_ROLES), huidige_rol: z.enum(USER_ROLES) });

export const inviteAccountSchema = z.object({
  naam: z.string().trim().min(1, 'nameRequired').max(120),
  email: emailField,
  rol: z.enum(['programme', 'funder', 'admin']),
  taal: z.enum(LOCALES),
});

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
/** The audit log's filters (issue 17): a malformed value is dropped, never an error. */
export const auditLogFilterSchema = z.object({
  gebruiker: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined),
  persoon: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  actie: z
    .string()
    .regex(/^[a-z-]{1,40}$/)
    .optional()
    .catch(undefined),
  object: z
    .string()
    .regex(/^[a-z-]{1,40}$/)
    .optional()
    .catch(undefined),
  van: isoDay.optional().catch(undefined),
  tot: isoDay.optional().catch(undefined),
});
