import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { IMAGE_CONTENT_TYPES } from './image-check';
import { parseMediaKey } from './store';

/** A year, and `immutable`: a key names one content forever (see store.ts). */
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** `/media/:key`: photos and logos from R2. Unknown keys are a plain 404 (no page: images are fetched by `<img>`). */
export const mediaRoutes = new Hono<AppEnv>().get('/:key', async (c) => {
  const parsed = parseMediaKey(c.req.param('key'));
  if (!parsed) return c.body(null, 404);
  const etag = `"${parsed.key.slice(0, 64)}"`;
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ETag: etag, 'Cache-Control': MEDIA_CACHE_CONTROL });
  const object = await c.env.MEDIA.get(parsed.key);
  if (!object) return c.body(null, 404);
  return c.body(object.body, 200, {
    'Content-Type': IMAGE_CONTENT_TYPES[parsed.format],
    'Content-Length': String(object.size),
    'Cache-Control': MEDIA_CACHE_CONTROL,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  });
});
