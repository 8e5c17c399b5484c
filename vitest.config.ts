import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const NODE_TESTS = 'tests/**/*.node.test.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'));
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              main: './src/index.ts',
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations, ENVIRONMENT: 'test' },
                // An empty second database to restore dumps into (tests/db/dump-restore.test.ts).
                d1Databases: ['RESTORE_DB'],
              },
            }),
          ],
          test: {
            name: 'workers',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**', 'node_modules/**', NODE_TESTS],
            testTimeout: 20_000,
          },
        },
        {
          // Checks that cannot run inside workerd (e.g. bundling the worker the way wrangler deploys it).
          test: { name: 'node', environment: 'node', include: [NODE_TESTS], testTimeout: 120_000 },
        },
      ],
    },
  };
});
