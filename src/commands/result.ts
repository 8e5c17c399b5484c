import type { FieldErrors } from '../validation/form';

/**
 * What every command reports back to its route: done, or why not. Each kind maps to one HTTP answer, decided in one
 * place (`src/http/answer.tsx`): forbidden 403 (or 404 where the object's existence itself is private, see
 * `notFound`), not-found 404, invalid 422 with the form and its field errors, conflict 409 with the current state.
 */
export type CommandResult<T = undefined, Current = unknown> =
  | { kind: 'ok'; value: T }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: FieldErrors }
  /** Someone changed it in the meantime; `current` is the state now, when the command has it to show. */
  | { kind: 'conflict'; current?: Current };

export type Refusal = Exclude<CommandResult<never>, { kind: 'ok' }>;

export const ok = <T>(value: T): { kind: 'ok'; value: T } => ({ kind: 'ok', value });
export const done = { kind: 'ok', value: undefined } as const;
export const forbidden = { kind: 'forbidden' } as const;
export const notFound = { kind: 'not-found' } as const;
export const invalid = (errors: FieldErrors) => ({ kind: 'invalid', errors }) as const;
export const conflict = { kind: 'conflict' } as const;
export const conflictWith = <Current>(current: Current) => ({ kind: 'conflict', current }) as const;
