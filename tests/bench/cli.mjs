// For the node tests of the bench: runs `node tests/bench/run.mjs` with arguments, and reads the project's wrangler.toml.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './servers.mjs';

export function runBench(args, timeout = 30_000) {
  const result = spawnSync(process.execPath, [join(root, 'tests', 'bench', 'run.mjs'), ...args], { encoding: 'utf8', timeout });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function projectWranglerToml() {
  return readFileSync(join(root, 'wrangler.toml'), 'utf8');
}
