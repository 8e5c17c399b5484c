import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { localDate } from '../../dates';
import { loadDirectory, loadPartnerPage } from './queries';
import { partnerTexts } from './texts';
import { DirectoryPage, PartnerPage } from './views';

const partnerSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

export const partnerRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const entries = await loadDirectory(c.var.d1, localDate(new Date()));
    const t = partnerTexts[c.var.locale];
    return c.render(<DirectoryPage entries={entries} />, { title: t.directoryTitle, description: t.directoryIntro });
  })
  .get('/:slug', async (c) => {
    const slug = partnerSlug.safeParse(c.req.param('slug'));
    if (!slug.success) return renderNotFound(c);
    const data = await loadPartnerPage(c.var.d1, slug.data, localDate(new Date()));
    if (!data) return renderNotFound(c);
    return c.render(<PartnerPage data={data} />, { title: data.partner.name, description: data.partner.description || undefined });
  });
