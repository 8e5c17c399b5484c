import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1, isReadOnlySql, RoundTripCounter } from '../../src/db/client';
import { retriesD1Reads } from '../../src/security/environment';

/** The real binding, with the first `failures` round trips failing with `message` before they reach the database. */
function flaky(failures: number, message = 'D1_ERROR: Network connection lost.') {
  let left = failures;
  const fail = <T>(run: () => Promise<T>) => (left-- > 0 ? Promise.reject(new Error(message)) : run());
  const wrap = (s: D1PreparedStatement): D1PreparedStatement =>
    ({
      bind: (...v: unknown[]) => wrap(s.bind(...v)),
      first: (c?: string) => fail(() => (c === undefined ? s.first() : s.first(c))),
      all: () => fail(() => s.all()),
      run: () => fail(() => s.run()),
      raw: () => fail(() => s.raw()),
      inner: s,
    }) as unknown as D1PreparedStatement;
  return {
    prepare: (q: string) => wrap(env.DB.prepare(q)),
    batch: (list: D1PreparedStatement[]) => fail(() => env.DB.batch(list.map((s) => (s as unknown as { inner: D1PreparedStatement }).inner))),
  } as unknown as D1Database;
}

const retrying = (failures: number, message?: string) => {
  const counter = new RoundTripCounter();
  return { counter, d1: countingD1(flaky(failures, message), counter, undefined, { retryReads: true }) };
};

describe('read retries in the local runtime (as D1 does in production)', () => {
  it('tries a read that lost its connection up to twice more, counting every attempt', async () => {
    const { counter, d1 } = retrying(2);
    expect(await d1.prepare('SELECT 41 + 1 AS n').first('n')).toBe(42);
    expect(counter.count).toBe(3);
    await expect(retrying(3).d1.prepare('SELECT 1').all()).rejects.toThrow(/Network connection lost/);
  });

  it('retries a batch only when every statement in it reads', async () => {
    const reads = retrying(1);
    const [a, b] = await reads.d1.batch([reads.d1.prepare('SELECT 1 AS n'), reads.d1.prepare('WITH x AS (SELECT 2 AS n) SELECT n FROM x')]);
    expect([a!.results, b!.results]).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    expect(reads.counter.count).toBe(2);
    const mixed = retrying(1);
    await expect(mixed.d1.batch([mixed.d1.prepare('SELECT 1'), mixed.d1.prepare('UPDATE users SET name = name WHERE id = -1')])).rejects.toThrow(
      /Network connection lost/,
    );
    expect(mixed.counter.count).toBe(1);
  });

  it('never retries a write, nor an error that is not a dropped connection or reset', async () => {
    const write = retrying(1);
    await expect(write.d1.prepare('UPDATE users SET name = name WHERE id = -1').run()).rejects.toThrow(/Network connection lost/);
    expect(write.counter.count).toBe(1);
    const bug = retrying(1, 'D1_ERROR: no such column: nope');
    await expect(bug.d1.prepare('SELECT 1').first()).rejects.toThrow(/no such column/);
    expect(bug.counter.count).toBe(1);
  });

  it('is off unless asked for, and asked for only in the local runtime, not under the fault tests nor in production', async () => {
    const counter = new RoundTripCounter();
    await expect(countingD1(flaky(1), counter).prepare('SELECT 1').first()).rejects.toThrow(/Network connection lost/);
    expect(counter.count).toBe(1);
    expect(['development', 'bench', 'test', 'production', undefined].map(retriesD1Reads)).toEqual([true, true, false, false, false]);
  });

  it('tells reads from writes the way D1 does', () => {
    expect(isReadOnlySql('select updated_at, deleted_by from activities')).toBe(true);
    expect(isReadOnlySql('  WITH a AS (SELECT 1) SELECT * FROM a')).toBe(true);
    expect(isReadOnlySql('EXPLAIN QUERY PLAN SELECT 1')).toBe(true);
    expect(isReadOnlySql('insert into audit_log select 1')).toBe(false);
    expect(isReadOnlySql('WITH a AS (SELECT 1) DELETE FROM x')).toBe(false);
    expect(isReadOnlySql("SELECT replace(title, 'a', 'b') FROM activities")).toBe(false);
    expect(isReadOnlySql('UPDATE x SET y = 1 RETURNING *')).toBe(false);
  });
});
