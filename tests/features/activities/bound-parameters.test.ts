import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { upcomingCardsQuery, upcomingCountQuery, type PageRequest } from '../../../src/features/activities/cards';
import type { ActivityFilter } from '../../../src/features/activities/upcoming';
import { today } from './fixtures';

// D1 refuses a statement with more than 100 bound parameters (the local runtime does not check). The list queries
// repeat their parameters in every part (stored and computed dates, and for a search both ways of finding it), so the
// fullest combination of filters and a cursor must stay under the limit.
const D1_MAX_BOUND_PARAMETERS = 100;
const dialect = new SQLiteSyncDialect();
const parameters = (query: Parameters<SQLiteSyncDialect['sqlToQuery']>[0]) => dialect.sqlToQuery(query).params.length;

const everyFilter: ActivityFilter = {
  ftsQuery: '"taal"* "café"* "buurt"* "koffie"* "samen"* "wijk"* "nazareth"* "pottenberg"*',
  pillar: 'health',
  neighbourhoodSlug: 'pottenberg',
  targetGroup: 'seniors',
  from: today(),
  until: today(),
};
const cursor = { date: today(), time: '10:00', id: 5 };

describe(`list queries stay within D1's ${D1_MAX_BOUND_PARAMETERS} bound parameters`, () => {
  it.each([
    ['every filter', everyFilter],
    ['every filter with an organisation', { ...everyFilter, organisationSlug: 'trajekt' }],
  ] as [string, ActivityFilter][])('%s', (_name, filter) => {
    const pages: PageRequest[] = [{ limit: 13 }, { limit: 13, offset: 600 }, { limit: 13, after: cursor }, { limit: 13, before: cursor }];
    for (const page of pages) expect(parameters(upcomingCardsQuery(today(), filter, page))).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
    expect(parameters(upcomingCountQuery(today(), filter))).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
  });
});
