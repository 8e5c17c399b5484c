import { SQL, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { AuditEntry } from '../audit';
import { auditLog, outbox } from '../db/schema';
import { insertSelect } from '../db/insert-select';
import type { LocalisedMail } from '../mail/compose';
import { queueMailToUsersStatement } from '../mail/compose';
import type { OutgoingMail } from '../mail/outbox';
import { abortUnlessChanged, type BatchStatement, isTransitionConflict, runBatch } from '../security/transition-guard';
import type { CommandContext } from './context';
import type { Touched } from './effect-log';
import { touchedBy } from './effects';

/** The id of an object, or a subselect for an object created earlier in the same batch. */
export type ObjectId = string | number | SQL;

export type AuditRow = Omit<AuditEntry, 'actorUserId' | 'objectId' | 'ip'> & {
  actorUserId: number | null | SQL;
  objectId?: ObjectId;
  ip?: string | null;
};

export type Committed = { kind: 'ok'; touched: Touched; rows: Record<string, unknown>[]; results: D1Result[] };

const ALWAYS = sql`1 = 1`;
const dialect = new SQLiteAsyncDialect();
const sqlText = (statement: BatchStatement) => (statement instanceof SQL ? dialect.sqlToQuery(statement) : statement.toSQL()).sql;

/**
 * The one way a command writes: a guarded batch, committed as one D1 transaction in one round trip.
 *
 * - `change(statement)` is the guarded change itself (`UPDATE … WHERE id = ? AND status = ? AND version = ?`, with
 *   `.returning()` when the command needs the new row). It comes first; the kernel follows it with
 *   `abortUnlessChanged()`, so when it matched no row the whole batch rolls back and `commit()` answers `conflict`.
 * - `guard(condition)` instead, for a batch whose guard is a condition rather than one row's change (a project's
 *   version, a member who must still be an owner): every statement the kernel builds then carries it, the change
 *   comes last and its changed-row count decides. Call it before adding statements.
 * - `add(...)` the command's own statements, `audit(…)` its audit row, `mail(…)`/`mailToUsers(…)` queued mail: all
 *   written only together with the change.
 * - `afterChange(...)`, after `guard()`: statements that must run right behind the change, because they refer to the
 *   row it created (e.g. guarded by `changes() > 0`).
 *
 * `commit()` also notes what the batch touched (mail queued, tables the public site reads) in `ctx.effects`, so the
 * request's `afterCommands()` delivers the mail and invalidates the public pages: no route does that by hand.
 */
export class CommandBatch {
  private readonly statements: BatchStatement[] = [];
  private condition: SQL = ALWAYS;
  private guardedChange: BatchStatement | null = null;
  private readonly trailing: BatchStatement[] = [];
  private changeFirst = false;

  constructor(private readonly ctx: CommandContext) {}

  /** The condition every kernel-built statement carries (see the class comment); `ALWAYS` until `guard()` is called. */
  get while(): SQL {
    return this.condition;
  }

  guard(condition: SQL): this {
    if (this.statements.length > 0 || this.guardedChange) throw new Error('guard() must come before the statements');
    this.condition = condition;
    return this;
  }

  /** The guarded change: first with its abort (`change`), or, after `guard()`, last with its changed-row count. */
  change(statement: BatchStatement): this {
    if (this.guardedChange) throw new Error('a command batch has one guarded change');
    this.guardedChange = statement;
    this.changeFirst = this.condition === ALWAYS;
    if (this.changeFirst && this.statements.length > 0) throw new Error('change() comes before the other statements');
    return this;
  }

  add(...statements: BatchStatement[]): this {
    this.statements.push(...statements);
    return this;
  }

  afterChange(...statements: BatchStatement[]): this {
    if (this.condition === ALWAYS) throw new Error('afterChange() needs guard(): without it, every statement already follows the change');
    this.trailing.push(...statements);
    return this;
  }

  /** The audit row (at `ctx.now`, from `ctx.ip` unless given), written only with the change. */
  audit(entry: AuditRow): this {
    return this.add(auditRow(this.ctx, entry, this.condition));
  }

  /** A message to one address, queued only with the change. */
  mail(mail: OutgoingMail): this {
    return this.add(mailRow(this.ctx, mail, this.condition));
  }

  /** A message to every user `where` selects (`u` is the users table), each in their own language. */
  mailToUsers(kind: string, mail: LocalisedMail, where: SQL): this {
    return this.add(queueMailToUsersStatement(this.ctx.db, kind, mail, sql`(${where}) AND ${this.condition}`));
  }

  /** Runs the batch: `ok` with the change's RETURNING rows, or `conflict` when the guard no longer held. */
  async commit(): Promise<Committed | { kind: 'conflict' }> {
    const change = this.guardedChange;
    const all = !change
      ? this.statements
      : this.changeFirst
        ? [change, abortUnlessChanged(), ...this.statements]
        : [...this.statements, change, ...this.trailing];
    if (all.length === 0) throw new Error('an empty command batch');
    let results: D1Result[];
    try {
      results = await runBatch(this.ctx.db, all);
    } catch (error) {
      if (isTransitionConflict(error)) return { kind: 'conflict' };
      throw error;
    }
    const changeResult = change ? results[this.changeFirst ? 0 : this.statements.length] : undefined;
    if (change && !this.changeFirst && (changeResult?.meta.changes ?? 0) === 0) return { kind: 'conflict' };
    const touched = touchedBy(all.map(sqlText));
    this.ctx.effects?.record(touched);
    return { kind: 'ok', touched, rows: (changeResult?.results ?? []) as Record<string, unknown>[], results };
  }
}

export const commandBatch = (ctx: CommandContext) => new CommandBatch(ctx);

/**
 * The audit row as one statement, written only while `condition` holds: for a batch another feature builds (an
 * invitation's extra statements), or a batch of entries each under its own guard (approving several at once). Inside
 * a command batch with one guard use `batch.audit(…)`.
 */
export function auditRow(ctx: CommandContext, entry: AuditRow, condition: SQL = ALWAYS) {
  const objectId = entry.objectId;
  return insertSelect(
    ctx.db,
    auditLog,
    {
      at: ctx.now,
      actorUserId: entry.actorUserId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: objectId === undefined ? null : objectId instanceof SQL ? sql`CAST(${objectId} AS TEXT)` : String(objectId),
      result: entry.result ?? 'success',
      ip: entry.ip === undefined ? ctx.ip : entry.ip,
      detail: entry.detail ? detailJson(entry.detail) : null,
    },
    sql`WHERE ${condition}`,
  );
}

/** A message to one address as one statement, queued only while `condition` holds; see `auditRow`. */
export function mailRow(ctx: CommandContext, mail: OutgoingMail, condition: SQL = ALWAYS) {
  return insertSelect(
    ctx.db,
    outbox,
    { toAddress: mail.to.toLowerCase(), subject: mail.subject, bodyText: mail.body, kind: mail.kind },
    sql`WHERE ${condition}`,
  );
}

/** The audit detail as JSON text; a value that is a subselect (an id made earlier in the batch) is read in SQL. */
function detailJson(detail: Record<string, unknown>): string | SQL {
  const entries = Object.entries(detail);
  if (!entries.some(([, value]) => value instanceof SQL)) return JSON.stringify(detail);
  const pairs = entries.map(([key, value]) => (value instanceof SQL ? sql`${key}, ${value}` : sql`${key}, json(${JSON.stringify(value)})`));
  return sql`json_object(${sql.join(pairs, sql`, `)})`;
}

/** Rows changed by one statement of a committed batch. */
export const changedRows = (result: D1Result | undefined): number => result?.meta.changes ?? 0;
