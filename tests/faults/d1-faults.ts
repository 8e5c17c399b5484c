import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/app';

export type Fault = 'error' | 'timeout';

/** What D1 answers when the connection drops, and when a storage operation takes too long. */
const MESSAGES: Record<Fault, string> = {
  error: 'D1_ERROR: Network connection lost.',
  timeout: 'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
};

/**
 * Wraps the D1 binding so that the `failAt`-th round trip (0-based: a statement's first/all/run/raw, or a batch)
 * fails with `fault` instead of reaching the database; every other call goes through. `calls` counts round trips.
 */
export function faultyD1(inner: D1Database, failAt: number, fault: Fault) {
  const state = { calls: 0, failed: false };
  const trip = <T>(run: () => Promise<T>): Promise<T> => {
    if (state.calls++ === failAt) {
      state.failed = true;
      return Promise.reject(new Error(MESSAGES[fault]));
    }
    return run();
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    ({
      inner: statement,
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      first: (column?: string) => trip(() => (column === undefined ? statement.first() : statement.first(column))),
      all: () => trip(() => statement.all()),
      run: () => trip(() => statement.run()),
      raw: (options?: { columnNames?: boolean }) => trip(() => (options?.columnNames ? statement.raw({ columnNames: true }) : statement.raw())),
    }) as unknown as D1PreparedStatement;
  const d1 = {
    prepare: (query: string) => wrap(inner.prepare(query)),
    batch: (statements: D1PreparedStatement[]) => trip(() => inner.batch(statements.map((s) => (s as unknown as { inner: D1PreparedStatement }).inner ?? s))),
    exec: (query: string) => trip(() => inner.exec(query)),
    dump: () => inner.dump(),
    // The app runs every request in a D1 session (src/db/replication.ts); the faulty binding is its own session.
    withSession: () => d1,
    getBookmark: () => null,
  } as unknown as D1Database;
  return { d1, state };
}

/** Sends a request to the app with the faulty binding and waits for everything it scheduled (waitUntil) to finish. */
export async function requestWithFault(path: string, init: RequestInit, failAt: number, fault: Fault) {
  const { d1, state } = faultyD1(env.DB, failAt, fault);
  const ctx = createExecutionContext();
  const headers = new Headers(init.headers);
  if (init.method === 'POST') headers.set('Origin', 'http://localhost');
  const res = await createApp().request(`http://localhost${path}`, { ...init, headers, redirect: 'manual' }, { ...env, DB: d1 }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, state };
}
