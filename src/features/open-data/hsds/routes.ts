import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../../../env';
import { pillarsQuery, type PillarRef } from '../../activities/cards';
import { localDate } from '../../../dates';
import { rowsOf, statement } from '../../activities/statement';
import { publicBody } from '../http';
import { originOf } from '../origin';
import { FEED_LIMIT, toOpenActivityRows, upcomingOpenQuery } from '../queries';
import { hsdsExport, type HsdsOrganisation } from './export';

/** `/api/hsds/export.json`: the next FEED_LIMIT public activities with their organisations, in one round trip. */
export const hsdsRoutes = new Hono<AppEnv>().get('/export.json', async (c) => {
  const d1 = c.var.d1;
  const today = localDate(new Date());
  const [orgRows, pillarRows, activityRows] = await d1.batch([
    statement(
      d1,
      sql`SELECT id, slug, name, description, website, contact_email AS email, contact_phone AS phone FROM organisations WHERE status = 'approved' ORDER BY name`,
    ),
    statement(d1, pillarsQuery),
    statement(d1, upcomingOpenQuery(today, {}, FEED_LIMIT)),
  ]);
  const body = hsdsExport({
    organisations: rowsOf<HsdsOrganisation>(orgRows),
    pillars: rowsOf<PillarRef>(pillarRows),
    activities: toOpenActivityRows(activityRows),
    origin: originOf(c),
    today,
  });
  return publicBody(c, JSON.stringify(body), 'application/json; charset=utf-8', {
    'Content-Disposition': 'inline; filename="veerkrachtige-wijken-hsds.json"',
  });
});
