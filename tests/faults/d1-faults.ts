import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/app';

export type Fault = 'error' | 'timeout';

/** What D1 answers when the connection drops, and when a storage operation takes too long. */
const MESSAGES: Record<Fault, string> = {
  error: 'D1_ERROR: Network connection lost.',
  timeout: 'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
};

/** A statement that fails while it runs (not while it is prepared), so the statements before it in a batch really ran. */
const FAILS_WHILE_RUNNING = 'SELECT abs(-9223372036854775808)';

/**
 * Where to fail: the `trip`-th round trip of the request (0-based: a statement's first/all/run/raw, or a batch); for a
 * batch, `statement` picks the statement inside it that fails, after the ones before it ran in the same transaction.
 */
export type Position = { trip: number; statement?: number };

/** One round trip as the request made it: a single statement, or a batch of `size` statements. */
export type Trip = { batch: number | null };

/**
 * Wraps the D1 binding so that the round trip at `at` fails with `fault` (null: nothing fails, the trips are only
 * recorded). A batch failing at statement k runs on the real database with statement k replaced by one that errors,
 * so D1 itself rolls back the statements before it; the error the app sees is then the fault's own message.
 */
export function faultyD1(inner: D1Database, at: Position | null, fault: Fault) {
  const state = { calls: 0, failed: false, trips: [] as Trip[] };
  const trip = <T>(batch: number | null, run: (failing: boolean) => Promise<T>): Promise<T> => {
    const index = state.calls++;
    state.trips.push({ batch });
    if (at === null || index !== at.trip) return run(false);
    state.failed = true;
    if (batch === null || at.statement === undefined) return Promise.reject(new Error(MESSAGES[fault]));
    return run(true).then(
      () => Promise.reject(new Error(`the batch did not fail at statement ${at.statement}`)),
      () => Promise.reject(new Error(MESSAGES[fault])),
    );
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    ({
      inner: statement,
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      first: (column?: string) => trip(null, () => (column === undefined ? statement.first() : statement.first(column))),
      all: () => trip(null, () => statement.all()),
      run: () => trip(null, () => statement.run()),
      raw: (options?: { columnNames?: boolean }) => trip(null, () => (options?.columnNames ? statement.raw({ columnNames: true }) : statement.raw())),
    }) as unknown as D1PreparedStatement;
  const unwrap = (s: D1PreparedStatement) => (s as unknown as { inner?: D1PreparedStatement }).inner ?? s;
  const d1 = {
    prepare: (query: string) => wrap(inner.prepare(query)),
    batch: (statements: D1PreparedStatement[]) =>
      trip(statements.length, (failing) =>
        inner.batch(statements.map((s, i) => (failing && i === at?.statement ? inner.prepare(FAILS_WHILE_RUNNING) : unwrap(s)))),
      ),
    exec: (query: string) => trip(null, () => inner.exec(query)),
    dump: () => inner.dump(),
    // The app runs every request in a D1 session (src/db/replication.ts); the faulty binding is its own session.
    withSession: () => d1,
    getBookmark: () => null,
  } as unknown as D1Database;
  return { d1, state };
}

/** Every position of a request's round trips: each single statement, and each statement inside each batch. */
export function positionsOf(trips: readonly Trip[]): Position[] {
  return trips.flatMap((t, trip) => (t.batch === null ? [{ trip }] : Array.from({ length: t.batch }, (_, statement) => ({ trip, statement }))));
}

export type Sent = { path: string; body?: BodyInit; headers?: Record<string, string>; cookie?: string; method?: string };

/** Sends a request to the app with the faulty binding and waits for everything it scheduled (waitUntil) to finish. */
export async function requestWithFault(sent: Sent, at: Position | null, fault: Fault) {
  const { d1, state } = faultyD1(env.DB, at, fault);
  const ctx = createExecutionContext();
  const headers = new Headers(sent.headers);
  const method = sent.method ?? (sent.body === undefined ? 'GET' : 'POST');
  if (method !== 'GET') headers.set('Origin', 'http://localhost');
  if (sent.cookie) headers.set('Cookie', sent.cookie);
  const res = await createApp().request(
    `http://localhost${sent.path}`,
    { method, body: sent.body, headers, redirect: 'manual' },
    { ...env, DB: d1 },
    ctx,
  );
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, state };
}
