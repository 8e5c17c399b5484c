import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { activities, auditLog, organisations, users } from '../../db/schema';

export type AuditFilter = { userId?: number; person?: string; action?: string; object?: string; from?: string; until?: string };

export const AUDIT_LIMIT = 200;

/** The UTC moment at which a calendar date begins in Maastricht (so a date range means local days). */
export function localMidnight(date: string): number {
  const utcNoon = new Date(`${date}T12:00:00Z`);
  const hourThere = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(utcNoon));
  return Date.parse(`${date}T00:00:00Z`) - (hourThere - 12) * 3_600_000;
}

const actor = alias(users, 'actor');
const objectUser = alias(users, 'object_user');

/** The audit events matching the filter, newest first, with the names of the actor and of the object. */
export function auditEvents(db: Db, filter: AuditFilter, limit = AUDIT_LIMIT) {
  const conditions: SQL[] = [];
  if (filter.userId !== undefined) {
    conditions.push(or(eq(auditLog.actorUserId, filter.userId), and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, String(filter.userId))))!);
  }
  if (filter.person) {
    // instr instead of LIKE: typed text is never a pattern.
    const needle = filter.person.toLowerCase();
    conditions.push(
      sql`(instr(lower(${actor.name}), ${needle}) > 0 OR instr(lower(${actor.email}), ${needle}) > 0 OR instr(lower(${objectUser.name}), ${needle}) > 0 OR instr(lower(${objectUser.email}), ${needle}) > 0)`,
    );
  }
  if (filter.action)
    conditions.push(
      sql`(${auditLog.action} = ${filter.action} OR substr(${auditLog.action}, 1, ${filter.action.length + 1}) = ${`${filter.action}.`})`,
    );
  if (filter.object) conditions.push(eq(auditLog.objectType, filter.object));
  if (filter.from) conditions.push(sql`${auditLog.at} >= ${localMidnight(filter.from)}`);
  if (filter.until) conditions.push(sql`${auditLog.at} < ${localMidnight(filter.until) + 86_400_000}`);
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      result: auditLog.result,
      ip: auditLog.ip,
      detail: auditLog.detail,
      actorId: auditLog.actorUserId,
      actorName: actor.name,
      actorEmail: actor.email,
      objectUserName: objectUser.name,
      organisationName: organisations.name,
      activityTitle: activities.title,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
    .leftJoin(objectUser, and(eq(auditLog.objectType, 'user'), eq(sql`CAST(${auditLog.objectId} AS INTEGER)`, objectUser.id)))
    .leftJoin(organisations, and(eq(auditLog.objectType, 'organisation'), eq(sql`CAST(${auditLog.objectId} AS INTEGER)`, organisations.id)))
    .leftJoin(activities, and(eq(auditLog.objectType, 'activity'), eq(sql`CAST(${auditLog.objectId} AS INTEGER)`, activities.id)))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export type AuditEvent = Awaited<ReturnType<typeof auditEvents>>[number];
