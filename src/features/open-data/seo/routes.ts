import { Hono } from 'hono';
import type { AppEnv } from '../../../env';
import { localDate } from '../../../dates';
import { publicBody } from '../http';
import { originOf } from '../origin';
import { loadSitemapPaths, renderRobots, renderSitemap } from './sitemap';

export const searchEngineRoutes = new Hono<AppEnv>()
  .get('/sitemap.xml', async (c) => {
    const paths = await loadSitemapPaths(c.var.d1, localDate(new Date()));
    return publicBody(c, renderSitemap(originOf(c), paths), 'application/xml; charset=utf-8');
  })
  .get('/robots.txt', (c) => publicBody(c, renderRobots(originOf(c)), 'text/plain; charset=utf-8'));
