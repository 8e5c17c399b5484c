import type { FieldErrors } from '../../validation/form';

/** What a command reports back to its route: done, or why not (each maps to one HTTP answer). */
export type CommandResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; kind: 'forbidden' } // 403
  | { ok: false; kind: 'not-found' } // 404
  | { ok: false; kind: 'invalid'; errors: FieldErrors } // 422 with the form
  | { ok: false; kind: 'conflict' }; // 409: someone changed it in the meantime

export const done = <T>(value: T): CommandResult<T> => ({ ok: true, value });
export const forbidden = { ok: false, kind: 'forbidden' } as const;
export const notFound = { ok: false, kind: 'not-found' } as const;
export const conflict = { ok: false, kind: 'conflict' } as const;
export const invalid = (errors: FieldErrors) => ({ ok: false, kind: 'invalid', errors }) as const;
