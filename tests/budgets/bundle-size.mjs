// Builds the worker exactly as `wrangler deploy` would (dry run, nothing uploaded) and measures what would be uploaded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `wrangler deploy --dry-run --outdir <outdir>` for the given config; returns the path of the main module. */
export function buildWorkerBundle(outdir, configPath = join(root, 'wrangler.toml')) {
  // Without it wrangler wrote the bundle to a folder named "undefined" at the repository root, which got committed.
  if (!outdir) throw new Error('buildWorkerBundle needs an output folder');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', outdir, '--config', configPath], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${result.stdout}\n${result.stderr}`);
  return join(outdir, 'index.js');
}

/** Raw and gzip bytes of every module in a built bundle (source maps left out: they are not run). */
export function bundleSize(outdir) {
  const files = readdirSync(outdir).filter((name) => !name.endsWith('.map') && name !== 'README.md');
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of files) {
    const content = readFileSync(join(outdir, name));
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { rawBytes, gzipBytes, files };
}

export function measureWorkerBundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'vw-bundle-'));
  try {
    buildWorkerBundle(outdir);
    return bundleSize(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
