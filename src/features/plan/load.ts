import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorVisibility } from '../../db/enums';
import { rowsOf, statement } from '../activities/statement';
import { PLAN_STATEMENT_COUNT, planRowsFrom, planStatements } from './queries';
import { buildTree, type PlanTree } from './tree';

/** A plan's current version as a tree, with the page's own extra statements in the same round trip. */
export async function loadPlanWith(
  d1: D1Database,
  planId: SQL,
  today: string,
  levels: readonly IndicatorVisibility[],
  extra: D1PreparedStatement[],
): Promise<{ tree: PlanTree | null; extra: D1Result[] }> {
  const results = await d1.batch([...planStatements(d1, planId, today, levels), ...extra]);
  const rows = planRowsFrom(results.slice(0, PLAN_STATEMENT_COUNT));
  return { tree: rows ? buildTree(rows) : null, extra: results.slice(PLAN_STATEMENT_COUNT) };
}

export async function loadPlan(d1: D1Database, planId: SQL, today: string, levels: readonly IndicatorVisibility[]): Promise<PlanTree | null> {
  return (await loadPlanWith(d1, planId, today, levels, [])).tree;
}

/** A neighbourhood's execution plan, and the neighbourhood itself (null when unknown), in one round trip. */
export async function loadNeighbourhoodPlan(d1: D1Database, slug: string, planId: SQL, today: string, levels: readonly IndicatorVisibility[]) {
  const { tree, extra } = await loadPlanWith(d1, planId, today, levels, [
    statement(d1, sql`SELECT slug, name FROM neighbourhoods WHERE slug = ${slug}`),
  ]);
  return { tree, neighbourhood: rowsOf<{ slug: string; name: string }>(extra[0])[0] ?? null };
}
