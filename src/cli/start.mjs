// `npm start`: migrate the local D1 database, load demo data when it is empty, print the demo accounts and serve
// the portal on http://localhost:8787.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './local-db.mjs';

const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const port = process.env.PORT ?? '8787';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('1/3 Database bijwerken (migraties)…');
run(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local']);
console.log('2/3 Demodata laden als de database leeg is…');
run(process.execPath, [join(root, 'src/cli/seed.mjs')]);
console.log(`3/3 Portaal starten op http://localhost:${port} …`);
const dev = spawn(wrangler, ['dev', '--port', port, '--ip', '127.0.0.1', '--show-interactive-dev-session=false'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
