import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { localDate } from '../../dates';
import { renderBadFeed } from './bad-request';
import { parseFilters, unknownNeighbourhood } from './filters';
import { FEED_LIMIT, loadOpenList, type ListFilter, type OpenActivity, type OpenList } from './queries';

type Loader = (d1: D1Database, today: string, filter: ListFilter) => Promise<OpenList>;
const nextActivities: Loader = (d1, today, filter) => loadOpenList(d1, today, filter, FEED_LIMIT);

/**
 * The activities of a feed of the list (`/activiteiten.ics|csv|atom`) with the list's filters — by default the next
 * FEED_LIMIT — or the Dutch 400 page naming each filter that is wrong or names nothing. One round trip.
 */
export async function filteredFeed(
  c: Context<AppEnv>,
  load: Loader = nextActivities,
): Promise<{ today: string; filtered: boolean; activities: OpenActivity[] } | Response> {
  const today = localDate(new Date());
  const query = c.req.query();
  const { params, filter, invalid } = parseFilters(query, today);
  if (invalid.length) return renderBadFeed(c, invalid);
  const list = await load(c.var.d1, today, filter);
  if (unknownNeighbourhood(params, list.neighbourhoods)) return renderBadFeed(c, ['wijk']);
  return { today, filtered: Object.keys(query).length > 0, activities: list.activities };
}
