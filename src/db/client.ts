import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from './schema';

export type Db = DrizzleD1Database<typeof schema>;

/** Counts D1 round trips: every statement execution and every batch is one trip to the database. */
export class RoundTripCounter {
  count = 0;
}

class CountingStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly counter: RoundTripCounter,
  ) {}
  bind(...values: unknown[]) {
    return new CountingStatement(this.inner.bind(...values), this.counter);
  }
  first(column?: string) {
    this.counter.count++;
    return column === undefined ? this.inner.first() : this.inner.first(column);
  }
  all() {
    this.counter.count++;
    return this.inner.all();
  }
  run() {
    this.counter.count++;
    return this.inner.run();
  }
  raw(options?: { columnNames?: boolean }) {
    this.counter.count++;
    return options?.columnNames ? this.inner.raw({ columnNames: true }) : this.inner.raw();
  }
}

function unwrap(statement: unknown): D1PreparedStatement {
  return statement instanceof CountingStatement ? statement.inner : (statement as D1PreparedStatement);
}

/**
 * Wraps a D1 binding so each round trip is counted; the wrapped object is what Drizzle talks to. With a session
 * (see replication.ts) statements and batches run in it, so reads may come from a replica that is consistent with it.
 */
export function countingD1(d1: D1Database, counter: RoundTripCounter, session?: D1DatabaseSession): D1Database {
  const queries = session ?? d1;
  const wrapped = {
    prepare: (query: string) => new CountingStatement(queries.prepare(query), counter),
    batch: (statements: unknown[]) => {
      counter.count++;
      return queries.batch(statements.map(unwrap));
    },
    exec: (query: string) => {
      counter.count++;
      return d1.exec(query);
    },
    dump: () => d1.dump(),
    // A session of a counted binding is counted too (the app runs every request in one, see replication.ts).
    withSession: (constraint?: string) => countingD1(d1.withSession(constraint) as unknown as D1Database, counter),
    getBookmark: () => (d1 as unknown as Partial<D1DatabaseSession>).getBookmark?.() ?? null,
  };
  return wrapped as unknown as D1Database;
}

export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}
