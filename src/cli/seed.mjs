// `npm run db:seed`: loads the demo data into the local D1 database (idempotent; never remote, never production).
import { assertLocalOnly, importTs, withLocalDb } from './local-db.mjs';

assertLocalOnly('db:seed');
const { seedLocal } = await importTs('src/db/seed/cli-entry.ts');
const result = await withLocalDb((d1) => seedLocal(d1));
console.log(result.seeded ? 'Demodata geladen.' : 'Demodata stond er al; niets gewijzigd.');
if (result.accounts.length) {
  console.log('\nDemo-accounts (alleen lokaal):');
  for (const a of result.accounts) console.log(`  ${a.role.padEnd(22)} ${a.email.padEnd(40)} ${a.password}${a.note ? `  (${a.note})` : ''}`);
}
