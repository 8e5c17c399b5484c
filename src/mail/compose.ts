import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Locale } from '../i18n';
import { queueMailStatement } from './outbox';
import { mailSignature } from './signature';

export type MailContent = { subject: string; body: string };
/** One message in both languages; each recipient gets it in the language of their account. */
export type LocalisedMail = Record<Locale, MailContent>;

/** Builds a message in both languages from paragraphs per language, with greeting and signature. */
export function composeMail(parts: Record<Locale, { subject: string; paragraphs: string[] }>, name?: string): LocalisedMail {
  const one = (locale: Locale): MailContent => ({
    subject: parts[locale].subject,
    body: [mailSignature[locale].greeting(name), ...parts[locale].paragraphs, mailSignature[locale].closing].join('\n\n'),
  });
  return { nl: one('nl'), en: one('en') };
}

/** Queues a message to one known recipient in their language. */
export function queueMailTo(db: Db, to: { email: string; locale: Locale }, kind: string, mail: LocalisedMail) {
  const content = mail[to.locale];
  return queueMailStatement(db, { to: to.email, subject: content.subject, body: content.body, kind });
}

/**
 * Queues the message to every user `where` selects (`u` is the users table), each in their own language, in one
 * statement — e.g. all members of an organisation, or the account of an e-mail address if there is one.
 */
export function queueMailToUsersStatement(db: Db, kind: string, mail: LocalisedMail, where: SQL) {
  return sql`INSERT INTO outbox (to_address, subject, body_text, kind)
    SELECT u.email,
           CASE u.locale WHEN 'en' THEN ${mail.en.subject} ELSE ${mail.nl.subject} END,
           CASE u.locale WHEN 'en' THEN ${mail.en.body} ELSE ${mail.nl.body} END,
           ${kind}
      FROM users u
     WHERE ${where}`;
}
