import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, auditLog, memberships, organisations, outbox, users } from '../../db/schema';

/**
 * Everything the portal holds about one person, for "Mijn gegevens downloaden" (AVG art. 15 and 20): the account
 * (without password hash, second-factor secret or recovery codes, which are security data nobody can read back),
 * memberships, activities they created or changed, audit rows about them or by them, and mails sent to them.
 * One round trip.
 */
export async function personalData(db: Db, userId: number) {
  const accountQuery = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      totpEnabledAt: users.totpEnabledAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  const changedActivityIds = db
    .select({ id: sql`cast(${auditLog.objectId} as integer)` })
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.objectType, 'activity')));
  const [[account], membershipRows, activityRows, auditRows, mailRows] = await db.batch([
    accountQuery,
    db
      .select({ organisationId: organisations.id, organisation: organisations.name, role: memberships.role, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId)),
    db
      .select({
        id: activities.id,
        title: activities.title,
        status: activities.status,
        createdAt: activities.createdAt,
        updatedAt: activities.updatedAt,
        createdByYou: sql<number>`${activities.createdByUserId} = ${userId}`,
      })
      .from(activities)
      .where(or(eq(activities.createdByUserId, userId), inArray(activities.id, changedActivityIds)))
      .orderBy(desc(activities.updatedAt))
      .limit(1000),
    db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        objectType: auditLog.objectType,
        objectId: auditLog.objectId,
        result: auditLog.result,
        ip: auditLog.ip,
        detail: auditLog.detail,
      })
      .from(auditLog)
      .where(or(eq(auditLog.actorUserId, userId), and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, String(userId)))))
      .orderBy(desc(auditLog.at))
      .limit(5000),
    db
      .select({ createdAt: outbox.createdAt, sentAt: outbox.sentAt, subject: outbox.subject, kind: outbox.kind, body: outbox.bodyText })
      .from(outbox)
      .where(eq(outbox.toAddress, sql`(SELECT ${users.email} FROM ${users} WHERE ${users.id} = ${userId})`))
      .orderBy(desc(outbox.createdAt))
      .limit(1000),
  ]);
  if (!account) return null;
  return { account, memberships: membershipRows, activities: activityRows, auditLog: auditRows, mails: mailRows };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof personalData>>>;
