import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

const CONFLICT_MARKER = 'transition-conflict';

/**
 * Put this right after a guarded statement (`UPDATE … WHERE status = ? AND version = ?`) in a `db.batch`. When that
 * statement changed no row, this one fails on purpose, and D1 rolls the whole batch back — so the audit row, the mail
 * and every other write of the command happen only together with the change itself. SQLite has no RAISE outside
 * triggers; an invalid JSON path is the error used, chosen by a `changes()` test the planner cannot fold away.
 */
export function abortUnlessChanged(db: Db) {
  return db.run(sql`SELECT json_extract('{}', CASE WHEN changes() = 0 THEN ${CONFLICT_MARKER} ELSE '$' END)`);
}

/** True when a batch failed because a guard of `abortUnlessChanged` found its statement changed nothing. */
export function isTransitionConflict(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if (String((e as { message?: unknown }).message ?? e).includes(CONFLICT_MARKER)) return true;
  }
  return false;
}

/** True when a batch failed on a UNIQUE constraint (e.g. an e-mail address or organisation name taken meanwhile). */
export function isUniqueViolation(error: unknown, hint?: string): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const message = String((e as { message?: unknown }).message ?? e);
    if (message.includes('UNIQUE constraint failed') && (!hint || message.includes(hint))) return true;
  }
  return false;
}
