import { clientIp } from '../audit';
import type { Db } from '../db/client';
import type { AppContext } from '../env';
import { publicOrigin } from '../http/origin';
import type { Locale } from '../i18n';
import type { EffectLog } from './effect-log';

/** What a command needs besides its input. */
export type CommandContext = {
  db: Db;
  /** The clock, controllable in tests. */
  now: Date;
  /** The caller's IP, for the audit row. */
  ip: string | null;
  /** Origin for links in e-mails. */
  origin: string;
  /** The language of the messages in an `invalid` result; Dutch when not given. */
  locale?: Locale;
  /** Where a committed batch notes what it touched; the request's log, so `afterCommands()` runs the follow-ups. */
  effects?: EffectLog;
};

export function commandContext(c: AppContext, now = new Date()): CommandContext {
  return { db: c.var.db, now, ip: clientIp(c), origin: publicOrigin(c), locale: c.var.locale, effects: c.var.effects };
}

export const localeOf = (ctx: Pick<CommandContext, 'locale'>): Locale => ctx.locale ?? 'nl';
