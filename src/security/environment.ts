/**
 * Development conveniences (the development mailbox with its reset and invitation links, mail links taken from the
 * Host header, the `X-D1-Round-Trips` header) are on only when ENVIRONMENT is exactly one of these. Anything else —
 * production, staging, a typo, or no value at all — gets the safe behaviour.
 */
const DEVELOPMENT_ENVIRONMENTS: readonly string[] = ['development', 'test'];

export function isDevelopmentEnvironment(environment: string | undefined): boolean {
  return environment !== undefined && DEVELOPMENT_ENVIRONMENTS.includes(environment);
}
