import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../../env';
import { visibleIndicatorLevels } from '../../auth/policy';
import { renderNotFound } from '../../layout/status-pages';
import { localDate } from '../../dates';
import { loadNeighbourhoodIndex, loadNeighbourhoodPage } from './queries';
import { neighbourhoodTexts } from './texts';
import { NeighbourhoodIndexPage, NeighbourhoodPage } from './views';

const neighbourhoodSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

export const neighbourhoodRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const entries = await loadNeighbourhoodIndex(c.var.d1, localDate(new Date()));
    const t = neighbourhoodTexts[c.var.locale];
    return c.render(<NeighbourhoodIndexPage entries={entries} />, { title: t.indexTitle, description: t.indexIntro });
  })
  .get('/:slug', async (c) => {
    const slug = neighbourhoodSlug.safeParse(c.req.param('slug'));
    if (!slug.success) return renderNotFound(c);
    const data = await loadNeighbourhoodPage(c.var.d1, slug.data, localDate(new Date()), visibleIndicatorLevels(c.var.user));
    if (!data) return renderNotFound(c);
    const n = data.neighbourhood;
    return c.render(<NeighbourhoodPage data={data} />, { title: n.name, description: c.var.locale === 'nl' ? n.descriptionNl : n.descriptionEn });
  });
