// The occurrences of the generated activities, written by the daily job's own code (`refreshOccurrences` fills every
// activity that has no rows yet, then the next dates that read them), so the benchmark's `activity_occurrences` is
// exactly what the portal itself would store. Bundled for Node by `importTs` in run.mjs; tested in dataset.test.ts.
import { createDb } from '../../src/db/client';
import { localDate } from '../../src/dates';
import { refreshNextDatesQuery } from '../../src/features/activities/next-date';
import { occurrenceContext, refreshOccurrences } from '../../src/features/activities/occurrences';

export async function fillOccurrences(d1: D1Database, now = new Date()): Promise<{ added: number; nextDatesMoved: number }> {
  const db = createDb(d1);
  const today = localDate(now);
  const { added } = await refreshOccurrences(db, await occurrenceContext(db, today));
  const moved = await db.run(refreshNextDatesQuery(today));
  return { added, nextDatesMoved: moved.meta.changes ?? 0 };
}
