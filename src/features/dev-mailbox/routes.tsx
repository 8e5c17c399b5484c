import { Hono } from 'hono';
import { canReadDevelopmentMailbox } from '../../auth/policy';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { mailboxMessages } from './queries';
import { mailboxTexts } from './texts';
import { MailboxPage } from './views';

/** The development mailbox: every queued mail with clickable links. In production the page does not exist. */
export const devMailboxRoutes = new Hono<AppEnv>().get('/', async (c) => {
  if (!canReadDevelopmentMailbox(c.env.ENVIRONMENT)) return renderNotFound(c);
  // Reset and invitation links are in here: never cache, never send them on as a referrer.
  c.header('Cache-Control', 'no-store');
  const to = (c.req.query('aan') ?? '').slice(0, 254);
  const messages = await mailboxMessages(c.var.db, to || undefined);
  return c.render(<MailboxPage messages={messages} to={to} />, { title: mailboxTexts[c.var.locale].title });
});
