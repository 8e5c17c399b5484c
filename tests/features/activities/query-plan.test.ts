import { env } from 'cloudflare:workers';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { upcomingByPillarQuery, upcomingCardsQuery, upcomingCountQuery } from '../../../src/features/activities/cards';
import { db } from '../../helpers';
import { today } from './fixtures';

// Every filter of the public pages must be served by an index, never by scanning a whole table.
const dialect = new SQLiteSyncDialect();

async function plan(query: SQL): Promise<string[]> {
  const { sql, params } = dialect.sqlToQuery(query);
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((r) => r.detail);
}

beforeAll(async () => {
  await seedDemoData(db());
});

describe('query plans of the public activity queries', () => {
  it('find visible activities through activities_public_idx and compute the next date once per row', async () => {
    const steps = await plan(upcomingCountQuery(today(), {}));
    expect(steps).toContain('MATERIALIZE timed');
    expect(steps.some((s) => s.startsWith('SEARCH activities USING INDEX activities_public_idx (status=? AND last_date>?)'))).toBe(true);
    expect(steps.some((s) => /^SCAN (activities|organisations)\b/.test(s))).toBe(false);
  });

  const filters: [string, Parameters<typeof upcomingCardsQuery>[1], string][] = [
    ['pillar', { pillar: 'health' }, 'activity_pillars_pillar_idx'],
    ['neighbourhood', { neighbourhoodSlug: 'nazareth' }, 'activity_neighbourhoods_nb_idx'],
    ['target group', { targetGroup: 'seniors' }, 'activity_target_groups_tg_idx'],
    ['organisation', { organisationSlug: 'trajekt' }, 'activity_organisers_org_idx'],
    ['free text', { ftsQuery: '"taal"*' }, 'activities_fts VIRTUAL TABLE'],
  ];
  it.each(filters)('use an index for the %s filter', async (_name, filter, index) => {
    const steps = await plan(upcomingCardsQuery(today(), filter, { limit: 12, after: { date: today(), time: '10:00', id: 1 } }));
    expect(steps.some((s) => s.includes(index))).toBe(true);
    expect(steps.some((s) => /^SCAN (activities|organisations|activity_\w+)$/.test(s))).toBe(false);
  });

  it('group a neighbourhood page per pillar without scanning tables', async () => {
    const steps = await plan(upcomingByPillarQuery(today(), { neighbourhoodSlug: 'nazareth' }, 6));
    expect(steps.some((s) => /^SCAN (activities|organisations)$/.test(s))).toBe(false);
  });
});
