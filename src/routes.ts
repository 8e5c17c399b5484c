import type { Hono } from 'hono';
import type { AppEnv } from './env';
import { languageRoutes } from './i18n/routes';

/** Every feature's routes, mounted in one place. */
export function mountRoutes(app: Hono<AppEnv>) {
  app.route('/taal', languageRoutes);
}
