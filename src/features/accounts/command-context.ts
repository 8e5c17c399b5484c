import type { Context } from 'hono';
import { clientIp } from '../../audit';
import type { Db } from '../../db/client';
import type { AppEnv } from '../../env';
import { isDevelopmentEnvironment } from '../../security/environment';

/** What a command needs besides its input: the database, the clock (controllable in tests), the caller's IP. */
export type CommandContext = {
  db: Db;
  now: Date;
  ip: string | null;
  /** Origin for links in e-mails. */
  origin: string;
};

/**
 * Links in e-mails point at PUBLIC_ORIGIN (never at a Host header an attacker chose), except in development and tests,
 * where they use the address the portal is being used on, so local mailbox links work on any port.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  if (!isDevelopmentEnvironment(c.env.ENVIRONMENT)) return c.env.PUBLIC_ORIGIN;
  return new URL(c.req.url).origin;
}

export function commandContext(c: Context<AppEnv>, now = new Date()): CommandContext {
  return { db: c.var.db, now, ip: clientIp(c), origin: publicOrigin(c) };
}
