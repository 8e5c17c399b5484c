import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { apiRoutes } from './api/routes';
import { hsdsRoutes } from './hsds/routes';
import { icalRoutes } from './ical/routes';
import { listFeedRoutes } from './list-feed-routes';
import { searchEngineRoutes } from './seo/routes';
import { widgetRoutes } from './widget/routes';

/** Every open-data route; mounted at `/` before the public pages, so `/activiteiten/12.ics` is not read as an activity id. */
export const openDataRoutes = new Hono<AppEnv>()
  .route('/api/v1', apiRoutes)
  .route('/api/hsds', hsdsRoutes)
  .route('/widget', widgetRoutes)
  .route('/', icalRoutes)
  .route('/', listFeedRoutes)
  .route('/', searchEngineRoutes);
