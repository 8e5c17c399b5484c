import { env } from 'cloudflare:workers';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { addDays } from '../../../src/dates';
import { ATOM_ENTRIES } from '../../../src/features/open-data/atom';
import { newlyPublishedQuery } from '../../../src/features/open-data/queries';
import { db, request, roundTrips } from '../../helpers';
import { insertOnceActivities, makeActivity, makeOrganisation, today } from '../activities/fixtures';

// The Atom feed of newly published activities: the newest publications of the filter, not "the newest among the
// next 500 dates". 600 activities soon (published long ago) push a fresh one with a date far ahead past any
// date-ordered window; it must still be the first entry.
const FAR = 200;
let newestId = 0;
let filteredIds: number[] = [];

/** Entry ids and publication times of an Atom document, in document order. */
function entries(xml: string): { id: number; published: string; title: string }[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: Number(/<id>[^<]*\/activiteiten\/(\d+)<\/id>/.exec(entry!)![1]),
    published: /<published>([^<]+)<\/published>/.exec(entry!)![1]!,
    title: /<title[^>]*>([^<]*)<\/title>/.exec(entry!)![1]!,
  }));
}

/** The expected feed, written independently of the app: visible, the filter by the link tables, newest first. */
async function expectedIds(where = '1 = 1', limit = ATOM_ENTRIES): Promise<number[]> {
  const { results } = await env.DB.prepare(
    `SELECT a.id FROM activities a JOIN organisations o ON o.id = a.organisation_id
      WHERE a.status = 'published' AND a.stale_hidden_at IS NULL AND a.last_date >= ? AND o.status = 'approved' AND (${where})
      ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
  )
    .bind(today(), limit)
    .all<{ id: number }>();
  return results.map((r) => r.id);
}

beforeAll(async () => {
  await seedDemoData(db());
  const org = await makeOrganisation({ name: 'Atom volgorde' });
  await insertOnceActivities(org.id, 600, { title: "'Vroeg ' || i", daysAhead: '1 + i % 20', startTime: "'09:00'" });
  await env.DB.prepare('UPDATE activities SET published_at = 1000000 + id WHERE organisation_id = ?').bind(org.id).run();
  const now = Date.now();
  newestId = (
    await makeActivity({ organisationId: org.id, title: 'Nieuwste publicatie', onceIn: FAR, pillars: ['livelihood'], neighbourhoods: ['nazareth'] })
  ).id;
  const older = [];
  for (let i = 0; i < 3; i++)
    older.push(
      (await makeActivity({ organisationId: org.id, title: `Ouder ${i}`, onceIn: 5 + i, pillars: ['livelihood'], neighbourhoods: ['nazareth'] })).id,
    );
  // Published in an order unlike the id order and the date order: 2, 0, 1 (newest first).
  const stamps: [number, number][] = [
    [newestId, now + 60_000],
    [older[2]!, now + 50_000],
    [older[0]!, now + 40_000],
    [older[1]!, now + 30_000],
  ];
  for (const [id, at] of stamps) await env.DB.prepare('UPDATE activities SET published_at = ? WHERE id = ?').bind(at, id).run();
  filteredIds = [newestId, older[2]!, older[0]!, older[1]!];
});

describe('/activiteiten.atom', () => {
  it('holds the newest publications of all, newest first, bounded to 50, in one round trip', async () => {
    const res = await request('/activiteiten.atom');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const list = entries(await res.text());
    expect(list).toHaveLength(ATOM_ENTRIES);
    expect(list[0]!.id).toBe(newestId);
    expect(list.map((e) => e.id)).toEqual(await expectedIds());
    const times = list.map((e) => Date.parse(e.published));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('applies the filter before taking the newest', async () => {
    const xml = await (await request('/activiteiten.atom?pijler=livelihood&wijk=nazareth')).text();
    const ids = entries(xml).map((e) => e.id);
    const where = `EXISTS (SELECT 1 FROM activity_pillars p WHERE p.activity_id = a.id AND p.pillar_id = 'livelihood')
      AND EXISTS (SELECT 1 FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id WHERE an.activity_id = a.id AND n.slug = 'nazareth')`;
    expect(ids).toEqual(await expectedIds(where));
    expect(ids.slice(0, 4)).toEqual(filteredIds);
  });

  it('the search and the dates count too', async () => {
    const search = entries(await (await request('/activiteiten.atom?zoek=Nieuwste')).text());
    expect(search.map((e) => e.id)).toEqual([newestId]);
    const late = entries(await (await request(`/activiteiten.atom?van=${addDays(today(), FAR - 1)}`)).text());
    expect(late[0]!.id).toBe(newestId);
    expect(late.some((e) => e.title.startsWith('Vroeg'))).toBe(false);
    const soon = entries(await (await request(`/activiteiten.atom?tot=${addDays(today(), 30)}`)).text());
    expect(soon.map((e) => e.id)).not.toContain(newestId);
    expect(soon).toHaveLength(ATOM_ENTRIES);
  });

  it('an unknown filter value is the Dutch 400 page naming the filter, not an empty feed', async () => {
    const res = await request('/activiteiten.atom?wijk=bestaat-niet');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dit adres klopt niet helemaal');
    expect(html).toContain('<code>wijk</code>');
  });

  it('reads one range of activities_published_idx newest first, never sorting the activities', async () => {
    const { sql, params } = new SQLiteSyncDialect().sqlToQuery(
      newlyPublishedQuery(today(), { pillar: 'health', targetGroup: 'seniors' }, ATOM_ENTRIES),
    );
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ id: number; parent: number; detail: string }>();
    const walk = results.find((r) => r.detail.includes('activities_published_idx'));
    // Not marked COVERING only for the computed next date (the ELSE branch reads the schedule): SQLite defers the
    // row read until that branch runs, for the few rows whose stored next date lies before `van`.
    expect(walk?.detail, results.map((r) => r.detail).join('\n')).toMatch(
      /^SEARCH activities USING (COVERING )?INDEX activities_published_idx \(status=\?\)$/,
    );
    // The only sort is of the 50 rows picked (the outer query), never inside the walk's subquery.
    const sorts = results.filter((r) => r.detail.startsWith('USE TEMP B-TREE'));
    for (const sort of sorts) expect(sort.parent).not.toBe(walk!.parent);
    expect(results.some((r) => /^SCAN activities\b/.test(r.detail))).toBe(false);
  });
});

describe('the published_at migration', () => {
  it('fills the publication moment from the last approval in the audit log, else the last change', async () => {
    const org = await makeOrganisation({ name: 'Backfill' });
    const audited = (await makeActivity({ organisationId: org.id, title: 'Met audit' })).id;
    const plain = (await makeActivity({ organisationId: org.id, title: 'Zonder audit' })).id;
    const draft = (await makeActivity({ organisationId: org.id, title: 'Concept', status: 'draft' })).id;
    await env.DB.prepare('UPDATE activities SET published_at = NULL, updated_at = 5000 WHERE id IN (?, ?, ?)').bind(audited, plain, draft).run();
    await env.DB.prepare(
      "INSERT INTO audit_log (at, action, object_type, object_id) VALUES (1000, 'activity.approve', 'activity', ?), (2000, 'activity.approve', 'activity', ?), (3000, 'activity.submit', 'activity', ?)",
    )
      .bind(String(audited), String(audited), String(audited))
      .run();
    const backfill = env.TEST_MIGRATIONS.find((m) => m.name.includes('published_at'))!.queries[0]!;
    await env.DB.prepare(backfill).run();
    const at = (id: number) => env.DB.prepare('SELECT published_at AS at FROM activities WHERE id = ?').bind(id).first<number | null>('at');
    expect(await at(audited)).toBe(2000);
    expect(await at(plain)).toBe(5000);
    expect(await at(draft)).toBeNull();
  });
});
