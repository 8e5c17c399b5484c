import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { readForm, one } from '../validation/form';
import { isLocale, LOCALE_COOKIE } from './index';

const OWN_ORIGIN = 'https://portaal.invalid';
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001F\u007F-\u009F\\]/;

/**
 * Only same-site paths are accepted as a return address, so neither the language switch nor the login can be used as
 * an open redirect: no control characters (a browser drops tabs and line breaks, so `/<TAB>/evil.example` would
 * become `//evil.example`; CR/LF would also break the header), no backslash, and the value must resolve against the
 * portal's own origin to that same origin. The normalised path is returned, so the Location header is always valid.
 */
export function safeReturnPath(value: string): string {
  if (!value.startsWith('/') || value.length > 2000 || CONTROL_OR_BACKSLASH.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== OWN_ORIGIN || url.pathname.startsWith('//')) return '/';
  return url.pathname + url.search + url.hash;
}

export const languageRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const input = await readForm(c);
  const locale = one(input, 'taal');
  if (isLocale(locale)) {
    setCookie(c, LOCALE_COOKIE, locale, { path: '/', sameSite: 'Lax', secure: true, maxAge: 60 * 60 * 24 * 365 });
  }
  return c.redirect(safeReturnPath(one(input, 'terug')), 303);
});
