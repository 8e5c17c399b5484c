import { isLocale, DEFAULT_LOCALE, LOCALE_COOKIE } from '../i18n';

/** How long a data centre may keep a public page; invalidation usually ends it sooner. */
export const PAGE_TTL_SECONDS = 60;
/** How long a stale copy is kept to answer when D1 fails (never while D1 answers; invalidation does not end it). */
export const STALE_TTL_SECONDS = 24 * 60 * 60;
/** Header on stored copies: the CSP nonce that is inside the stored HTML, replaced by a fresh one on every hit. */
export const STORED_NONCE_HEADER = 'X-Page-Cache-Nonce';
/** Header on stored copies: the Cache-Control the page itself sent, restored on a hit. */
export const STORED_CACHE_CONTROL_HEADER = 'X-Page-Cache-Control';

/** The first path segments of the public site. Everything else (login, workspace, review, forms) is never cached. */
/** Open data (src/features/open-data): the API, the widget, the list's feeds and the files for search engines. */
const OPEN_DATA_SECTIONS = ['api', 'widget', 'activiteiten.ics', 'activiteiten.csv', 'activiteiten.atom', 'sitemap.xml', 'robots.txt'];
const PUBLIC_SECTIONS = new Set(['', 'activiteiten', 'partners', 'wijken', 'projecten', 'toegankelijkheid', 'monitor', ...OPEN_DATA_SECTIONS]);
/** Content types a public response may have to be stored: the pages and the open-data formats. */
export const STORABLE_TYPES = ['text/html', 'application/json', 'text/calendar', 'text/csv', 'application/atom+xml', 'application/xml', 'text/plain'];
/** Cookies that may be present on a cached request; any other cookie (a session above all) skips the cache. */
const NEUTRAL_COOKIES = new Set([LOCALE_COOKIE]);
/** Request headers that change what a page renders (htmx fragment vs full page, and which fragment). */
const VARYING_HEADERS = ['HX-Request', 'HX-History-Restore-Request', 'HX-Request-Type', 'HX-Target', 'HX-Boosted'];
const MAX_URL_LENGTH = 2048;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_SECTIONS.has(pathname.split('/')[1] ?? '');
}

function cookieNames(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter((name) => name !== '');
}

/** Whether a request may be answered from (and stored in) the public page cache. */
export function isAnonymousPublicGet(request: Request): boolean {
  if (request.method !== 'GET' || request.url.length > MAX_URL_LENGTH) return false;
  if (request.headers.has('Authorization')) return false;
  if (!cookieNames(request.headers.get('Cookie')).every((name) => NEUTRAL_COOKIES.has(name))) return false;
  return isPublicPath(new URL(request.url).pathname);
}

/** The language an anonymous visitor gets, decided exactly as the locale middleware does without a user. */
export function anonymousLocale(request: Request): string {
  for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return DEFAULT_LOCALE;
}

function variant(request: Request): string {
  return VARYING_HEADERS.map((name) => request.headers.get(name) ?? '').join('|');
}

/** Base of every internal cache key; one fixed origin so all hostnames of the portal share one generation. */
export function cacheOrigin(publicOrigin: string | undefined): string {
  try {
    return new URL(publicOrigin ?? '').origin;
  } catch {
    return 'https://pages.cache.invalid';
  }
}

export function generationKey(origin: string): string {
  return `${origin}/__page-cache/generation`;
}

/** The key of one page: generation, language, htmx variant, host, path and query. */
export function pageKey(origin: string, generation: string, request: Request): string {
  const url = new URL(request.url);
  const parts = [generation, anonymousLocale(request), encodeURIComponent(variant(request)), url.host];
  return `${origin}/__page-cache/${parts.join('/')}${url.pathname}${url.search}`;
}

/** The key of a page's last copy, whatever its generation: served only when D1 fails (`STALE_TTL_SECONDS`). */
export function staleKey(origin: string, request: Request): string {
  const url = new URL(request.url);
  const parts = ['stale', anonymousLocale(request), encodeURIComponent(variant(request)), url.host];
  return `${origin}/__page-cache/${parts.join('/')}${url.pathname}${url.search}`;
}
