import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Storage is isolated per test file; migrations are idempotent, so applying them per file is safe.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
