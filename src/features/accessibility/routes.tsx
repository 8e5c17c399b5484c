import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { accessibilityTexts } from './texts';
import { AccessibilityStatement } from './views';

/** The accessibility statement: static text, no database reads. */
export const accessibilityRoutes = new Hono<AppEnv>().get('/', (c) => {
  const t = accessibilityTexts[c.var.locale];
  return c.render(<AccessibilityStatement />, { title: t.title, description: t.intro });
});
