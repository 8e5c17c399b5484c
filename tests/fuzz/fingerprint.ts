import { env } from 'cloudflare:workers';
import { tableSnapshot } from '../../src/db/dump';

type Table = { name: string; columns: string[] };
let tables: Promise<Table[]> | undefined;
const listTables = () =>
  (tables ??= tableSnapshot(env.DB).then((all) =>
    all.filter((t) => t.name !== 'sqlite_sequence').map((t) => ({ name: t.name, columns: t.columns })),
  ));

/** Tables that count attempts rather than store input (see tests/faults/run-case.ts): a refused post may add to them. */
const ATTEMPT_COUNTERS = new Set(['rate_limits']);
/** Rows that record a refused attempt (a wrong password or code is logged for the account's owner and the team). */
const ATTEMPT_ROWS: Record<string, string> = { audit_log: "result IS NOT 'failure'" };

/**
 * A cheap fingerprint of every table in one round trip: its row count, the sum of its rowids and, where it has them, the
 * sum of its versions and its latest `updated_at`. Every insert and delete changes it, and so does every change, since
 * every guarded update of the portal raises a version or sets `updated_at`.
 */
export async function fingerprint(): Promise<string> {
  const parts = (await listTables())
    .filter((t) => !ATTEMPT_COUNTERS.has(t.name))
    .map((t) => {
      const extra = [t.columns.includes('version') ? 'total(version)' : "''", t.columns.includes('updated_at') ? 'max(updated_at)' : "''"];
      return `SELECT '${t.name}:' || count(*) || ':' || total(rowid) || ':' || ${extra.join(" || ':' || ")} AS f FROM "${t.name}"${t.name in ATTEMPT_ROWS ? ` WHERE ${ATTEMPT_ROWS[t.name]}` : ''}`;
    });
  const results = await env.DB.batch(parts.map((query) => env.DB.prepare(query)));
  return results.map((r) => (r.results[0] as { f: string }).f).join(' ');
}

/** Every text stored anywhere (cells, and the strings inside JSON cells), to find an accepted value in. */
export async function storedTexts(): Promise<Set<string>> {
  const names = (await listTables()).map((t) => t.name);
  const results = await env.DB.batch(names.map((n) => env.DB.prepare(`SELECT * FROM "${n}"`)));
  const texts = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') {
      texts.add(value);
      if (value.startsWith('{') || value.startsWith('[')) {
        try {
          add(JSON.parse(value));
        } catch {
          // Not JSON: the text itself is enough.
        }
      }
    } else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const r of results) for (const row of r.results) add(row);
  return texts;
}
