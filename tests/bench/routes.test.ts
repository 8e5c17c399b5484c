import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import { db, partnerWithOrganisation, request } from '../helpers';
import { ROUTES } from './routes.mjs';

// Every route the bench loads answers 200 here, on the demo data, so the bench never measures a 404 or a 400.
let ctx = { activityId: 0, projectSlug: '', organisationSlug: '' };
let cookie = '';

beforeAll(async () => {
  await seedDemoData(db());
  const activityId = (await env.DB.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1").first<number>('id'))!;
  const projectSlug = (await env.DB.prepare('SELECT slug FROM projects ORDER BY id LIMIT 1').first<string>('slug'))!;
  const organisationSlug = (await env.DB.prepare('SELECT o.slug FROM organisations o JOIN activities a ON a.organisation_id = o.id WHERE a.id = ?')
    .bind(activityId)
    .first<string>('slug'))!;
  ctx = { activityId, projectSlug, organisationSlug };
  cookie = (await partnerWithOrganisation()).cookie;
});

describe('the bench routes', () => {
  it('have unique keys and cover every open-data answer: the feeds, the calendars, the API, HSDS, the sitemap and the widget', () => {
    const keys = ROUTES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const paths = ROUTES.map((r) => r.path({ activityId: 1, projectSlug: 'p', organisationSlug: 'o' }));
    for (const wanted of [
      /^\/activiteiten\.ics\?/,
      /^\/activiteiten\.atom/,
      /^\/activiteiten\.csv/,
      /^\/api\/v1\/activities(\?|$)/,
      /^\/api\/v1\/activities\/1$/,
      /^\/activiteiten\/1\.ics$/,
      /^\/partners\/o\/activiteiten\.ics$/,
      /^\/wijken\/[a-z-]+\/activiteiten\.ics$/,
      /^\/api\/v1\/(organisations|neighbourhoods|projects|indicators|openapi\.json)$/,
      /^\/api\/hsds\/export\.json$/,
      /^\/sitemap\.xml$/,
      /^\/widget\/activiteiten/,
    ]) {
      expect(
        paths.some((p) => wanted.test(p)),
        String(wanted),
      ).toBe(true);
    }
  });

  it.each(ROUTES.map((r) => [r.key, r] as const))('%s answers 200', async (_key, route) => {
    const res = await request(route.path(ctx), route.session ? { cookie } : {});
    expect(res.status, route.path(ctx)).toBe(200);
  });
});
