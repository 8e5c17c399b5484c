import { Validator } from '@cfworker/json-schema';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { db, request, roundTrips } from '../../helpers';
import { makeActivity, makeOrganisation } from '../activities/fixtures';

type Doc = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }> };
const DOC_ID = 'https://api.test/openapi.json';
let doc: Doc;
let activityId = 0;
let organisationSlug = '';

/** Checks a body against the schema the document gives for this path and status, with the document's own $refs. */
function validate(path: string, status: string, mediaType: string, body: unknown) {
  const response = doc.paths[path]!.get.responses[status];
  expect(response, `${path} documents ${status}`).toBeDefined();
  const schema = response!.content![mediaType]!.schema;
  const validator = new Validator({ $ref: `${DOC_ID}${schema.$ref}` }, '2020-12', false);
  validator.addSchema({ ...doc, $id: DOC_ID } as never, DOC_ID);
  return validator.validate(body);
}

function check(path: string, status: string, mediaType: string, body: unknown) {
  const result = validate(path, status, mediaType, body);
  expect(result.errors.slice(0, 5), `${path} ${status}`).toEqual([]);
  expect(result.valid).toBe(true);
}

beforeAll(async () => {
  await seedDemoData(db());
  const org = await makeOrganisation();
  organisationSlug = org.slug;
  for (let i = 0; i < 30; i++) await makeActivity({ organisationId: org.id, onceIn: 2 + (i % 5), title: `Api-activiteit ${i}`, startTime: '11:00' });
  activityId = (await env.DB.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1").first<number>('id'))!;
  doc = (await (await request('/api/v1/openapi.json')).json()) as Doc;
});

describe('/api/v1', () => {
  it('every documented path answers as its schema says (200, and the problem answers)', async () => {
    const cases: [string, string, string][] = [
      ['/activities', '/api/v1/activities?limit=100', '200'],
      ['/activities', '/api/v1/activities?pijler=health&wijk=pottenberg&doelgroep=seniors', '200'],
      ['/activities', '/api/v1/activities?zoek=taal', '200'],
      ['/activities/{id}', `/api/v1/activities/${activityId}`, '200'],
      ['/organisations', '/api/v1/organisations', '200'],
      ['/neighbourhoods', '/api/v1/neighbourhoods', '200'],
      ['/projects', '/api/v1/projects', '200'],
      ['/indicators', '/api/v1/indicators', '200'],
      ['/indicators/{code}', '/api/v1/indicators/lage-inkomens', '200'],
      ['/indicators/{code}', '/api/v1/indicators/lage-inkomens?meting=circusvis-2021', '200'],
      ['/indicators/{code}', '/api/v1/indicators/lage-inkomens?meting=bestaat-niet', '400'],
      ['/indicators/{code}', '/api/v1/indicators/bestaat-niet', '404'],
      ['/activities', '/api/v1/activities?pijler=onbekend', '400'],
      ['/activities', '/api/v1/activities?wijk=bestaat-niet', '400'],
      ['/activities', '/api/v1/activities?doelgroep=onbekend', '400'],
      ['/activities', '/api/v1/activities?organisatie=bestaat-niet', '400'],
      ['/activities', `/api/v1/activities?organisatie=${organisationSlug}`, '200'],
      ['/activities/{id}', '/api/v1/activities/999999999', '404'],
    ];
    expect(new Set(cases.map(([path]) => path))).toEqual(new Set(Object.keys(doc.paths)));
    for (const [path, url, status] of cases) {
      const res = await request(url);
      expect(String(res.status), url).toBe(status);
      const type = status === '200' ? 'application/json' : 'application/problem+json';
      expect(res.headers.get('Content-Type')).toContain(type);
      if (status === '200') expect(roundTrips(res), url).toBe(1);
      check(path, status, type, await res.json());
    }
  });

  it('the monitor in the API: public indicators only, small numbers never published', async () => {
    const list = (await (await request('/api/v1/indicators')).json()) as { data: { code: string; minCount: number }[] };
    const codes = list.data.map((i) => i.code);
    expect(codes).toContain('lage-inkomens');
    expect(codes).not.toContain('schulden'); // programme team only
    expect(codes).not.toContain('psychische-klachten'); // logged-in partners and funders
    expect((await request('/api/v1/indicators/schulden')).status).toBe(404);
    const { results } = await env.DB.prepare(
      `SELECT o.area_code AS area, o.indicator_code AS indicator, o.wave_code AS wave FROM monitor_observations o
         JOIN monitor_indicators i ON i.code = o.indicator_code AND i.visibility = 'public' WHERE o.count < i.min_count LIMIT 1`,
    ).all<{ area: string; indicator: string; wave: string }>();
    const small = results[0]!;
    const body = (await (await request(`/api/v1/indicators/${small.indicator}?meting=${small.wave}`)).json()) as {
      areas: { code: string; value: number | null; count: number | null; suppressed: boolean }[];
    };
    expect(body.areas.find((a) => a.code === small.area)).toMatchObject({ value: null, count: null, suppressed: true });
    expect(body.areas.some((a) => a.value !== null && !a.suppressed)).toBe(true);
  });

  it('an unknown filter value is a 400 naming it, never an empty list, and the document says so', async () => {
    const pending = await makeOrganisation({ status: 'pending' });
    await makeActivity({ organisationId: pending.id, title: 'Van een aanvraag' });
    for (const query of ['organisatie=bestaat-niet', `organisatie=${pending.slug}`, 'wijk=bestaat-niet', 'pijler=onbekend', 'doelgroep=onbekend']) {
      const res = await request(`/api/v1/activities?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { errors: { parameter: string; nl: string; en: string }[] };
      expect(body.errors.map((e) => e.parameter)).toEqual([query.split('=')[0]]);
      expect(body.errors[0]!.nl).toMatch(/^Onbekende /);
      expect(body.errors[0]!.en).toMatch(/^Unknown /);
    }
    const known = (await (await request(`/api/v1/activities?organisatie=${organisationSlug}&limit=100`)).json()) as { data: { title: string }[] };
    expect(known.data).toHaveLength(30);
    const bad = doc.paths['/activities']!.get.responses['400'] as { description: string };
    expect(bad.description).toMatch(/unknown filter value/);
    expect(bad.description).toMatch(/onbekende filterwaarde/);
    expect(bad.description).toMatch(/Never an empty list/);
  });

  it('the schema check is not blind: a wrong body fails it', async () => {
    const body = (await (await request(`/api/v1/activities/${activityId}`)).json()) as Record<string, unknown>;
    expect(validate('/activities/{id}', '200', 'application/json', { ...body, nextDate: 'morgen' }).valid).toBe(false);
    expect(validate('/activities/{id}', '200', 'application/json', { ...body, extra: 1 }).valid).toBe(false);
  });

  it('pages with a seek cursor, at most 100 per page, the same order as the list page', async () => {
    const seen: number[] = [];
    let next: string | null = '/api/v1/activities?limit=7';
    let pages = 0;
    while (next && pages < 50) {
      const res = await request(next.replace(/^https?:\/\/[^/]+/, ''));
      const body = (await res.json()) as { data: { id: number; nextDate: string }[]; links: { next: string | null } };
      expect(body.data.length).toBeLessThanOrEqual(7);
      seen.push(...body.data.map((a) => a.id));
      next = body.links.next;
      pages++;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const total = await env.DB.prepare(
      "SELECT count(*) AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE a.status = 'published' AND a.stale_hidden_at IS NULL AND a.last_date >= date('now') AND o.status = 'approved'",
    ).first<number>('n');
    expect(seen.length).toBe(total);
  });

  it.each([
    ['?limit=1000000', 'limit'],
    ['?limit=0', 'limit'],
    ['?na=2026-01-01_1000_abc', 'na'],
    ['?na=%3Cscript%3E', 'na'],
    ['?pijler=onbekend', 'pijler'],
    ['?wijk=bestaat-niet', 'wijk'],
    ['?organisatie=bestaat-niet', 'organisatie'],
    ['?organisatie=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'organisatie'],
    ['?doelgroep=<b>x</b>', 'doelgroep'],
    ['?van=2026-13-01', 'van'],
    ['?van=2030-01-10&tot=2030-01-01', 'tot'],
    [`?zoek=${'"*'.repeat(40)}`, 'zoek'],
  ])('%s is a 400 problem naming %s, in Dutch and English, nothing reflected', async (query, parameter) => {
    const res = await request(`/api/v1/activities${query}`, { headers: { Origin: 'https://elders.example' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const text = await res.text();
    expect(text).not.toMatch(/<script|<b>/);
    const body = JSON.parse(text) as { errors: { parameter: string; nl: string; en: string }[]; nl: { title: string }; en: { title: string } };
    expect(body.errors.map((e) => e.parameter)).toContain(parameter);
    expect(body.nl.title).toBe('Ongeldige parameters');
    expect(body.en.title).toBe('Invalid parameters');
  });

  it('takes a 10,000-character search (cut as on the page)', async () => {
    const res = await request(`/api/v1/activities?zoek=${'koffie '.repeat(1500)}`);
    expect(res.status).toBe(200);
  });

  it('answers CORS preflights and any Origin, sends ETag and Cache-Control, 304 on If-None-Match', async () => {
    const preflight = await request('/api/v1/activities', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elders.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const res = await request('/api/v1/organisations', { headers: { Origin: 'null' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const again = await request('/api/v1/organisations', { headers: { 'If-None-Match': res.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('refuses writes and unknown paths with a problem', async () => {
    const post = await request('/api/v1/activities', { method: 'POST', headers: { Origin: 'http://localhost' } });
    expect(post.status).toBe(405);
    expect(post.headers.get('Content-Type')).toBe('application/problem+json');
    const unknown = await request('/api/v1/bestaat-niet');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('has a documentation page in the portal’s look without third-party scripts', async () => {
    const res = await request('/api/v1/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Open data en API');
    expect(html).toContain('/api/v1/openapi.json');
    for (const src of html.matchAll(/<script[^>]*src="([^"]+)"/g)) expect(src[1]).toMatch(/^\//);
  });
});
