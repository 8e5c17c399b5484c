import * as z from 'zod';
import { emailField, newPasswordField, refuseEmailAsPassword } from '../accounts/schemas';

/** The applicant's account fields, for a visitor registering (a logged-in partner registers without them). */
export const applicantSchema = z
  .object({
    naam: z.string().trim().min(1, 'nameRequired').max(120),
    email: emailField,
    wachtwoord: newPasswordField,
  })
  .superRefine((value, ctx) => refuseEmailAsPassword(value, 'wachtwoord', ctx));
