import { SQL, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';

const CONFLICT_MARKER = 'transition-conflict';

/**
 * Put this right after a guarded statement (`UPDATE … WHERE status = ? AND version = ?`) in a `db.batch`. When that
 * statement changed no row, this one fails on purpose, and D1 rolls the whole batch back — so the audit row, the mail
 * and every other write of the command happen only together with the change itself. SQLite has no RAISE outside
 * triggers; an invalid JSON path is the error used, chosen by a `changes()` test the planner cannot fold away.
 */
export function abortUnlessChanged(): SQL {
  return sql`SELECT json_extract('{}', CASE WHEN changes() = 0 THEN ${CONFLICT_MARKER} ELSE '$' END)`;
}

/** A statement for `runBatch`: a Drizzle query builder, or raw SQL (e.g. `INSERT … SELECT`). */
export type BatchStatement = SQL | { toSQL(): { sql: string; params: unknown[] } };

const dialect = new SQLiteAsyncDialect();

/**
 * Runs the statements as one D1 batch (one transaction, one round trip). Unlike `db.batch`, it also takes raw SQL
 * with parameters, which Drizzle 0.45 cannot batch on D1 (`db.run(sql)` has no prepared statement there). Results
 * are D1's own (`meta.changes`, `results` rows by column name).
 */
export async function runBatch(db: Db, statements: BatchStatement[]): Promise<D1Result[]> {
  // Drizzle's D1 driver keeps the binding it wraps (here the round-trip-counting one) as `$client`.
  const d1 = (db as Db & { $client: D1Database }).$client;
  return d1.batch(
    statements.map((statement) => {
      const query = statement instanceof SQL ? dialect.sqlToQuery(statement) : statement.toSQL();
      return d1.prepare(query.sql).bind(...query.params);
    }),
  );
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
