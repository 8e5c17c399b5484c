import type { AppContext } from '../env';
import { isDevelopmentEnvironment } from '../security/environment';

/**
 * Links in e-mails point at PUBLIC_ORIGIN (never at a Host header an attacker chose), except in development and tests,
 * where they use the address the portal is being used on, so local mailbox links work on any port.
 */
export function publicOrigin(c: AppContext): string {
  if (!isDevelopmentEnvironment(c.env.ENVIRONMENT)) return c.env.PUBLIC_ORIGIN;
  return new URL(c.req.url).origin;
}
