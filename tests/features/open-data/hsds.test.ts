import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { db, request, roundTrips } from '../../helpers';

// The fields HSDS 3.0 requires of each object (schema/*.json of openreferral/specification 3.0).
const REQUIRED: Record<string, string[]> = {
  organization: ['id', 'name', 'description'],
  service: ['id', 'name', 'status'],
  location: ['id', 'location_type'],
  address: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  service_at_location: ['id', 'service_id', 'location_id'],
  schedule: ['id'],
  taxonomy: ['id', 'name', 'description'],
  taxonomy_term: ['id', 'name', 'description'],
  attribute: ['id', 'taxonomy_term_id'],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Row = Record<string, unknown>;
let doc: Record<string, Row[]>;

beforeAll(async () => {
  await seedDemoData(db());
  const res = await request('/api/hsds/export.json');
  expect(res.status).toBe(200);
  expect(roundTrips(res)).toBe(1);
  doc = (await res.json()) as Record<string, Row[]>;
});

describe('HSDS 3.0 export', () => {
  it.each(Object.entries(REQUIRED))('%s: every required field present, ids are UUIDs', (table, fields) => {
    expect(doc[table]!.length, table).toBeGreaterThan(0);
    for (const row of doc[table]!) {
      for (const field of fields) expect(row[field], `${table}.${field}`).not.toBeNull();
      for (const field of fields) expect(row[field], `${table}.${field}`).not.toBeUndefined();
      expect(row.id).toMatch(UUID);
    }
    expect(new Set(doc[table]!.map((r) => r.id)).size).toBe(doc[table]!.length);
  });

  it('every reference points at an object of the export', () => {
    const ids = (table: string) => new Set(doc[table]!.map((r) => r.id));
    const [orgs, services, locations, terms, taxonomies] = ['organization', 'service', 'location', 'taxonomy_term', 'taxonomy'].map(ids);
    for (const s of doc.service!) expect(orgs!.has(s.organization_id)).toBe(true);
    for (const sal of doc.service_at_location!) expect([services!.has(sal.service_id), locations!.has(sal.location_id)]).toEqual([true, true]);
    for (const a of doc.address!) expect(locations!.has(a.location_id)).toBe(true);
    for (const a of doc.attribute!) expect([services!.has(a.link_id), terms!.has(a.taxonomy_term_id)]).toEqual([true, true]);
    for (const t of doc.taxonomy_term!) expect(taxonomies!.has(t.taxonomy_id)).toBe(true);
  });

  it('recurring services carry RRULE fields; pillars and target groups are taxonomy terms', () => {
    const weekly = doc.schedule!.filter((s) => s.freq === 'WEEKLY');
    expect(weekly.length).toBeGreaterThan(0);
    for (const s of weekly) {
      expect(s.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      expect([1, 2, 3, 4]).toContain(s.interval); // every week, or every 2–4 weeks
      expect(s.opens_at).toMatch(/^\d{2}:\d{2}$/);
    }
    expect(doc.taxonomy_term!.map((t) => t.code)).toEqual(expect.arrayContaining(['health', 'livelihood', 'equal-chances', 'seniors']));
  });
});
