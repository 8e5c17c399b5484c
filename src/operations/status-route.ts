import { Hono } from 'hono';
import type { AppEnv } from '../env';

/**
 * `/status`: for a monitor or a load balancer. One cheap query (`SELECT 1` on D1) decides 200 or 503. The answer
 * names no version, host, binding, secret or error text.
 */
export const statusRoutes = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-store');
  try {
    const row = await c.var.d1.prepare('SELECT 1 AS ok').first<{ ok: number }>();
    if (row?.ok !== 1) throw new Error('unexpected answer');
    return c.json({ status: 'ok', database: 'ok', requestId: c.var.requestId });
  } catch (err) {
    console.error(JSON.stringify({ type: 'status-check-failed', requestId: c.var.requestId, error: err instanceof Error ? err.name : 'unknown' }));
    c.header('Retry-After', '30');
    return c.json({ status: 'unavailable', database: 'unavailable', requestId: c.var.requestId }, 503);
  }
});
