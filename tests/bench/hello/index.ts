// The baseline: the smallest Hono worker, run exactly like the portal, so the ratio shows what the portal itself costs.
// Two more routes measure the floors under the portal's ratios: what one D1 query and what two Cache API lookups
// cost by themselves in the same runtime, with no portal code around them.
import { Hono } from 'hono';

const app = new Hono<{ Bindings: { DB: D1Database } }>();
app.get('/floor/d1', async (c) => c.text(`Hello ${String(await c.env.DB.prepare('SELECT 1 AS one').first('one'))}!`));
const FLOOR = 'https://floor.bench.invalid';
app.get('/floor/cache', async (c) => {
  // As the portal's cache hit: look up the generation, then the page under it.
  const cache = caches.default;
  const generation = await cache.match(`${FLOOR}/generation`);
  const page = generation ? await cache.match(`${FLOOR}/page/${await generation.text()}`) : undefined;
  if (page) return new Response(page.body, page);
  const keep = { headers: { 'Cache-Control': 'max-age=3600' } };
  await cache.put(`${FLOOR}/generation`, new Response('g1', keep));
  await cache.put(`${FLOOR}/page/g1`, new Response('Hello World!', keep));
  return c.text('Hello World!');
});
// A body the size of the /activiteiten page: what moving ~20 KB through the local runtime costs.
const PAGE_SIZED = `<!doctype html><p>${'Hallo wereld. '.repeat(1_400)}</p>`;
app.get('/floor/html', (c) => c.html(PAGE_SIZED));
app.get('*', (c) => c.text('Hello World!'));

export default app;
