import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

/**
 * INSERT … SELECT …: one insert whose `tail` (FROM/WHERE) decides whether, and how many, rows are written. The select
 * list follows the table's own columns (a value given, else the column's default, else NULL), so no column order is
 * written by hand.
 */
export function insertSelect<T extends SQLiteTable>(
  db: Db,
  table: T,
  values: { [K in keyof T['$inferInsert']]?: T['$inferInsert'][K] | SQL },
  tail: SQL,
) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const given = values as Record<string, unknown>;
  const selectList = Object.entries(columns).map(([key, column]) => {
    const value = given[key];
    if (value !== undefined) return is(value, SQL) ? value : sql.param(value, column);
    if (column.default !== undefined) return is(column.default, SQL) ? column.default : sql.param(column.default, column);
    return sql`NULL`;
  });
  return db.insert(table).select(sql`SELECT ${sql.join(selectList, sql`, `)} ${tail}`);
}
