// `npm run db:export [-- <file>] [--persist-to <dir>]`: writes a SQL data dump of the LOCAL D1 database (never remote).
// Default file: .wrangler/backups/partnerportaal-<UTC time>.sql. Restore it with `npm run db:import -- <file>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assertLocalOnly, importTs, root, withLocalDb } from './local-db.mjs';

assertLocalOnly('db:export');
const args = process.argv.slice(2);
const persistAt = args.indexOf('--persist-to');
const persistTo = persistAt >= 0 ? resolve(args[persistAt + 1]) : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (persistAt < 0 || i !== persistAt + 1));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(positional[0] ?? join(root, '.wrangler', 'backups', `partnerportaal-${stamp}.sql`));

const { exportSql } = await importTs('src/db/dump.ts');
const dump = await withLocalDb((d1) => exportSql(d1), { persistTo });
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, dump);
console.log(`Dump geschreven / dump written: ${file} (${dump.split('\n').length - 3} rijen / rows)`);
