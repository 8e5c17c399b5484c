import * as z from 'zod';
import { MEMBERSHIP_ROLES } from '../../db/enums';
import { LOCALES } from '../../i18n';
import { emailField } from '../accounts/schemas';

export const inviteMemberSchema = z.object({
  naam: z.string().trim().min(1, 'nameRequired').max(120),
  email: emailField,
  rol: z.enum(MEMBERSHIP_ROLES),
  taal: z.enum(LOCALES),
});

export const memberRoleSchema = z.object({ rol: z.enum(MEMBERSHIP_ROLES) });
