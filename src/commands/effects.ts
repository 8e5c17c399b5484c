import type { MiddlewareHandler } from 'hono';
import { invalidatePublicPages } from '../cache';
import type { AppEnv } from '../env';
import { deliverOutboxSoon } from '../mail/mailer';
import { EffectLog, type Touched } from './effect-log';

/**
 * Every table a public page reads (`tests/commands/public-tables.test.ts` derives them from the queries the public
 * pages really send and fails when one is missing here). A batch that writes any of them invalidates the edge cache.
 */
export const PUBLIC_TABLES: ReadonlySet<string> = new Set([
  'activities',
  'activity_occurrences',
  'holiday_periods',
  'areas',
  'monitor_indicators',
  'monitor_waves',
  'monitor_observations',
  'resilience_classes',
  'activity_pillars',
  'activity_neighbourhoods',
  'activity_target_groups',
  'activity_exceptions',
  'activity_organisers',
  'organisations',
  'organisation_neighbourhoods',
  'neighbourhoods',
  'pillars',
  'projects',
  'project_neighbourhoods',
  'project_pillars',
  'project_partners',
  'project_activities',
  'milestones',
  'budget_lines',
  'project_updates',
  'project_events',
  'project_snapshots',
  'funder_programmes',
  // Programme plan (issue 15): the public plan pages and version histories read these.
  'plans',
  'plan_versions',
  'goals',
  'plan_goals',
  'plan_goal_pillars',
  'plan_goal_neighbourhoods',
  'plan_goal_partners',
  'plan_goal_targets',
  'activity_goals',
  'project_goals',
]);

const WRITE = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from)\s+["`]?(\w+)/i;

/** The table a statement writes, from its SQL text (null for a read or the kernel's guard). */
export function writtenTable(sqlText: string): string | null {
  return WRITE.exec(sqlText)?.[1]?.toLowerCase() ?? null;
}

export function touchedBy(sqlTexts: readonly string[]): Touched {
  const tables = sqlTexts.map(writtenTable);
  return { mail: tables.includes('outbox'), publicPages: tables.some((t) => t !== null && PUBLIC_TABLES.has(t)) };
}

/**
 * Runs the follow-ups of the commands a request committed, after its handler: delivers queued mail after the
 * response (`deliverOutboxSoon`) and makes cached public pages stale before the response goes out
 * (`invalidatePublicPages`). Mounted once in `src/app.ts`; commands record their effects through `commandContext(c)`.
 */
export function afterCommands(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const log = new EffectLog();
    c.set('effects', log);
    await next();
    if (log.publicPages) await invalidatePublicPages(c);
    if (log.mail) deliverOutboxSoon(c);
  };
}
