import { createDb } from '../client';
import { seedDemoData } from './index';

/** Entry for `npm run db:seed`, bundled by esbuild and run in Node against the local D1 binding. */
export function seedLocal(d1: D1Database) {
  return seedDemoData(createDb(d1));
}
