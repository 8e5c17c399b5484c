// Starts the portal for the browser tests: a snapshot of the Worker and its static files, a fresh local D1 (migrations
// + demo data) in a temporary directory, and `wrangler dev` on a free port. Nothing has to run beforehand, and `stop()`
// ends every process it started (each runs in its own process group) and removes the directory, also halfway.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '../../../src/cli/local-db.mjs';

const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const seedScript = join(dirname(fileURLToPath(import.meta.url)), 'seed.mjs');
const quietEnv = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

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

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

/** Ends a child started with `detached: true` together with everything it started (its process group). */
async function endGroup(child) {
  if (!isRunning(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilAnswering(url, server, log, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(server)) throw new Error(`wrangler dev stopped (exit ${server.exitCode}):\n${log()}`);
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
 * The portal of one run. `start()` prepares and starts it; the Worker is bundled once up front and served without
 * watching the source, so edits made in the working tree during a run do not reload the server halfway through.
 */
export function createPortal() {
  const dir = mkdtempSync(join(tmpdir(), 'vw-e2e-'));
  const state = join(dir, 'state');
  const children = new Set();
  let server = null;
  let serverOutput = '';

  /** Runs a command in its own process group; resolves with its output, rejects when it fails. */
  function run(command, args, what) {
    return new Promise((resolve, reject) => {
      // TMPDIR inside the run's directory: whatever a killed child leaves behind is removed with it.
      const env = { ...quietEnv, TMPDIR: dir };
      const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      children.add(child);
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        children.delete(child);
        if (code === 0) resolve(output);
        else reject(new Error(`${what} failed (${signal ?? `exit ${code}`}):\n${output}`));
      });
    });
  }

  async function start() {
    const started = Date.now();
    const phases = [];
    // The Worker snapshot and the database are independent: prepare them side by side.
    const bundle = run(wrangler, ['deploy', '--dry-run', '--outdir', join(dir, 'worker')], 'Bundling the Worker').then(() => {
      cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
      phases.push(`Worker ${since(started)}`);
    });
    const database = (async () => {
      await run(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], 'Applying the migrations');
      const output = await run(process.execPath, [seedScript, state], 'Loading the demo data');
      phases.push(`database ${since(started)}`);
      return JSON.parse(output.match(/^PEOPLE (.*)$/m)[1]);
    })();
    const [, people] = await Promise.all([bundle, database]);

    const port = await freePort();
    const inspectorPort = await freePort();
    const baseURL = `http://localhost:${port}`;
    server = spawn(
      wrangler,
      [
        'dev',
        join(dir, 'worker', 'index.js'),
        '--config',
        join(root, 'wrangler.toml'),
        '--no-bundle',
        '--assets',
        join(dir, 'public'),
        '--port',
        String(port),
        '--ip',
        'localhost',
        '--inspector-port',
        String(inspectorPort),
        '--persist-to',
        state,
        '--var',
        `PUBLIC_ORIGIN:${baseURL}`,
        '--show-interactive-dev-session=false',
        '--live-reload=false',
        '--log-level',
        'warn',
      ],
      { cwd: root, env: quietEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(server);
    const keep = (chunk) => {
      serverOutput = (serverOutput + chunk).slice(-20_000);
      if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    await waitUntilAnswering(`${baseURL}/`, server, () => serverOutput);
    phases.push(`server ${since(started)}`);
    return { baseURL, people, phases };
  }

  async function stop() {
    await Promise.all([...children].map(endGroup));
    rmSync(dir, { recursive: true, force: true });
  }

  return {
    start,
    stop,
    serverLog: () => serverOutput,
    running: () => server !== null && isRunning(server),
  };
}
