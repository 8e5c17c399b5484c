import type { Db } from '../client';
import type { SeedStatement } from './index';

export type DemoAccount = { role: string; email: string; password: string; note?: string };

/** Demo accounts printed by `npm start` (filled by the accounts feature). */
export const DEMO_ACCOUNTS: DemoAccount[] = [];

export async function demoAccountStatements(_db: Db, _now: Date): Promise<SeedStatement[]> {
  return [];
}
