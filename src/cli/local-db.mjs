// Shared by the local command-line tools: runs TypeScript modules of the portal against the *local* D1 database.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Refuses anything that could reach a remote database: these tools only ever touch local development data. */
export function assertLocalOnly(tool) {
  const args = process.argv.slice(2);
  if (args.includes('--remote') || process.env.ENVIRONMENT === 'production' || process.env.CLOUDFLARE_ENV === 'production') {
    console.error(
      `${tool}: weigert te draaien tegen een database die niet lokaal is (alleen lokale ontwikkeldata). / refuses to run against a non-local database.`,
    );
    process.exit(2);
  }
}

/** Bundles a TypeScript entry to a temporary ES module and imports it. */
export async function importTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'vw-cli-'));
  const outfile = join(dir, 'bundle.mjs');
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The local D1 binding exactly as `wrangler dev` sees it (same persisted state under .wrangler/, or under the
 * directory given as `persistTo`, the same value as wrangler's `--persist-to`).
 */
export async function withLocalDb(fn, { persistTo } = {}) {
  const { getPlatformProxy } = await import('wrangler');
  const persist = persistTo ? { path: join(persistTo, 'v3') } : true;
  const proxy = await getPlatformProxy({ configPath: join(root, 'wrangler.toml'), persist });
  try {
    return await fn(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
}
