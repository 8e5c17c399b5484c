import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import { db, partnerWithOrganisation, request } from '../helpers';
import { ROUTES } from './routes.mjs';

// Every route the bench loads answers 200 here, on the demo data, so the bench never measures a 404 or a 400.
let ctx = { activityId: 0, projectSlug: '' };
let cookie = '';

beforeAll(async () => {
  await seedDemoData(db());
  const activityId = (await env.DB.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1").first<number>('id'))!;
  const projectSlug = (await env.DB.prepare('SELECT slug FROM projects ORDER BY id LIMIT 1').first<string>('slug'))!;
  ctx = { activityId, projectSlug };
  cookie = (await partnerWithOrganisation()).cookie;
});

describe('the bench routes', () => {
  it('have unique keys and cover the open-data feeds, the API list and one activity', () => {
    const keys = ROUTES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const paths = ROUTES.map((r) => r.path({ activityId: 1, projectSlug: 'p' }));
    for (const wanted of [
      /^\/activiteiten\.ics\?/,
      /^\/activiteiten\.atom/,
      /^\/activiteiten\.csv/,
      /^\/api\/v1\/activities(\?|$)/,
      /^\/api\/v1\/activities\/1$/,
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
