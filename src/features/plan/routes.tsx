import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { canSeePlanGaps, visibleIndicatorLevels } from '../../auth/policy';
import { requirePolicy } from '../../auth/guards';
import { findGaps } from './gaps';
import { loadGapRows, UNLINKED_LIMIT } from './gap-queries';
import { GapPage } from './gap-view';
import type { AppEnv } from '../../env';
import { idParam } from '../../http/params';
import { renderNotFound } from '../../layout/status-pages';
import { loadGoalPage } from './goal-queries';
import { GoalPage } from './goal-view';
import { localDate } from '../../dates';
import { loadNeighbourhoodPlan, loadPlan } from './load';
import { planTexts } from './texts';
import { NoPlanPage, PlanPage } from './views';
import { PlanPrintPage } from './print-view';
import { executionPlanOf, STRATEGIC_AGENDA } from './sql';

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/** `/programma`: the strategic agenda. */
export const programmeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = planTexts[c.var.locale];
    const tree = await loadPlan(c.var.d1, STRATEGIC_AGENDA, localDate(new Date()), visibleIndicatorLevels(c.var.user));
    if (!tree)
      return c.render(<NoPlanPage title={t.programmeTitle} message={t.noAgenda} />, { title: t.programmeTitle, description: t.programmeIntro });
    return c.render(<PlanPage tree={tree} title={tree.version.title} intro={t.programmeIntro} />, {
      title: tree.version.title,
      description: t.programmeIntro,
    });
  })
  .get('/afdrukken', async (c) => {
    const tree = await loadPlan(c.var.d1, STRATEGIC_AGENDA, localDate(new Date()), visibleIndicatorLevels(c.var.user));
    if (!tree) return renderNotFound(c);
    return c.render(<PlanPrintPage tree={tree} />, { title: planTexts[c.var.locale].printTitle(tree.version.title) });
  })
  .get('/hiaten', requirePolicy(canSeePlanGaps), async (c) => {
    const gaps = findGaps(await loadGapRows(c.var.d1, localDate(new Date())), UNLINKED_LIMIT);
    return c.render(<GapPage gaps={gaps} unlinkedLimit={UNLINKED_LIMIT} />, { title: planTexts[c.var.locale].gapsTitle });
  })
  .get('/doelen/:id', async (c) => {
    const id = idParam(c);
    if (id === null) return renderNotFound(c);
    const data = await loadGoalPage(c.var.d1, id, localDate(new Date()), visibleIndicatorLevels(c.var.user));
    if (!data) return renderNotFound(c);
    return c.render(<GoalPage data={data} />, { title: `${data.goal.title} · ${data.tree.version.title}` });
  });

/** `/wijken/:slug/plan`: a neighbourhood's execution plan. */
/** The execution plan of the neighbourhood in the path, or null (404) for an unknown one. */
async function neighbourhoodPlan(c: Context<AppEnv>) {
  const slug = slugSchema.safeParse(c.req.param('slug'));
  if (!slug.success) return { tree: null, neighbourhood: null };
  return loadNeighbourhoodPlan(c.var.d1, slug.data, executionPlanOf(slug.data), localDate(new Date()), visibleIndicatorLevels(c.var.user));
}

/** `/wijken/:slug/plan`: a neighbourhood's execution plan, and its print view. */
export const neighbourhoodPlanRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = planTexts[c.var.locale];
    const { tree, neighbourhood } = await neighbourhoodPlan(c);
    if (!neighbourhood) return renderNotFound(c);
    const title = t.planTitle(neighbourhood.name);
    if (!tree) return c.render(<NoPlanPage title={title} message={t.noPlan(neighbourhood.name)} />, { title });
    return c.render(<PlanPage tree={tree} title={tree.version.title} intro={t.planIntro(neighbourhood.name)} />, { title: tree.version.title });
  })
  .get('/afdrukken', async (c) => {
    const { tree } = await neighbourhoodPlan(c);
    if (!tree) return renderNotFound(c);
    return c.render(<PlanPrintPage tree={tree} />, { title: planTexts[c.var.locale].printTitle(tree.version.title) });
  });
