// `npm run demo:totp`: prints the current second-factor code of the demo programme team and admin accounts, for
// local use only (the same code an authenticator app shows for the demo secret).
import { importTs } from './local-db.mjs';

const { totpCode } = await importTs('src/auth/totp.ts');
const { DEMO_TOTP_SECRET } = await importTs('src/db/seed/accounts.ts');
const now = Date.now();
const left = 30 - (Math.floor(now / 1000) % 30);
console.log(`${await totpCode(DEMO_TOTP_SECRET, now)}  (nog ${left} s geldig; geheim ${DEMO_TOTP_SECRET})`);
