/** Performance budgets checked by `npm test` (counts and sizes only: they do not depend on the machine). */
export const BUDGETS = {
  /** D1 round trips of a public GET page. */
  publicPageRoundTrips: 1,
  /** D1 round trips of a page behind login, the session lookup included. */
  loggedInPageRoundTrips: 2,
  /** gzip-compressed HTML of one page: what fits the first TCP round trips of a slow mobile connection. */
  pageGzipBytes: 14 * 1024,
  /** gzip-compressed worker bundle as `wrangler deploy` would upload it. */
  bundleGzipBytes: 250 * 1024,
} as const;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
