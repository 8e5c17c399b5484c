import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import type { AppContext } from '../env';

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  objectType?: string;
  objectId?: string | number;
  result?: 'success' | 'failure' | 'denied';
  ip?: string | null;
  /** Context for the log reader; must never contain a password, token, TOTP secret or recovery code. */
  detail?: Record<string, unknown>;
};

/** The audit row as a statement, so a command can put it in the same `db.batch` as the change it records. */
export function auditStatement(db: Db, entry: AuditEntry, now = Date.now()) {
  return db.insert(auditLog).values({
    at: new Date(now),
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    result: entry.result ?? 'success',
    ip: entry.ip ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  });
}

export function clientIp(c: AppContext): string | null {
  return c.req.header('cf-connecting-ip') ?? null;
}
