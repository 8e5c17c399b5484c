// Starts the portal for the browser tests: a snapshot of the Worker and its static files, a fresh local D1 (migrations
// + demo data) in a temporary directory, and `wrangler dev` on a free port. Nothing has to run beforehand.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs, root, withLocalDb } from '../../../src/cli/local-db.mjs';

const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const quietEnv = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runWrangler(args, what) {
  const result = spawnSync(wrangler, args, { cwd: root, env: quietEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitUntilAnswering(url, server, log, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev stopped (exit ${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The portal did not answer on ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

/**
 * Prepares and starts the portal. The Worker is bundled once up front and served without watching the source, so
 * edits made in the working tree during a run do not reload the server halfway through a journey.
 */
export async function startPortal() {
  const dir = mkdtempSync(join(tmpdir(), 'vw-e2e-'));
  const state = join(dir, 'state');
  let server = null;
  let output = '';
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    runWrangler(['deploy', '--dry-run', '--outdir', join(dir, 'worker')], 'Bundling the Worker');
    cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
    runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], 'Applying the migrations');
    const { seedLocal } = await importTs('src/db/seed/cli-entry.ts');
    const seeded = await withLocalDb((d1) => seedLocal(d1), { persistTo: state });

    const port = await freePort();
    const inspectorPort = await freePort();
    const baseURL = `http://localhost:${port}`;
    server = spawn(
      wrangler,
      [
        'dev', join(dir, 'worker', 'index.js'), '--config', join(root, 'wrangler.toml'), '--no-bundle', '--assets', join(dir, 'public'),
        '--port', String(port), '--ip', 'localhost', '--inspector-port', String(inspectorPort),
        '--persist-to', state, '--var', `PUBLIC_ORIGIN:${baseURL}`,
        '--show-interactive-dev-session=false', '--live-reload=false', '--log-level', 'warn',
      ],
      { cwd: root, env: quietEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    await waitUntilAnswering(`${baseURL}/`, server, () => output);
    return { baseURL, accounts: seeded.accounts, serverLog: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
