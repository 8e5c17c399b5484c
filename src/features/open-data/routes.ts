import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { icalRoutes } from './ical/routes';

/** Every open-data route; mounted at `/` before the public pages, so `/activiteiten/12.ics` is not read as an activity id. */
export const openDataRoutes = new Hono<AppEnv>().route('/', icalRoutes);
