import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outbox } from '../../db/schema';

export const MAILBOX_LIMIT = 100;

/** The newest queued messages, optionally to one address. */
export function mailboxMessages(db: Db, to?: string) {
  return db
    .select()
    .from(outbox)
    .where(to ? eq(outbox.toAddress, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(outbox.id))
    .limit(MAILBOX_LIMIT);
}

export type MailboxMessage = Awaited<ReturnType<typeof mailboxMessages>>[number];
