/**
 * The messages D1 gives when the database cannot be reached or took too long (as opposed to a bug such as a
 * constraint or syntax error, which stays a 500): a lost connection, a storage timeout or reset, an overloaded or
 * unavailable database. Drizzle wraps them, so the whole `cause` chain is read.
 */
const UNAVAILABLE =
  /Network connection lost|exceeded timeout|object to be reset|overloaded|D1 DB is unavailable|internal error in D1|Too many requests queued/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    if (UNAVAILABLE.test(String((e as { message?: unknown }).message ?? e))) return true;
  }
  return false;
}
