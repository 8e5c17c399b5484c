import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from './schema';

export type Db = DrizzleD1Database<typeof schema>;

/** Counts D1 round trips: every statement execution and every batch is one trip to the database. */
export class RoundTripCounter {
  count = 0;
}

/**
 * The errors D1 in production retries by itself for a read-only query (up to two more attempts, see
 * developers.cloudflare.com/d1/best-practices/retry-queries). The local runtime (`wrangler dev`) does not, so there a
 * dropped connection on a read would be an error production never shows; `retryReads` gives it the same retries.
 */
const RETRYABLE = /Network connection lost|object to be reset|reset because its code was updated/i;
const MORE_ATTEMPTS = 2;
const READ_ONLY_START = /^\s*(select|with|explain)\b/i;
const WRITE_KEYWORD = /\b(insert|update|delete|replace|upsert|create|drop|alter|pragma|vacuum|attach|detach|reindex|analyze)\b/i;

/** Like D1's own heuristic: only SELECT, WITH and EXPLAIN, and no keyword that could write (so `replace()` is not retried either). */
export function isReadOnlySql(query: string): boolean {
  return READ_ONLY_START.test(query) && !WRITE_KEYWORD.test(query);
}

function retryable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (RETRYABLE.test(String((e as { message?: unknown }).message ?? e))) return true;
  }
  return false;
}

type Options = { retryReads?: boolean };

/** One round trip, counted; a read-only one that hit a retryable error is tried again (each attempt counts). */
async function roundTrip<T>(counter: RoundTripCounter, readOnly: boolean, options: Options, run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    counter.count++;
    try {
      return await run();
    } catch (error) {
      if (!options.retryReads || !readOnly || attempt >= MORE_ATTEMPTS || !retryable(error)) throw error;
    }
  }
}

class CountingStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    readonly query: string,
    private readonly counter: RoundTripCounter,
    private readonly options: Options,
  ) {}
  bind(...values: unknown[]) {
    return new CountingStatement(this.inner.bind(...values), this.query, this.counter, this.options);
  }
  private trip<T>(run: () => Promise<T>) {
    return roundTrip(this.counter, isReadOnlySql(this.query), this.options, run);
  }
  first(column?: string) {
    return this.trip(() => (column === undefined ? this.inner.first() : this.inner.first(column)));
  }
  all() {
    return this.trip(() => this.inner.all());
  }
  run() {
    return this.trip(() => this.inner.run());
  }
  raw(options?: { columnNames?: boolean }) {
    return this.trip(() => (options?.columnNames ? this.inner.raw({ columnNames: true }) : this.inner.raw()));
  }
}

function unwrap(statement: unknown): D1PreparedStatement {
  return statement instanceof CountingStatement ? statement.inner : (statement as D1PreparedStatement);
}

/**
 * Wraps a D1 binding so each round trip is counted; the wrapped object is what Drizzle talks to. With a session
 * (see replication.ts) statements and batches run in it, so reads may come from a replica that is consistent with it.
 */
export function countingD1(d1: D1Database, counter: RoundTripCounter, session?: D1DatabaseSession, options: Options = {}): D1Database {
  const queries = session ?? d1;
  const wrapped = {
    prepare: (query: string) => new CountingStatement(queries.prepare(query), query, counter, options),
    batch: (statements: unknown[]) => {
      const readOnly = statements.every((s) => s instanceof CountingStatement && isReadOnlySql(s.query));
      return roundTrip(counter, readOnly, options, () => queries.batch(statements.map(unwrap)));
    },
    exec: (query: string) => {
      counter.count++;
      return d1.exec(query);
    },
    dump: () => d1.dump(),
    // A session of a counted binding is counted too (the app runs every request in one, see replication.ts).
    withSession: (constraint?: string) => countingD1(d1.withSession(constraint) as unknown as D1Database, counter, undefined, options),
    getBookmark: () => (d1 as unknown as Partial<D1DatabaseSession>).getBookmark?.() ?? null,
  };
  return wrapped as unknown as D1Database;
}

export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}
