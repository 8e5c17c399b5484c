// `npm run db:import -- <file> [--persist-to <dir>]`: restores a dump made by `npm run db:export` into an EMPTY local
// D1 database (never remote). It applies the migrations first, then refuses a database that already holds rows.
// To replace local data: remove .wrangler/state (or use a fresh --persist-to directory) and run this again.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertLocalOnly, importTs, root, withLocalDb } from './local-db.mjs';

assertLocalOnly('db:import');
const args = process.argv.slice(2);
const persistAt = args.indexOf('--persist-to');
const persistTo = persistAt >= 0 ? resolve(args[persistAt + 1]) : undefined;
const [file] = args.filter((a, i) => !a.startsWith('--') && (persistAt < 0 || i !== persistAt + 1));
if (!file) {
  console.error('Gebruik / usage: npm run db:import -- <dump.sql> [--persist-to <dir>]');
  process.exit(2);
}
const dump = readFileSync(resolve(file), 'utf8');

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'd1',
    'migrations',
    'apply',
    'DB',
    '--local',
    ...(persistTo ? ['--persist-to', persistTo] : []),
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: '1' } },
);
const { importSql } = await importTs('src/db/dump.ts');
try {
  const { statements } = await withLocalDb((d1) => importSql(d1, dump), { persistTo });
  console.log(`Hersteld / restored: ${statements} regels / statements uit ${file}`);
} catch (error) {
  console.error(`db:import geweigerd / refused: ${error.message}`);
  process.exit(1);
}
