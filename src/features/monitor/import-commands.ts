import { sql, type SQL } from 'drizzle-orm';
import { canImportMonitorData } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import type { MonitorImportKind } from '../../db/enums';
import type { CurrentUser } from '../../env';
import type { ImportCheck } from './import-validate';

export type ImportResult = { ok: true; id: number } | { ok: false; reason: 'forbidden' | 'conflict' | 'invalid' };

const MAX_FILE_NAME = 200;
const importRows = (id: number) => sql`json_each((SELECT rows FROM monitor_imports WHERE id = ${id}))`;

/**
 * Keeps a checked file as a pending import, bound to the user, so the confirmation writes exactly the rows that
 * were previewed and nothing is re-uploaded. Refused when the check found any error.
 */
export async function prepareImport(ctx: CommandContext, user: CurrentUser | null, fileName: string, check: ImportCheck): Promise<ImportResult> {
  if (!canImportMonitorData(user)) return { ok: false, reason: 'forbidden' };
  if (!check.kind || check.errors.length || check.payload.length === 0) return { ok: false, reason: 'invalid' };
  const name = fileName.replace(/[\r\n\t]/g, ' ').slice(0, MAX_FILE_NAME) || 'import.csv';
  const committed = await commandBatch(ctx)
    .change(
      sql`INSERT INTO monitor_imports (kind, status, file_name, user_id, rows, new_count, changed_count, unchanged_count, created_at)
        VALUES (${check.kind}, 'pending', ${name}, ${user.id}, ${JSON.stringify(check.payload)}, ${check.counts.new}, ${check.counts.changed}, ${check.counts.unchanged}, ${ctx.now.getTime()})
        RETURNING id`,
    )
    .commit();
  if (committed.kind !== 'ok') return { ok: false, reason: 'conflict' };
  return { ok: true, id: (committed.rows[0] as { id: number }).id };
}

/** The stored values a confirmation replaces (only rows that really change), and the counts as they are now. */
function confirmStatement(kind: MonitorImportKind, id: number, userId: number, now: number): SQL {
  if (kind === 'observations') {
    const changed = sql`o.value IS NOT (r.value ->> 'v') OR o.count IS NOT (r.value ->> 'c')`;
    const join = sql`FROM ${importRows(id)} r JOIN monitor_observations o
        ON o.indicator_code = r.value ->> 'i' AND o.area_code = r.value ->> 'a' AND o.wave_code = r.value ->> 'w'`;
    return sql`UPDATE monitor_imports SET status = 'confirmed', confirmed_at = ${now},
        previous = (SELECT json_group_array(json_object('i', o.indicator_code, 'a', o.area_code, 'w', o.wave_code, 'v', o.value, 'c', o.count,
                      'imp', o.import_id, 'd', o.is_demo)) ${join} WHERE ${changed}),
        changed_count = (SELECT count(*) ${join} WHERE ${changed}),
        unchanged_count = (SELECT count(*) ${join} WHERE NOT (${changed})),
        new_count = json_array_length(rows) - (SELECT count(*) ${join})
      WHERE id = ${id} AND status = 'pending' AND user_id = ${userId} AND kind = 'observations'`;
  }
  const changed = sql`c.problems_level IS NOT (r.value ->> 'p') OR c.vulnerable_level IS NOT (r.value ->> 'k')`;
  const join = sql`FROM ${importRows(id)} r JOIN resilience_classes c ON c.area_code = r.value ->> 'a' AND c.wave_code = r.value ->> 'w'`;
  return sql`UPDATE monitor_imports SET status = 'confirmed', confirmed_at = ${now},
      previous = (SELECT json_group_array(json_object('a', c.area_code, 'w', c.wave_code, 'p', c.problems_level, 'k', c.vulnerable_level,
                    'imp', c.import_id, 'd', c.is_demo)) ${join} WHERE ${changed}),
      changed_count = (SELECT count(*) ${join} WHERE ${changed}),
      unchanged_count = (SELECT count(*) ${join} WHERE NOT (${changed})),
      new_count = json_array_length(rows) - (SELECT count(*) ${join})
    WHERE id = ${id} AND status = 'pending' AND user_id = ${userId} AND kind = 'classes'`;
}

/** Rows that really change are written (with this import's id); unchanged rows are not touched at all. */
function writeStatement(kind: MonitorImportKind, id: number): SQL {
  if (kind === 'observations') {
    return sql`INSERT INTO monitor_observations (indicator_code, area_code, wave_code, value, count, import_id, is_demo)
        SELECT r.value ->> 'i', r.value ->> 'a', r.value ->> 'w', r.value ->> 'v', r.value ->> 'c', ${id}, 0 FROM ${importRows(id)} r WHERE true
        ON CONFLICT (indicator_code, wave_code, area_code) DO UPDATE SET value = excluded.value, count = excluded.count,
          import_id = excluded.import_id, is_demo = 0
        WHERE monitor_observations.value IS NOT excluded.value OR monitor_observations.count IS NOT excluded.count`;
  }
  return sql`INSERT INTO resilience_classes (area_code, wave_code, problems_level, vulnerable_level, import_id, is_demo)
      SELECT r.value ->> 'a', r.value ->> 'w', r.value ->> 'p', r.value ->> 'k', ${id}, 0 FROM ${importRows(id)} r WHERE true
      ON CONFLICT (wave_code, area_code) DO UPDATE SET problems_level = excluded.problems_level, vulnerable_level = excluded.vulnerable_level,
        import_id = excluded.import_id, is_demo = 0
      WHERE resilience_classes.problems_level IS NOT excluded.problems_level OR resilience_classes.vulnerable_level IS NOT excluded.vulnerable_level`;
}

/** Writes a pending import: all rows or none, in one batch with its audit row. A second confirmation writes nothing. */
export async function confirmImport(ctx: CommandContext, user: CurrentUser | null, id: number, kind: MonitorImportKind): Promise<ImportResult> {
  if (!canImportMonitorData(user)) return { ok: false, reason: 'forbidden' };
  const committed = await commandBatch(ctx)
    .change(confirmStatement(kind, id, user.id, ctx.now.getTime()))
    .add(writeStatement(kind, id))
    .audit({ actorUserId: user.id, action: 'monitor.import.confirm', objectType: 'monitor_import', objectId: id, detail: { kind } })
    .commit();
  return committed.kind === 'ok' ? { ok: true, id } : { ok: false, reason: 'conflict' };
}

/** Throws a pending import away (only its own user's). */
export async function cancelImport(ctx: CommandContext, user: CurrentUser | null, id: number): Promise<ImportResult> {
  if (!canImportMonitorData(user)) return { ok: false, reason: 'forbidden' };
  const committed = await commandBatch(ctx)
    .change(sql`DELETE FROM monitor_imports WHERE id = ${id} AND status = 'pending' AND user_id = ${user.id}`)
    .commit();
  return committed.kind === 'ok' ? { ok: true, id } : { ok: false, reason: 'conflict' };
}

const previousRows = (id: number) => sql`json_each((SELECT previous FROM monitor_imports WHERE id = ${id}))`;

/**
 * Undoes a confirmed import as a whole: rows it added are deleted, rows it changed get their previous values back.
 * Only the latest confirmed import of its kind, so an undo never restores values a later import has replaced.
 */
export async function undoImport(ctx: CommandContext, user: CurrentUser | null, id: number, kind: MonitorImportKind): Promise<ImportResult> {
  if (!canImportMonitorData(user)) return { ok: false, reason: 'forbidden' };
  const table = sql.raw(kind === 'observations' ? 'monitor_observations' : 'resilience_classes');
  const sameRow =
    kind === 'observations'
      ? sql`p.value ->> 'i' = t.indicator_code AND p.value ->> 'a' = t.area_code AND p.value ->> 'w' = t.wave_code`
      : sql`p.value ->> 'a' = t.area_code AND p.value ->> 'w' = t.wave_code`;
  const restore =
    kind === 'observations'
      ? sql`value = p.value ->> 'v', count = p.value ->> 'c'`
      : sql`problems_level = p.value ->> 'p', vulnerable_level = p.value ->> 'k'`;
  const committed = await commandBatch(ctx)
    .change(
      sql`UPDATE monitor_imports SET status = 'undone', undone_at = ${ctx.now.getTime()}, undone_by_user_id = ${user.id}
           WHERE id = ${id} AND status = 'confirmed' AND kind = ${kind}
             AND NOT EXISTS (SELECT 1 FROM monitor_imports l WHERE l.kind = ${kind} AND l.status = 'confirmed' AND l.confirmed_at > monitor_imports.confirmed_at)`,
    )
    .add(
      sql`DELETE FROM ${table} AS t WHERE t.import_id = ${id} AND NOT EXISTS (SELECT 1 FROM ${previousRows(id)} p WHERE ${sameRow})`,
      sql`UPDATE ${table} AS t SET ${restore}, import_id = p.value ->> 'imp', is_demo = p.value ->> 'd'
            FROM ${previousRows(id)} p WHERE t.import_id = ${id} AND ${sameRow}`,
    )
    .audit({ actorUserId: user.id, action: 'monitor.import.undo', objectType: 'monitor_import', objectId: id, detail: { kind } })
    .commit();
  return committed.kind === 'ok' ? { ok: true, id } : { ok: false, reason: 'conflict' };
}
