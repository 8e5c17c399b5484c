import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { calendarDate } from '../activities/dates';
import { renderBadFeed } from './bad-request';
import { parseFilters, unknownNeighbourhood } from './filters';
import { FEED_LIMIT, loadOpenList, type OpenActivity } from './queries';

/**
 * The next FEED_LIMIT activities of a feed of the list (`/activiteiten.ics|csv|atom`) with the list's filters, or the
 * Dutch 400 page for a filter that is wrong. One round trip.
 */
export async function filteredFeed(c: Context<AppEnv>): Promise<{ today: string; filtered: boolean; activities: OpenActivity[] } | Response> {
  const today = calendarDate(new Date());
  const query = c.req.query();
  const { params, filter, invalid } = parseFilters(query, today);
  if (invalid.length) return renderBadFeed(c);
  const list = await loadOpenList(c.var.d1, today, filter, FEED_LIMIT);
  if (unknownNeighbourhood(params, list.neighbourhoods)) return renderBadFeed(c);
  return { today, filtered: Object.keys(query).length > 0, activities: list.activities };
}
