import { sql, type SQL } from 'drizzle-orm';
import { activities, organisations } from '../../db/schema';

/**
 * THE rule for what the public may see of an activity; every public query uses this condition and nothing else:
 * published, not hidden for being stale, not over yet (`today` is the calendar date in Maastricht), and run by an
 * approved organisation. Uses the unaliased `activities` table; served by `activities_public_idx`
 * (status, last_date, first_date).
 */
export function publiclyVisibleActivity(today: string): SQL {
  return sql`(${activities.status} = 'published' AND ${activities.staleHiddenAt} IS NULL AND ${activities.lastDate} >= ${today}
    AND EXISTS (SELECT 1 FROM ${organisations} WHERE ${organisations.id} = ${activities.organisationId} AND ${organisations.status} = 'approved'))`;
}
