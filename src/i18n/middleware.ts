import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from './index';

/** The language cookie wins (it is what the visitor chose last); then the account's preference; then Dutch. */
export function localeMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = getCookie(c, LOCALE_COOKIE);
    c.set('locale', isLocale(chosen) ? chosen : (c.var.user?.locale ?? DEFAULT_LOCALE));
    await next();
  };
}
