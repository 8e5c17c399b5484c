import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { localDate } from '../../dates';
import { loadHome } from './queries';
import { homeTexts } from './texts';
import { HomePage } from './views';

export const homeRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const today = localDate(new Date());
  const data = await loadHome(c.var.d1, today);
  const t = homeTexts[c.var.locale];
  return c.render(<HomePage data={data} today={today} />, { title: t.title, description: t.metaDescription });
});
