import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { JOIN_METHODS, PILLAR_IDS, TARGET_GROUPS } from '../../src/db/enums';
import { seedDemoData } from '../../src/db/seed';
import { DEMO_ACTIVITIES, demoActivityStatements } from '../../src/db/seed/activities';
import { addDays, localDate, endOfWeek } from '../../src/dates';
import { publiclyVisibleActivity } from '../../src/features/activities/visibility';
import { statement } from '../../src/features/activities/statement';
import { sql } from 'drizzle-orm';
import { db } from '../helpers';

const COUNTED_TABLES = [
  'pillars',
  'neighbourhoods',
  'organisations',
  'activities',
  'activity_pillars',
  'activity_neighbourhoods',
  'activity_target_groups',
  'activity_organisers',
  'activity_exceptions',
  'activities_fts',
];

async function counts() {
  const result: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
    result[table] = row!.n;
  }
  return result;
}

async function all<T>(query: string) {
  return (await env.DB.prepare(query).all<T>()).results;
}

describe('demo activities', () => {
  it("keeps every insert statement within D1's 100 bound parameters", () => {
    for (const s of demoActivityStatements(db(), new Date())) {
      const { params } = (s as unknown as { toSQL(): { params: unknown[] } }).toSQL();
      expect(params.length).toBeLessThanOrEqual(100);
    }
  });

  it('has unique titles (the seed links tags and projects to activities by title)', () => {
    const titles = DEMO_ACTIVITIES.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('seeds once: a second run changes nothing', async () => {
    const first = await seedDemoData(db());
    expect(first.seeded).toBe(true);
    const before = await counts();
    const second = await seedDemoData(db());
    expect(second.seeded).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.activities).toBeGreaterThanOrEqual(45);
    expect(before.activities_fts).toBe(before.activities);
  });

  it('are published, confirmed demo content, clearly marked', async () => {
    const rows = await all<{ status: string; is_demo: number; confirmed_at: number | null; description: string }>(
      'SELECT status, is_demo, confirmed_at, description FROM activities',
    );
    for (const r of rows) {
      expect(r.status).toBe('published');
      expect(r.is_demo).toBe(1);
      expect(r.confirmed_at).not.toBeNull();
      expect(r.description).toContain('Voorbeeldactiviteit (demo)');
    }
  });

  it('at least 40 are public now, a few are already past', async () => {
    const today = localDate(new Date());
    const visible = await statement(env.DB, sql`SELECT count(*) AS n FROM activities WHERE ${publiclyVisibleActivity(today)}`).first<{ n: number }>();
    expect(visible!.n).toBeGreaterThanOrEqual(40);
    const past = await all<{ n: number }>(`SELECT count(*) AS n FROM activities WHERE last_date < '${today}'`);
    expect(past[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('spread over pillars, neighbourhoods, target groups, weekdays, kinds of schedule, cost and ways to join', async () => {
    const today = localDate(new Date());
    const pillarsUsed = (await all<{ pillar_id: string }>('SELECT DISTINCT pillar_id FROM activity_pillars')).map((r) => r.pillar_id);
    expect(pillarsUsed.sort()).toEqual([...PILLAR_IDS].sort());
    const nbUsed = await all<{ slug: string }>(
      'SELECT DISTINCT n.slug FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id',
    );
    expect(nbUsed.map((r) => r.slug).sort()).toEqual(['nazareth', 'pottenberg']);
    const groups = (await all<{ target_group: string }>('SELECT DISTINCT target_group FROM activity_target_groups')).map((r) => r.target_group);
    expect(groups.sort()).toEqual([...TARGET_GROUPS].sort());
    const masks = await all<{ weekdays: number }>("SELECT weekdays FROM activities WHERE schedule_kind = 'weekly'");
    const allDays = masks.reduce((acc, r) => acc | r.weekdays, 0);
    expect(allDays).toBe(0b1111111);
    expect(masks.length).toBeGreaterThanOrEqual(20);
    const onceDates = (await all<{ first_date: string }>("SELECT first_date FROM activities WHERE schedule_kind = 'once'")).map((r) => r.first_date);
    expect(onceDates.some((d) => d >= today && d <= endOfWeek(today))).toBe(true);
    expect(onceDates.filter((d) => d > endOfWeek(today)).length).toBeGreaterThanOrEqual(5);
    expect(onceDates.some((d) => d < today)).toBe(true);
    const withPeriod = await all<{ n: number }>(
      `SELECT count(*) AS n FROM activities WHERE schedule_kind = 'weekly' AND (first_date > '${today}' OR last_date < '9999-12-31')`,
    );
    expect(withPeriod[0]!.n).toBeGreaterThanOrEqual(2);
    const exceptions = await all<{ date: string }>('SELECT date FROM activity_exceptions');
    expect(exceptions.some((e) => e.date >= today && e.date <= addDays(today, 21))).toBe(true);
    const cost = await all<{ free: number; paid: number }>('SELECT sum(cost_cents IS NULL) AS free, sum(cost_cents > 0) AS paid FROM activities');
    expect(cost[0]!.free).toBeGreaterThan(0);
    expect(cost[0]!.paid).toBeGreaterThan(0);
    const methods = (await all<{ join_method: string }>('SELECT DISTINCT join_method FROM activities')).map((r) => r.join_method);
    expect(methods.sort()).toEqual([...JOIN_METHODS].sort());
    const coOrganised = await all<{ n: number }>('SELECT count(*) AS n FROM activity_organisers');
    expect(coOrganised[0]!.n).toBeGreaterThan(0);
    const organisers = await all<{ n: number }>('SELECT count(DISTINCT organisation_id) AS n FROM activities');
    expect(organisers[0]!.n).toBeGreaterThanOrEqual(20);
  });

  it('are found by the full-text search', async () => {
    const rows = await all<{ title: string }>(
      `SELECT a.title FROM activities_fts f JOIN activities a ON a.id = f.rowid WHERE activities_fts MATCH '"taalcafe"*' ORDER BY a.title`,
    );
    expect(rows.map((r) => r.title)).toEqual(['Taalcafé Nazareth', 'Taalcafé Pottenberg']);
  });
});
