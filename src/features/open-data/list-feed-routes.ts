import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { csvHeaders } from '../../formats/csv';
import { activitiesAtom, ATOM_ENTRIES } from './atom';
import { activitiesCsv } from './csv';
import { filteredFeed } from './feed-request';
import { publicBody } from './http';
import { loadNewlyPublished } from './queries';
import { originOf } from './origin';
import { openDataTexts } from './texts';

/** `/activiteiten.csv` and `/activiteiten.atom`: the list with its filters as a spreadsheet, and its newest publications. */
export const listFeedRoutes = new Hono<AppEnv>()
  .get('/activiteiten.csv', async (c) => {
    const feed = await filteredFeed(c);
    if (feed instanceof Response) return feed;
    const { 'Content-Type': type, ...headers } = csvHeaders(`activiteiten-${feed.today}.csv`);
    return publicBody(c, activitiesCsv(feed.activities, originOf(c), feed.today, c.var.locale), type!, headers);
  })
  .get('/activiteiten.atom', async (c) => {
    const feed = await filteredFeed(c, (d1, today, filter) => loadNewlyPublished(d1, today, filter, ATOM_ENTRIES));
    if (feed instanceof Response) return feed;
    const url = new URL(c.req.url);
    const xml = activitiesAtom(feed.activities, originOf(c), url.pathname + url.search, openDataTexts[c.var.locale], c.var.locale);
    return publicBody(c, xml, 'application/atom+xml; charset=utf-8');
  });
