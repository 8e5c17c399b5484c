import { sql } from 'drizzle-orm';
import type { MonitorImportKind, MonitorImportStatus } from '../../db/enums';
import { rowsOf, statement } from '../activities/statement';
import { classKey, obsKey, type ImportReference } from './import-validate';

/** Areas, indicators, waves and what is stored now, for checking a file; one round trip. */
export async function loadImportReference(d1: D1Database): Promise<ImportReference> {
  const [areaRows, indicatorRows, waveRows, observationRows, classRows] = await d1.batch([
    statement(d1, sql`SELECT code, name FROM areas`),
    statement(d1, sql`SELECT code, name_nl AS name FROM monitor_indicators`),
    statement(d1, sql`SELECT code, name, year FROM monitor_waves ORDER BY year`),
    statement(d1, sql`SELECT indicator_code AS i, area_code AS a, wave_code AS w, value AS v, count AS c FROM monitor_observations`),
    statement(d1, sql`SELECT area_code AS a, wave_code AS w, problems_level AS p, vulnerable_level AS k FROM resilience_classes`),
  ]);
  return {
    areas: new Map(rowsOf<{ code: string; name: string }>(areaRows).map((r) => [r.code, r.name])),
    indicators: new Map(rowsOf<{ code: string; name: string }>(indicatorRows).map((r) => [r.code, r.name])),
    waves: rowsOf<{ code: string; name: string; year: number }>(waveRows),
    observations: new Map(
      rowsOf<{ i: string; a: string; w: string; v: number; c: number | null }>(observationRows).map((r) => [
        obsKey(r.i, r.a, r.w),
        { v: r.v, c: r.c },
      ]),
    ),
    classes: new Map(rowsOf<{ a: string; w: string; p: number; k: number }>(classRows).map((r) => [classKey(r.a, r.w), { p: r.p, k: r.k }])),
  };
}

export type ImportRecord = {
  id: number;
  kind: MonitorImportKind;
  status: MonitorImportStatus;
  fileName: string;
  userId: number;
  userName: string;
  rows: string;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  createdAt: number;
  confirmedAt: number | null;
  undoneAt: number | null;
  undoable: number;
};

const RECORD = sql`SELECT i.id, i.kind, i.status, i.file_name AS fileName, i.user_id AS userId, u.name AS userName, i.rows,
    i.new_count AS newCount, i.changed_count AS changedCount, i.unchanged_count AS unchangedCount,
    i.created_at AS createdAt, i.confirmed_at AS confirmedAt, i.undone_at AS undoneAt,
    (i.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM monitor_imports l WHERE l.kind = i.kind AND l.status = 'confirmed' AND l.confirmed_at > i.confirmed_at)) AS undoable
  FROM monitor_imports i JOIN users u ON u.id = i.user_id`;

/** One import; a pending one only for the user who uploaded it. */
export async function loadImport(d1: D1Database, id: number, userId: number): Promise<ImportRecord | null> {
  const [row] = rowsOf<ImportRecord>(
    await statement(d1, sql`${RECORD} WHERE i.id = ${id} AND (i.status <> 'pending' OR i.user_id = ${userId})`).all(),
  );
  return row ?? null;
}

/** The history: confirmed and undone imports, and this user's own pending ones, newest first. */
export function importHistoryQuery(userId: number) {
  return sql`${RECORD} WHERE i.status <> 'pending' OR i.user_id = ${userId} ORDER BY i.created_at DESC, i.id DESC LIMIT 50`;
}

export async function loadImportHistory(d1: D1Database, userId: number): Promise<ImportRecord[]> {
  return rowsOf<ImportRecord>(await statement(d1, importHistoryQuery(userId)).all());
}
