import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import * as z from 'zod';
import type { AppEnv } from '../../../env';
import { localDate } from '../../../dates';
import { formatCursor, LIST_PARAMS, parseListParams } from '../../activities/schemas';
import type { CursorKey } from '../../activities/upcoming';
import { loadNeighbourhoodIndex } from '../../neighbourhoods/queries';
import { loadDirectory } from '../../partners/queries';
import { loadProjectList } from '../../projects/queries';
import { parseFilters, unknownNeighbourhood } from '../filters';
import { publicBody } from '../http';
import { originOf, SLUG } from '../origin';
import { loadOpenActivity, loadOpenList } from '../queries';
import { renderApiDocs } from './docs';
import { indicatorValues, listIndicators } from './indicators';
import { openApiDocument } from './openapi';
import { apiActivity, apiNeighbourhood, apiOrganisation, apiProject, LICENCE_URL } from './present';
import { problem } from './problem';
import { LIMIT_DEFAULT, limitParam, type ApiActivity } from './schemas';
import type { ApiParam } from './texts';

const JSON_TYPE = 'application/json; charset=utf-8';
const activityId = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);
const ORGANISATION_PARAM = 'organisatie' satisfies ApiParam;

const sendJson = (c: Context<AppEnv>, value: unknown) => publicBody(c, JSON.stringify(value), JSON_TYPE);

/** The page's cursor parser (it reads `na` only on a page after the first), so a tampered cursor is refused the same way. */
function readCursor(value: string): CursorKey | null {
  return parseListParams({ [LIST_PARAMS.page]: '2', [LIST_PARAMS.after]: value }).params.after ?? null;
}

async function listActivities(c: Context<AppEnv>) {
  const query = c.req.query();
  const today = localDate(new Date());
  const { params, filter, invalid } = parseFilters(query, today);
  const errors: ApiParam[] = [...invalid];
  const limit = query.limit === undefined ? LIMIT_DEFAULT : limitParam.safeParse(query.limit).data;
  if (limit === undefined) errors.push('limit');
  const after = query.na === undefined ? undefined : readCursor(query.na);
  if (after === null) errors.push('na');
  const organisation = query[ORGANISATION_PARAM];
  if (organisation !== undefined && !SLUG.test(organisation)) errors.push(ORGANISATION_PARAM);
  if (errors.length) return problem(c, 400, 'invalid-parameters', errors);

  const list = await loadOpenList(c.var.d1, today, { ...filter, organisationSlug: organisation }, limit! + 1, after ?? undefined);
  // Values of the right form that name nothing: refused like a wrong value, never answered with an empty list.
  const unknown: ApiParam[] = [];
  if (unknownNeighbourhood(params, list.neighbourhoods)) unknown.push('wijk');
  if (!list.organisationKnown) unknown.push(ORGANISATION_PARAM);
  if (unknown.length) return problem(c, 400, 'invalid-parameters', unknown);
  const origin = originOf(c);
  const page = list.activities.slice(0, limit);
  const last = page[page.length - 1];
  const self = new URL(c.req.url);
  const next = new URL(`${origin}/api/v1/activities${self.search}`);
  if (last) next.searchParams.set(LIST_PARAMS.after, formatCursor({ date: last.nextDate, time: last.schedule.startTime, id: last.id }));
  const data: ApiActivity[] = page.map((a) => apiActivity(a, origin, today));
  return sendJson(c, {
    data,
    links: { self: `${origin}${self.pathname}${self.search}`, next: list.activities.length > limit! ? next.toString() : null },
    meta: { limit: limit!, licence: LICENCE_URL },
  });
}

/** `/api/v1`: read-only public data, CORS open for GET from anywhere (no cookies are read or set for it). */
export const apiRoutes = new Hono<AppEnv>()
  .use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Cache-Control'], maxAge: 86400 }))
  .get('/', (c) => c.redirect('/api/v1/docs', 302))
  .get('/docs', (c) => renderApiDocs(c))
  .get('/openapi.json', (c) => sendJson(c, openApiDocument(originOf(c))))
  .get('/activities', listActivities)
  .get('/activities/:id', async (c) => {
    const id = activityId.safeParse(c.req.param('id'));
    if (!id.success) return problem(c, 404, 'not-found');
    const today = localDate(new Date());
    const activity = await loadOpenActivity(c.var.d1, id.data, today);
    if (!activity) return problem(c, 404, 'not-found');
    return sendJson(c, apiActivity(activity, originOf(c), today));
  })
  .get('/organisations', async (c) => {
    const rows = await loadDirectory(c.var.d1, localDate(new Date()));
    const origin = originOf(c);
    return sendJson(c, { data: rows.map((o) => apiOrganisation(o, origin)), meta: { licence: LICENCE_URL } });
  })
  .get('/neighbourhoods', async (c) => {
    const rows = await loadNeighbourhoodIndex(c.var.d1, localDate(new Date()));
    const origin = originOf(c);
    return sendJson(c, { data: rows.map((n) => apiNeighbourhood(n, origin)), meta: { licence: LICENCE_URL } });
  })
  .get('/projects', async (c) => {
    const rows = await loadProjectList(c.var.db);
    const origin = originOf(c);
    return sendJson(c, { data: rows.map((p) => apiProject(p, origin)), meta: { licence: LICENCE_URL } });
  })
  .get('/indicators', listIndicators)
  .get('/indicators/:code', indicatorValues)
  .get('*', (c) => problem(c, 404, 'not-found'))
  .all('*', (c) => problem(c, 405, 'method-not-allowed'));
