import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../../env';
import { renderNotFound } from '../../../layout/status-pages';
import { localDate } from '../../../dates';
import { filteredFeed } from '../feed-request';
import { publicBody } from '../http';
import { originOf, SLUG } from '../origin';
import { loadOpenActivity, loadOwnedFeed, type OpenActivity } from '../queries';
import { openDataTexts } from '../texts';
import { renderCalendar } from './calendar';

const ICS_TYPE = 'text/calendar; charset=utf-8';

function sendCalendar(c: Context<AppEnv>, activities: OpenActivity[], name: string, fileName: string) {
  const t = openDataTexts[c.var.locale];
  const body = renderCalendar(activities, {
    origin: originOf(c),
    name,
    description: t.calendarDescription,
    demoLabel: t.demoLabel,
    today: localDate(new Date()),
  });
  // `inline`: a subscribed calendar app reads it; a browser offers it to the calendar app or saves it under this name.
  return publicBody(c, body, ICS_TYPE, { 'Content-Disposition': `inline; filename="${fileName}"` });
}

/** The calendars: `/activiteiten.ics` (filters of the list), one activity, one organisation, one neighbourhood. */
export const icalRoutes = new Hono<AppEnv>()
  .get('/activiteiten.ics', async (c) => {
    const feed = await filteredFeed(c);
    if (feed instanceof Response) return feed;
    const t = openDataTexts[c.var.locale];
    return sendCalendar(c, feed.activities, feed.filtered ? t.calendarFiltered : t.calendarAll, 'activiteiten.ics');
  })
  .get('/activiteiten/:file{[0-9]{1,12}\\.ics}', async (c) => {
    const id = Number(c.req.param('file').replace('.ics', ''));
    const activity = await loadOpenActivity(c.var.d1, id, localDate(new Date()));
    if (!activity) return renderNotFound(c);
    return sendCalendar(c, [activity], activity.title, `activiteit-${id}.ics`);
  })
  .get('/partners/:slug/activiteiten.ics', async (c) => {
    const slug = c.req.param('slug');
    if (!SLUG.test(slug)) return renderNotFound(c);
    const feed = await loadOwnedFeed(c.var.d1, localDate(new Date()), { organisationSlug: slug });
    if (!feed) return renderNotFound(c);
    return sendCalendar(c, feed.activities, openDataTexts[c.var.locale].calendarOf(feed.owner.name), `${slug}.ics`);
  })
  .get('/wijken/:slug/activiteiten.ics', async (c) => {
    const slug = c.req.param('slug');
    if (!SLUG.test(slug)) return renderNotFound(c);
    const feed = await loadOwnedFeed(c.var.d1, localDate(new Date()), { neighbourhoodSlug: slug });
    if (!feed) return renderNotFound(c);
    return sendCalendar(c, feed.activities, openDataTexts[c.var.locale].calendarIn(feed.owner.name), `${slug}.ics`);
  });
