/*
 * A data dump of the portal's D1 database as plain SQL, and its restore into an empty, migrated database.
 *
 * `wrangler d1 export` refuses databases with virtual tables (our FTS5 search index), so the dump is our own: the
 * schema comes from the migrations (the dump names the ones it was made with), the dump holds the rows of every
 * ordinary table as INSERT statements, one per line, in an order that satisfies the foreign keys. The restore drops
 * the triggers while it inserts (so stored next dates, filter keys and the search index are not recomputed but kept
 * exactly), puts them back and rebuilds the search index from the restored rows. Used by `npm run db:export` /
 * `npm run db:import` and by the tests that compare a database before and after (`tableSnapshot`).
 */

const HEADER = '-- partnerportaal data dump v1';
const MIGRATIONS_PREFIX = '-- migrations: ';
const SKIPPED = new Set(['d1_migrations', 'sqlite_sequence']);

type Row = unknown[];
export type TableData = { name: string; columns: string[]; rows: Row[] };

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value) || Array.isArray(value)) {
    const bytes = Array.isArray(value)
      ? Uint8Array.from(value as number[])
      : new Uint8Array(value instanceof ArrayBuffer ? value : (value as ArrayBufferView).buffer);
    return `X'${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
  }
  const text = String(value);
  // Text with control characters goes as hex, so every statement stays on one line.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(text))
    return `CAST(X'${Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('')}' AS TEXT)`;
  return `'${text.replaceAll("'", "''")}'`;
}

/** Ordinary tables with data of their own (not the FTS index and its shadow tables, not D1's or SQLite's own). */
async function dataTables(d1: D1Database): Promise<string[]> {
  const { results } = await d1.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all<{ name: string; sql: string | null }>();
  const virtual = results.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? '')).map((t) => t.name);
  const tables = results
    .map((t) => t.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('_cf_') && !SKIPPED.has(name))
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  return orderByForeignKeys(d1, tables.sort());
}

/** Parents before children, so the rows insert with foreign keys enforced. */
async function orderByForeignKeys(d1: D1Database, tables: string[]): Promise<string[]> {
  const parents = new Map<string, string[]>();
  const lists = await d1.batch(tables.map((t) => d1.prepare(`SELECT "table" AS parent FROM pragma_foreign_key_list(?)`).bind(t)));
  for (const [i, t] of tables.entries())
    parents.set(
      t,
      (lists[i]!.results as { parent: string }[]).map((r) => r.parent).filter((p) => p !== t),
    );
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents.get(t) ?? []) if (parents.has(p)) visit(p, path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/** Every row of every data table, in rowid order (the same on both sides of a restore). */
export async function tableSnapshot(d1: D1Database): Promise<TableData[]> {
  const tables = await dataTables(d1);
  // Every table of the portal has a rowid (none is WITHOUT ROWID), so rowid order is the same on both sides.
  const reads = tables.map((t) => d1.prepare(`SELECT * FROM ${quoteName(t)} ORDER BY rowid`));
  const snapshots: TableData[] = [];
  for (let i = 0; i < tables.length; i++) {
    const [columns, ...rows] = (await reads[i]!.raw({ columnNames: true })) as [string[], ...Row[]];
    snapshots.push({ name: tables[i]!, columns, rows });
  }
  const sequence = await d1
    .prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`)
    .raw()
    .catch(() => []);
  snapshots.push({ name: 'sqlite_sequence', columns: ['name', 'seq'], rows: sequence as Row[] });
  return snapshots;
}

/** The dump: a header with the migrations it needs, then one INSERT per line. */
export async function exportSql(d1: D1Database): Promise<string> {
  const migrations = await d1
    .prepare(`SELECT name FROM d1_migrations ORDER BY id`)
    .raw()
    .catch(() => []);
  const lines = [HEADER, `${MIGRATIONS_PREFIX}${JSON.stringify((migrations as [string][]).map(([name]) => name))}`];
  const snapshot = await tableSnapshot(d1);
  for (const table of snapshot) {
    if (table.name === 'sqlite_sequence') continue;
    const columns = table.columns.map(quoteName).join(', ');
    for (const row of table.rows) lines.push(`INSERT INTO ${quoteName(table.name)} (${columns}) VALUES (${row.map(literal).join(', ')});`);
  }
  const sequence = snapshot.find((t) => t.name === 'sqlite_sequence')!;
  for (const [name, seq] of sequence.rows) lines.push(`UPDATE sqlite_sequence SET seq = ${literal(seq)} WHERE name = ${literal(name)};`);
  return `${lines.join('\n')}\n`;
}

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

const BATCH = 100;

/** Tables the migrations themselves fill with reference data (the monitor's areas and waves, migration 0012). */
const MIGRATION_DATA_TABLES = new Set(['areas', 'monitor_waves']);

/**
 * Restores a dump into an empty database that has exactly the dump's migrations applied. Refuses a database that
 * holds any row (beyond the reference rows its migrations added), or whose migrations differ. Triggers are dropped while inserting and recreated afterwards.
 */
export async function importSql(d1: D1Database, dump: string): Promise<{ statements: number }> {
  const lines = dump.split('\n');
  if (lines[0] !== HEADER) throw new RestoreRefused('not a partnerportaal data dump (header missing)');
  const wanted = JSON.parse(lines[1]?.startsWith(MIGRATIONS_PREFIX) ? lines[1].slice(MIGRATIONS_PREFIX.length) : '[]') as string[];
  const applied = (
    (await d1
      .prepare(`SELECT name FROM d1_migrations ORDER BY id`)
      .raw()
      .catch(() => [])) as [string][]
  ).map(([n]) => n);
  if (JSON.stringify(applied) !== JSON.stringify(wanted)) {
    throw new RestoreRefused(
      `the database has other migrations than the dump (dump: ${wanted.length}, database: ${applied.length}); apply the same migrations first`,
    );
  }
  for (const table of await tableSnapshot(d1)) {
    if (table.name === 'sqlite_sequence' || MIGRATION_DATA_TABLES.has(table.name)) continue;
    if (table.rows.length) throw new RestoreRefused(`the database is not empty (table ${table.name} has rows)`);
  }
  const statements = lines.slice(2).filter((l) => l.startsWith('INSERT INTO ') || l.startsWith('UPDATE sqlite_sequence '));
  const { results: triggers } = await d1
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
    .all<{ name: string; sql: string }>();
  await d1.batch(triggers.map((t) => d1.prepare(`DROP TRIGGER ${quoteName(t.name)}`)));
  try {
    // The reference rows a migration put there come back from the dump, as they were when it was made.
    await d1.batch([...MIGRATION_DATA_TABLES].map((t) => d1.prepare(`DELETE FROM ${quoteName(t)}`)));
    for (let i = 0; i < statements.length; i += BATCH) {
      const chunk = statements.slice(i, i + BATCH);
      // sqlite_sequence rows exist only once their table had an insert: make sure each row is there first.
      const prepared = chunk.flatMap((s) => {
        const seq = /^UPDATE sqlite_sequence SET seq = (.+) WHERE name = (.+);$/.exec(s);
        if (!seq) return [d1.prepare(s)];
        return [
          d1.prepare(
            `INSERT INTO sqlite_sequence (name, seq) SELECT ${seq[2]}, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ${seq[2]})`,
          ),
          d1.prepare(s),
        ];
      });
      await d1.batch(prepared);
    }
  } finally {
    await d1.batch(triggers.map((t) => d1.prepare(t.sql)));
  }
  const { results: fts } = await d1
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`)
    .all<{ name: string }>();
  if (fts.length) await d1.batch(fts.map((t) => d1.prepare(`INSERT INTO ${quoteName(t.name)} (${quoteName(t.name)}) VALUES ('rebuild')`)));
  return { statements: statements.length };
}
