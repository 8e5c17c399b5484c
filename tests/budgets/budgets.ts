/** Performance budgets checked by `npm test` (counts and sizes only: they do not depend on the machine). */
export const BUDGETS = {
  /** D1 round trips of a public GET page. */
  publicPageRoundTrips: 1,
  /** D1 round trips of a page behind login, the session lookup included. */
  loggedInPageRoundTrips: 2,
  /** gzip-compressed HTML of one page: what fits the first TCP round trips of a slow mobile connection. */
  pageGzipBytes: 14 * 1024,
  /**
   * gzip-compressed worker bundle as `wrangler deploy` would upload it (the free plan allows 3 MB). Raised from 250 KB
   * to 330 KB when the monitor, open data, schedules and AVG features landed together (305 KB); the headroom is kept
   * small on purpose, so an accidental import (zod's full build with every locale was +65 KB, twice) still fails.
   * Raised to 380 KB when the programme plan (editor, public pages, goal links) and photos/logos landed (359 KB).
   */
  bundleGzipBytes: 380 * 1024,
} as const;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
