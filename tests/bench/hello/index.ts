// The baseline: the smallest Hono worker, run exactly like the portal, so the ratio shows what the portal itself costs.
import { Hono } from 'hono';

const app = new Hono();
app.get('*', (c) => c.text('Hello World!'));

export default app;
