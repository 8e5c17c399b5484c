// Starts workers under `wrangler dev --local` on free loopback ports and stops them again, whatever happens.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const quietEnv = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
const running = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs wrangler to completion; throws with its output when it fails. */
export function wranglerSync(args, { cwd = root, timeout = 600_000 } = {}) {
  const result = spawnSync(wrangler, args, { cwd, env: quietEnv, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal); // the whole process group: wrangler and the workerd it started
      } catch {
        // already gone
      }
    };
    const hard = setTimeout(() => kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    kill('SIGTERM');
  });
}

export async function stopAll() {
  await Promise.all([...running].map(stop));
  running.clear();
}

/**
 * `wrangler dev --local` on an already built bundle (`--no-bundle`), so edits to src/ during a run cannot reload it.
 * Resolves once the worker answers; `stop()` ends wrangler and workerd.
 */
export async function startWorker({ name, script, config, persistTo, vars = {} }) {
  const port = await freePort();
  const inspectorPort = await freePort();
  const args = [
    'dev',
    script,
    '--config',
    config,
    '--no-bundle',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--show-interactive-dev-session=false',
    '--log-level',
    process.env.BENCH_LOG_LEVEL ?? 'error',
  ];
  if (persistTo) args.push('--persist-to', persistTo);
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`);
  const child = spawn(wrangler, args, { cwd: root, env: quietEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} stopped while starting:\n${output}`);
    try {
      await fetch(`${url}/__bench-ready`, { signal: AbortSignal.timeout(2_000) });
      return {
        url,
        inspectorPort,
        output: () => output,
        alive: () => child.exitCode === null && child.signalCode === null,
        stop: async () => {
          await stop(child);
          running.delete(child);
        },
      };
    } catch {
      await sleep(250);
    }
  }
  await stop(child);
  running.delete(child);
  throw new Error(`${name} did not answer within 90 s:\n${output}`);
}

// Last resort when the bench ends without stopAll (an uncaught error, process.exit): never leave a server behind.
process.on('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll().finally(() => process.exit(130));
  });
}
