import type { Context } from 'hono';
import type { AppEnv } from '../env';

/**
 * Links in e-mails point at PUBLIC_ORIGIN in production (never at a Host header an attacker chose); elsewhere at the
 * address the portal is being used on, so local mailbox links work on any port.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  if (c.env.ENVIRONMENT === 'production') return c.env.PUBLIC_ORIGIN;
  return new URL(c.req.url).origin;
}
