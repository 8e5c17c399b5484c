import { describe, it } from 'vitest';
import { ROUTE_CASES } from './cases';
import type { RouteCase } from './cases/case';
import type { Fault } from './d1-faults';
import { dryRun, expectNothingChanged, positionsFor } from './run-case';

/*
 * For each state-changing route (tests/faults/cases/): one run without a fault records the request's round trips and
 * shows it changes the database; then D1 fails (an error, then a timeout) at every position (`every: true`) or at one
 * position chosen from the route's name, and the answer must be the Dutch 503 with nothing changed.
 */
export function faultSuite(name: string, cases: RouteCase[]) {
  describe.each(cases)(`D1 fails (${name}): $route`, (c) => {
    it('answers 503 in Dutch with Retry-After; every table as before; no invalidation', async () => {
      const { trips } = await dryRun(c);
      for (const fault of ['error', 'timeout'] as Fault[]) for (const at of positionsFor(c, trips, fault)) await expectNothingChanged(c, at, fault);
    });
  });
}

for (const [name, cases] of Object.entries(ROUTE_CASES)) if (name !== 'projects') faultSuite(name, cases);
