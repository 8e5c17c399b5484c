import type { Db } from '../db/client';
import { outbox } from '../db/schema';

export type OutgoingMail = { to: string; subject: string; body: string; kind: string };

/**
 * Every message is first written to the outbox, in the same batch as the change that causes it, so a mail is
 * never sent for a change that did not happen and never lost for one that did. The mailer delivers it afterwards.
 */
export function queueMailStatement(db: Db, mail: OutgoingMail) {
  return db.insert(outbox).values({ toAddress: mail.to.toLowerCase(), subject: mail.subject, bodyText: mail.body, kind: mail.kind });
}
