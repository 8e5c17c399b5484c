import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { readForm, one } from '../validation/form';
import { isLocale, LOCALE_COOKIE } from './index';

/** Only same-site paths are accepted as a return address, so the switch cannot be used as an open redirect. */
export function safeReturnPath(value: string): string {
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 2000) return '/';
  return value;
}

export const languageRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const input = await readForm(c);
  const locale = one(input, 'taal');
  if (isLocale(locale)) {
    setCookie(c, LOCALE_COOKIE, locale, { path: '/', sameSite: 'Lax', secure: true, maxAge: 60 * 60 * 24 * 365 });
  }
  return c.redirect(safeReturnPath(one(input, 'terug')), 303);
});
