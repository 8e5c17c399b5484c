import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { ROUTE_CASES, WITHOUT_A_WRITE } from './cases';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('every state-changing route has a fault case', () => {
  const registered = [
    ...new Set(
      createApp()
        .routes.filter((r) => STATE_CHANGING.has(r.method))
        .map((r) => `${r.method} ${r.path}`),
    ),
  ];
  const covered = Object.values(ROUTE_CASES)
    .flat()
    .map((c) => c.route);

  it('lists every POST/PUT/PATCH/DELETE route of the app in tests/faults/cases (or in WITHOUT_A_WRITE with a reason)', () => {
    const missing = registered.filter((route) => !covered.includes(route) && !(route in WITHOUT_A_WRITE));
    expect(missing, `Add a fault case for each of these routes to tests/faults/cases/ (see case.ts):\n${missing.join('\n')}\n`).toEqual([]);
  });

  it('has no case for a route that does not exist (renamed or removed), and at most one per route', () => {
    const unknown = [...covered, ...Object.keys(WITHOUT_A_WRITE)].filter((route) => !registered.includes(route));
    expect(unknown, 'These fault cases name routes the app does not register').toEqual([]);
    expect(
      covered.filter((route, i) => covered.indexOf(route) !== i),
      'routes with two cases',
    ).toEqual([]);
  });
});
