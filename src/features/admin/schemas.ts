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

export const auditFilterSchema = z.object({ gebruiker: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined) });
