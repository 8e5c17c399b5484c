import type { Context } from 'hono';
import type { AppEnv } from '../../env';

/** Browsers and feed readers may keep a response this long; the edge cache keeps it as long as a page (see src/cache). */
export const CLIENT_MAX_AGE = 60;

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `"${hex}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}

/**
 * A public open-data response: ETag (a hash of the body, so equal data gives an equal tag), `Cache-Control: public`,
 * and 304 Not Modified when the client already holds it.
 */
export async function publicBody(c: Context<AppEnv>, body: string, contentType: string, headers: Record<string, string> = {}): Promise<Response> {
  const etag = await etagOf(body);
  const common = { ETag: etag, 'Cache-Control': `public, max-age=${CLIENT_MAX_AGE}`, 'X-Content-Type-Options': 'nosniff', ...headers };
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, common);
  return c.body(body, 200, { 'Content-Type': contentType, ...common });
}
