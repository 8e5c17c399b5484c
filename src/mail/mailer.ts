import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { createDb, type Db } from '../db/client';
import { outbox } from '../db/schema';
import type { AppContext } from '../env';

const MAX_ATTEMPTS = 5;

/** RFC 2047 encoded-word, so Dutch subjects with ë or é survive every mail client. */
function encodeHeader(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}?=`;
}

function base64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return (btoa(binary).match(/.{1,76}/g) ?? []).join('\r\n');
}

export function buildMime(from: string, to: string, subject: string, body: string, now = new Date()): string {
  return [
    `From: Veerkrachtige Wijken <${from}>`,
    `To: <${to}>`,
    `Subject: ${encodeHeader(subject)}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${crypto.randomUUID()}@${from.split('@')[1] ?? 'localhost'}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(body),
  ].join('\r\n');
}

/**
 * Delivers queued mail through Cloudflare's `send_email` binding (MAILER). Without that binding (local
 * development, tests) messages stay in the outbox, where the development mailbox page shows them.
 */
export async function deliverOutbox(env: Env, db: Db = createDb(env.DB), limit = 20): Promise<number> {
  const mailer = (env as Env & { MAILER?: SendEmail }).MAILER;
  if (!mailer) return 0;
  const { EmailMessage } = await import('cloudflare:email');
  const pending = await db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outbox.id))
    .limit(limit);
  let sent = 0;
  for (const mail of pending) {
    try {
      const raw = buildMime(env.MAIL_FROM, mail.toAddress, mail.subject, mail.bodyText);
      await mailer.send(new EmailMessage(env.MAIL_FROM, mail.toAddress, raw));
      await db
        .update(outbox)
        .set({ sentAt: new Date(), attempts: mail.attempts + 1 })
        .where(eq(outbox.id, mail.id));
      sent++;
    } catch (err) {
      await db
        .update(outbox)
        .set({ attempts: mail.attempts + 1, lastError: String(err).slice(0, 500) })
        .where(eq(outbox.id, mail.id));
    }
  }
  return sent;
}

/** Call after a command's batch queued mail: delivery happens after the response, never delaying the user. */
export function deliverOutboxSoon(c: AppContext) {
  c.executionCtx.waitUntil(deliverOutbox(c.env).catch((err) => console.error('outbox delivery failed', err)));
}
