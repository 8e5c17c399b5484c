// Child process of the browser-test run: loads the demo data into the local D1 kept under the directory given as the
// first argument (wrangler's --persist-to), then prints the demo people as JSON. A separate process, so that an
// interrupted run can stop it together with the local runtime it starts.
import { importTs, withLocalDb } from '../../../src/cli/local-db.mjs';

const persistTo = process.argv[2];
const { seedLocal } = await importTs('src/db/seed/cli-entry.ts');
await withLocalDb((d1) => seedLocal(d1), { persistTo });

const { demoAccount, DEMO_TOTP_SECRET } = await importTs('src/db/seed/accounts.ts');
const people = {
  programme: { ...demoAccount('programme'), totpSecret: DEMO_TOTP_SECRET },
  admin: { ...demoAccount('admin'), totpSecret: DEMO_TOTP_SECRET },
  funder: demoAccount('funder'),
  partner: demoAccount('partner'),
  applicant: demoAccount('applicant'),
};
process.stdout.write(`\nPEOPLE ${JSON.stringify(people)}\n`);
