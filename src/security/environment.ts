/**
 * Development conveniences (the development mailbox with its reset and invitation links, mail links taken from the
 * Host header, the `X-D1-Round-Trips` header) are on only when ENVIRONMENT is exactly one of these. Anything else —
 * production, staging, a typo, or no value at all — gets the safe behaviour.
 */
const DEVELOPMENT_ENVIRONMENTS: readonly string[] = ['development', 'test'];

export function isDevelopmentEnvironment(environment: string | undefined): boolean {
  return environment !== undefined && DEVELOPMENT_ENVIRONMENTS.includes(environment);
}

/**
 * The diagnostic headers (`X-D1-Round-Trips`, `X-D1-Session-Start`) also on for the benchmark, which runs the portal with
 * ENVIRONMENT "bench" so the edge cache is on as in production. Still an allow-list: anything else sends none.
 */
export function sendsDiagnosticHeaders(environment: string | undefined): boolean {
  return isDevelopmentEnvironment(environment) || environment === 'bench';
}

/**
 * The local runtime (`wrangler dev`: `npm start`, the browser tests, the benchmark) does not retry a read that lost its
 * connection, as D1 does in production; there the portal does it itself. Not under vitest (ENVIRONMENT "test"), where
 * the fault tests make D1 fail on purpose and must see the failure.
 */
export function retriesD1Reads(environment: string | undefined): boolean {
  return environment === 'development' || environment === 'bench';
}
