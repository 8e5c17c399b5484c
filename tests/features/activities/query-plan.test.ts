import { env } from 'cloudflare:workers';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { upcomingCardsQuery, upcomingCountQuery } from '../../../src/features/activities/cards';
import { db } from '../../helpers';
import { today } from './fixtures';

// A page of the public lists must cost the same with a hundred thousand activities as with a thousand: the database
// walks activities_upcoming_idx in date order and stops after the page, never sorting or scanning a whole table.
const dialect = new SQLiteSyncDialect();

async function plan(query: SQL): Promise<string[]> {
  const { sql, params } = dialect.sqlToQuery(query);
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail);
}

const scansATable = (steps: string[]) => steps.some((s) => /^SCAN (activities|organisations|activity_\w+)\b(?! USING)/.test(s));
const walksTheDateIndex = (steps: string[]) =>
  steps.some((s) => /^SEARCH activities USING (COVERING )?INDEX activities_upcoming_idx \(status=\? AND next_date>\?/.test(s));

beforeAll(async () => {
  await seedDemoData(db());
});

describe('query plans of the public activity queries', () => {
  const cursor = { limit: 12, after: { date: today(), time: '10:00', id: 1 } };

  it.each([
    ['first page', { limit: 12 }],
    ['page by number', { limit: 12, offset: 588 }],
    ['next page by cursor', cursor],
    ['previous page by cursor', { limit: 12, before: { date: today(), time: '10:00', id: 1 } }],
  ] as const)('walk the date index in order for the %s, without sorting every activity', async (_name, page) => {
    const steps = await plan(upcomingCardsQuery(today(), {}, page));
    expect(walksTheDateIndex(steps)).toBe(true);
    expect(scansATable(steps)).toBe(false);
    // The only sort allowed is of the few rows of one page (the two parts merged), never of the index walk itself.
    const stored = steps.findIndex((s) => s.includes('activities_upcoming_idx'));
    expect(steps[stored + 1] ?? '').not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  });

  it('count through the date index alone, stopping at the cap', async () => {
    const steps = await plan(upcomingCountQuery(today(), {}));
    expect(walksTheDateIndex(steps)).toBe(true);
    // Covering: the visibility test reads only the index, never the rows it walks past.
    expect(steps.some((s) => s.startsWith('SEARCH activities USING COVERING INDEX activities_upcoming_idx'))).toBe(true);
    expect(scansATable(steps)).toBe(false);
  });

  const walking: [string, Parameters<typeof upcomingCardsQuery>[1]][] = [
    ['pillar', { pillar: 'health' }],
    ['neighbourhood', { neighbourhoodSlug: 'nazareth' }],
    ['target group', { targetGroup: 'seniors' }],
    ['pillar + neighbourhood', { pillar: 'health', neighbourhoodSlug: 'pottenberg' }],
    ['this week', { until: today() }],
  ];
  it.each(walking)('walk the date index for the %s filter and check each row by its key', async (_name, filter) => {
    const steps = await plan(upcomingCardsQuery(today(), filter, cursor));
    expect(walksTheDateIndex(steps)).toBe(true);
    expect(scansATable(steps)).toBe(false);
  });

  it.each(walking)('count for the %s filter in the date index alone, without looking up a link table', async (_name, filter) => {
    const steps = await plan(upcomingCountQuery(today(), filter));
    expect(steps.some((s) => s.startsWith('SEARCH activities USING COVERING INDEX activities_upcoming_idx'))).toBe(true);
    expect(steps.filter((s) => /activity_(pillars|neighbourhoods|target_groups)/.test(s))).toEqual([]);
  });

  it('start from the few activities of one organisation', async () => {
    const steps = await plan(upcomingCardsQuery(today(), { organisationSlug: 'trajekt' }, cursor));
    expect(steps.some((s) => s.includes('activity_organisers_org_idx'))).toBe(true);
    expect(walksTheDateIndex(steps)).toBe(false);
    expect(scansATable(steps)).toBe(false);
  });

  it('for free text, both start from the matches (a rare word) and walk the date index (a common one)', async () => {
    // Which of the two runs is decided in the query itself (MANY_MATCHES); search-many.test.ts checks both give the same.
    const steps = await plan(upcomingCardsQuery(today(), { ftsQuery: '"taal"*' }, cursor));
    expect(steps.some((s) => s.includes('activities_fts VIRTUAL TABLE'))).toBe(true);
    expect(walksTheDateIndex(steps)).toBe(true);
    expect(scansATable(steps)).toBe(false);
  });
});
