import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { seedDemoData } from '../../src/db/seed';
import { db } from '../helpers';

// A public page must cost the same with a hundred thousand activities as with a thousand. Every query a public page
// sends is planned here (EXPLAIN QUERY PLAN, the plan SQLite runs) and may not read a whole table of activities or
// their links, nor walk the range of every published activity (activities_public_idx): that is what made the
// project page and the partner directory slow down with the data before.

type Sent = { sql: string; params: unknown[] };

/** The D1 binding, passing everything through and noting every statement with its parameters. */
function recordingD1(d1: D1Database, sent: Sent[]): D1Database {
  return new Proxy(d1, {
    get(target, property) {
      // The app runs its queries in a D1 session (src/db/replication.ts): record those too.
      if (property === 'withSession') return (start: string) => recordingD1(target.withSession(start) as unknown as D1Database, sent);
      if (property === 'prepare') {
        return (query: string) => {
          const entry: Sent = { sql: query, params: [] };
          sent.push(entry);
          const statement = target.prepare(query);
          const bind = statement.bind.bind(statement);
          statement.bind = (...values: unknown[]) => {
            entry.params = values;
            return bind(...values);
          };
          return statement;
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function plan({ sql, params }: Sent): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail);
}

const growsWithTheData = (step: string) =>
  /^SCAN (activities|activity_\w+|project_activities|monitor_observations)\b/.test(step) || /\bactivities_public_idx\b/.test(step);

let activityId = 0;
let projectSlug = '';
let partnerSlug = '';
let neighbourhoodSlug = '';

beforeAll(async () => {
  await seedDemoData(db());
  activityId = (await env.DB.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1").first<number>('id'))!;
  projectSlug = (await env.DB.prepare('SELECT slug FROM projects ORDER BY id LIMIT 1').first<string>('slug'))!;
  partnerSlug = (await env.DB.prepare("SELECT slug FROM organisations WHERE status = 'approved' ORDER BY id LIMIT 1").first<string>('slug'))!;
  neighbourhoodSlug = (await env.DB.prepare('SELECT slug FROM neighbourhoods ORDER BY id LIMIT 1').first<string>('slug'))!;
});

describe('query plans of every public page', () => {
  const pages: [string, () => string][] = [
    ['home', () => '/'],
    ['activity list', () => '/activiteiten'],
    ['activity list, pillar + neighbourhood', () => '/activiteiten?pijler=health&wijk=pottenberg'],
    ['activity list, search', () => '/activiteiten?zoek=taal'],
    ['activity list, page 3', () => '/activiteiten?pagina=3'],
    ['activity detail', () => `/activiteiten/${activityId}`],
    ['agenda', () => '/activiteiten?weergave=dagen'],
    [
      'agenda, this week, pillar + neighbourhood + target group',
      () => '/activiteiten?weergave=dagen&wanneer=week&pijler=health&wijk=pottenberg&doelgroep=everyone',
    ],
    ['agenda, search, page 2', () => '/activiteiten?weergave=dagen&zoek=taal&pagina=2&na=2026-01-01_1000_1'],
    ['project list', () => '/projecten'],
    ['project page', () => `/projecten/${projectSlug}`],
    ['partner directory', () => '/partners'],
    ['partner page', () => `/partners/${partnerSlug}`],
    ['neighbourhood list', () => '/wijken'],
    ['neighbourhood page', () => `/wijken/${neighbourhoodSlug}`],
    ['monitor map', () => '/monitor?indicator=eenzaamheid&meting=circusvis-2023'],
    ['monitor resilience', () => '/monitor/veerkracht'],
    ['monitor buurt page', () => '/monitor/buurten/BU09350203'],
    ['monitor compare', () => '/monitor/vergelijken?gebied=BU09350203&gebied=GM0935'],
    ['monitor coverage', () => '/monitor/dekking'],
    ['calendar of the list', () => '/activiteiten.ics'],
    ['calendar, pillar + neighbourhood', () => '/activiteiten.ics?pijler=health&wijk=pottenberg'],
    ['calendar of an activity', () => `/activiteiten/${activityId}.ics`],
    ['calendar of a partner', () => `/partners/${partnerSlug}/activiteiten.ics`],
    ['calendar of a neighbourhood', () => `/wijken/${neighbourhoodSlug}/activiteiten.ics`],
    ['CSV of the list', () => '/activiteiten.csv?zoek=taal'],
    ['Atom of the list', () => '/activiteiten.atom?pijler=health'],
    ['API activities', () => '/api/v1/activities?limit=100&doelgroep=seniors'],
    ['API activity', () => `/api/v1/activities/${activityId}`],
    ['API organisations', () => '/api/v1/organisations'],
    ['API neighbourhoods', () => '/api/v1/neighbourhoods'],
    ['API projects', () => '/api/v1/projects'],
    ['API indicators', () => '/api/v1/indicators'],
    ['API indicator values', () => '/api/v1/indicators/lage-inkomens?meting=circusvis-2023'],
    ['HSDS export', () => '/api/hsds/export.json'],
    ['sitemap', () => '/sitemap.xml'],
    ['widget', () => `/widget/activiteiten?organisatie=${partnerSlug}`],
  ];

  it.each(pages)('%s: no query reads every activity', async (_name, path) => {
    const sent: Sent[] = [];
    const app = createApp();
    const res = await app.request(path(), {}, { ...env, DB: recordingD1(env.DB, sent) });
    expect(res.status, (await res.clone().text()).slice(0, 3000)).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    for (const statement of sent) {
      const steps = await plan(statement);
      expect(steps.filter(growsWithTheData), `${statement.sql}\n\n${steps.join('\n')}`).toEqual([]);
    }
  });
});
