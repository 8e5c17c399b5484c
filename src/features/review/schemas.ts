import * as z from 'zod';
import type { Decision } from './commands';

const single = (value: unknown) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

const DECISIONS: Record<string, Decision> = { goedkeuren: 'approve', wijzigingen: 'request-changes', afwijzen: 'reject' };

/** The reviewer's decision form: a comment is required for changes and rejections. */
export const decisionSchema = z
  .object({
    besluit: z.preprocess(single, z.enum(['goedkeuren', 'wijzigingen', 'afwijzen'], { error: 'decisionRequired' })),
    opmerking: z.preprocess(single, z.string().trim().max(2000)),
    versie: z.preprocess(single, z.string().regex(/^\d{1,9}$/)).transform(Number),
  })
  .superRefine((value, ctx) => {
    if (value.besluit !== 'goedkeuren' && value.opmerking === '') {
      ctx.addIssue({ code: 'custom', message: 'commentRequired', path: ['opmerking'] });
    }
  })
  .transform((value) => ({ decision: DECISIONS[value.besluit]!, comment: value.opmerking, version: value.versie }));

/** Bulk approval: checkbox values `id:version`; anything else is ignored. */
export function parseBulkItems(values: string[], kind: 'activity' | 'revision') {
  return values.flatMap((value) => {
    const match = /^(\d{1,9}):(\d{1,9})$/.exec(value);
    return match ? [{ kind, id: Number(match[1]), version: Number(match[2]) }] : [];
  });
}
