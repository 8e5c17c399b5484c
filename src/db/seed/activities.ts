import type { Db } from '../client';
import type { SeedStatement } from './index';

export function demoActivityStatements(_db: Db, _now: Date): SeedStatement[] {
  return [];
}
