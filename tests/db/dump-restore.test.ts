import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { exportSql, importSql, RestoreRefused, tableSnapshot } from '../../src/db/dump';
import { seedDemoData } from '../../src/db/seed';

describe('backup and restore of a local SQL dump (npm run db:export / db:import)', () => {
  it('exports the demo database, imports it into an empty one and every table is the same', async () => {
    await seedDemoData(createDb(env.DB));
    // Text that needs care in SQL: quotes, a line break, emoji, right-to-left text.
    await env.DB.prepare(`UPDATE organisations SET description = ? WHERE id = (SELECT min(id) FROM organisations)`)
      .bind('Buurt\'huis "De Pot"\nregel twee 👩‍👩‍👧 مرحبا')
      .run();
    const dump = await exportSql(env.DB);
    expect(dump.split('\n').length).toBeGreaterThan(50);

    await applyD1Migrations(env.RESTORE_DB, env.TEST_MIGRATIONS);
    const { statements } = await importSql(env.RESTORE_DB, dump);
    expect(statements).toBeGreaterThan(50);

    const before = await tableSnapshot(env.DB);
    const after = await tableSnapshot(env.RESTORE_DB);
    expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name));
    expect(before.find((t) => t.name === 'activities')!.rows.length).toBeGreaterThan(5);
    for (const [i, table] of before.entries()) {
      expect(after[i]!.columns, table.name).toEqual(table.columns);
      expect(after[i]!.rows, table.name).toEqual(table.rows);
    }
    // The search index is rebuilt from the restored rows and the triggers are back.
    const search = (d1: D1Database) => d1.prepare(`SELECT rowid FROM activities_fts WHERE activities_fts MATCH 'koffie*' ORDER BY rowid`).raw();
    expect(await search(env.RESTORE_DB)).toEqual(await search(env.DB));
    const triggers = (d1: D1Database) => d1.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).raw();
    expect(await triggers(env.RESTORE_DB)).toEqual(await triggers(env.DB));
    // A second export of the restored database is the same dump.
    expect(await exportSql(env.RESTORE_DB)).toBe(dump);
  });

  it('refuses a database that is not empty, and something that is not a dump', async () => {
    await expect(importSql(env.DB, await exportSql(env.DB))).rejects.toBeInstanceOf(RestoreRefused);
    await expect(importSql(env.RESTORE_DB, 'DROP TABLE users;')).rejects.toThrow(/not a partnerportaal data dump/);
  });
});
