import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../../src/db/schema';
import { SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, searchTerms, toFtsQuery } from '../../../src/features/activities/search';
import { db, request } from '../../helpers';
import { cardTitles, makeActivity, makeOrganisation } from './fixtures';

const ftsQuery = (input: string) => toFtsQuery(searchTerms(input).terms);

async function matches(input: string): Promise<number[]> {
  const query = ftsQuery(input);
  if (!query) return [];
  const { results } = await env.DB.prepare('SELECT rowid AS id FROM activities_fts WHERE activities_fts MATCH ? ORDER BY rowid')
    .bind(query)
    .all<{ id: number }>();
  return results.map((r) => r.id);
}

describe('turning input into a safe FTS query', () => {
  it('quotes every word as a prefix term', () => {
    expect(ftsQuery('Taal café')).toBe('"taal"* "café"*');
  });

  it('drops FTS and SQL syntax, keeping only words', () => {
    expect(ftsQuery('"taal" OR cafe*')).toBe('"taal"* "or"* "cafe"*');
    expect(ftsQuery('NEAR(a b, 3)')).toBe('"near"* "a"* "b"* "3"*');
    expect(ftsQuery("'; DROP TABLE activities; --")).toBe('"drop"* "table"* "activities"*');
    expect(ftsQuery('title:taal ^begin {a b}')).toBe('"title"* "taal"* "begin"* "a"* "b"*');
    expect(ftsQuery('<script>')).toBe('"script"*');
  });

  it('returns nothing for input without letters or digits', () => {
    expect(ftsQuery('"*"() - :^')).toBeNull();
    expect(ftsQuery('')).toBeNull();
  });

  it('keeps letters of every script and removes duplicates', () => {
    expect(searchTerms('مرحبا Taal taal ÇAY').terms).toEqual(['مرحبا', 'taal', 'çay']);
  });

  it('limits the length and the number of words', () => {
    const long = searchTerms('a'.repeat(SEARCH_MAX_LENGTH + 50));
    expect(long.truncated).toBe(true);
    expect(long.terms[0]).toHaveLength(SEARCH_MAX_LENGTH);
    const many = searchTerms('een twee drie vier vijf zes zeven acht negen tien');
    expect(many.terms).toHaveLength(SEARCH_MAX_TERMS);
    expect(many.tooManyWords).toBe(true);
  });
});

describe('the FTS5 index over activities', () => {
  let id: number;
  beforeAll(async () => {
    const org = await makeOrganisation({ name: 'Zoekpartner' });
    const row = await makeActivity({
      organisationId: org.id,
      title: 'Taalcafé Miradorplein',
      summary: 'Samen Nederlands oefenen',
      description: 'Met vrijwilligers uit de buurt.',
      locationName: 'Buurthuis Trefpunt',
      street: 'Miradorplein 7',
    });
    id = row.id;
  });

  it('is kept in sync by triggers that exist after the migrations', async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'activities' AND name LIKE 'activities_fts%' ORDER BY name",
    ).all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual(['activities_fts_after_delete', 'activities_fts_after_insert', 'activities_fts_after_update']);
  });

  it('finds an activity by title, summary, description, location and street, ignoring accents and case', async () => {
    for (const input of ['taalcafe', 'TAALCAFÉ', 'nederlands', 'vrijwilligers', 'trefpunt', 'miradorplein 7', 'taal']) {
      expect(await matches(input)).toContain(id);
    }
  });

  it('follows an update of the text', async () => {
    await db().update(activities).set({ title: 'Koffie-ochtend Miradorplein' }).where(eq(activities.id, id));
    expect(await matches('taalcafe')).not.toContain(id);
    expect(await matches('koffie')).toContain(id);
    const list = await request('/activiteiten?zoek=koffie');
    expect(cardTitles(await list.text())).toEqual(['Koffie-ochtend Miradorplein']);
  });

  it('does not touch the index on updates of other columns', async () => {
    await db().update(activities).set({ startTime: '11:00' }).where(eq(activities.id, id));
    expect(await matches('koffie')).toContain(id);
  });

  it('forgets a deleted activity', async () => {
    const org = await makeOrganisation();
    const gone = await makeActivity({ organisationId: org.id, title: 'Verdwijntruc' });
    expect(await matches('verdwijntruc')).toEqual([gone.id]);
    await db().delete(activities).where(eq(activities.id, gone.id));
    expect(await matches('verdwijntruc')).toEqual([]);
  });

  it('runs every hostile input as a valid FTS query', async () => {
    const hostile = ['"', '""', '*', 'NEAR', 'AND', 'OR NOT', '(', ')', '-', '+', ':', '^', "'", '\\', '\u0000', '%', '_', '🙂', 'a"b', 'x* OR y*'];
    for (const input of hostile) {
      await expect(matches(input)).resolves.toBeInstanceOf(Array);
    }
  });
});
