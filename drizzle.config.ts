import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations only; they are applied with `wrangler d1 migrations apply`, never with drizzle-kit.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
