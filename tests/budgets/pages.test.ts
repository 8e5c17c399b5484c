import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import type { UserRole } from '../../src/db/enums';
import { createUser, db, request, roundTrips, sessionCookie } from '../helpers';
import { BUDGETS, kb } from './budgets';

/** Ids and slugs of the demo data, looked up once, so page paths never depend on auto-increment values. */
type Demo = { activityId: number; organisationId: number; organisationSlug: string; neighbourhoodSlug: string; projectSlug: string };

type Page = {
  /** Path with query; `:name` stands for that id or slug of the demo data, e.g. `/activiteiten/:activityId`. */
  path: string;
  /** Expected status; 200 unless given. */
  status?: number;
  /** Who is logged in; anonymous when absent. A partner is a member (owner) of `demo.organisationId`. */
  as?: UserRole;
  htmx?: boolean;
};

// Every page of the portal belongs in this list: add a line when a page is added.
const PAGES: Page[] = [
  // Public site
  { path: '/' },
  { path: '/activiteiten' },
  { path: '/activiteiten?pijler=health&wijk=:neighbourhoodSlug&doelgroep=seniors' },
  { path: '/activiteiten?zoek=koffie' },
  { path: '/activiteiten?periode=deze-week' },
  { path: '/activiteiten?pagina=2' },
  { path: '/activiteiten?pijler=livelihood', htmx: true },
  { path: '/activiteiten/:activityId' },
  { path: '/activiteiten?weergave=dagen' },
  { path: '/activiteiten?weergave=dagen&wanneer=week&pijler=health&wijk=:neighbourhoodSlug&doelgroep=everyone' },
  { path: '/activiteiten?weergave=dagen&zoek=koffie' },
  { path: '/activiteiten?weergave=dagen&wanneer=weekend', htmx: true },
  { path: '/partners' },
  { path: '/partners/:organisationSlug' },
  { path: '/wijken' },
  { path: '/wijken/:neighbourhoodSlug' },
  { path: '/projecten' },
  { path: '/projecten/:projectSlug' },
  { path: '/toegankelijkheid' },
  { path: '/privacy' },
  { path: '/monitor' },
  { path: '/monitor?pijler=health&indicator=eenzaamheid&meting=circusvis-2021&sorteer=waarde' },
  { path: '/monitor?indicator=lage-inkomens', htmx: true },
  { path: '/monitor/veerkracht' },
  { path: '/monitor/buurten/BU09350203' },
  { path: '/monitor/vergelijken?gebied=BU09350203&gebied=BU09350403&gebied=GM0935' },
  { path: '/monitor/dekking' },
  { path: '/programma' },
  { path: '/wijken/:neighbourhoodSlug/plan' },
  // Open data pages (the feeds themselves are in open-data.test.ts)
  { path: '/api/v1/docs' },
  { path: '/widget/activiteiten?wijk=:neighbourhoodSlug' },
  { path: '/widget/activiteiten?organisatie=:organisationSlug&stijl=eenvoudig' },
  { path: '/inloggen' },
  { path: '/registreren' },
  { path: '/wachtwoord-vergeten' },
  { path: '/bestaat-niet', status: 404 },
  // Behind login
  { path: '/portaal', as: 'partner' },
  { path: '/portaal/activiteiten/nieuw', as: 'partner' },
  { path: '/portaal/organisaties/:organisationId/profiel', as: 'partner' },
  { path: '/portaal/organisaties/:organisationId/leden', as: 'partner' },
  { path: '/portaal/organisaties/:organisationId/activiteiten', as: 'partner' },
  { path: '/portaal/activiteiten/:activityId', as: 'partner' },
  { path: '/portaal/activiteiten/:activityId/bewerken', as: 'partner' },
  { path: '/portaal/activiteiten/:activityId/kopie', as: 'partner' },
  { path: '/portaal/activiteiten/:activityId/voorbeeld', as: 'partner' },
  { path: '/account', as: 'partner' },
  { path: '/account/gegevens', as: 'partner' },
  { path: '/account/verwijderen', as: 'partner' },
  { path: '/account/wachtwoord', as: 'partner' },
  { path: '/account/tweestapsverificatie', as: 'partner' },
  { path: '/activiteiten', as: 'partner' },
  { path: '/beoordelen', as: 'programme' },
  { path: '/vakanties', as: 'programme' },
  { path: '/beoordelen/organisaties', as: 'programme' },
  { path: '/beoordelen/voortgangsberichten', as: 'programme' },
  { path: '/projectbeheer', as: 'programme' },
  { path: '/projectbeheer/nieuw', as: 'programme' },
  { path: '/projectbeheer/:projectSlug', as: 'programme' },
  { path: '/projectbeheer/:projectSlug/mijlpalen', as: 'programme' },
  { path: '/projectbeheer/:projectSlug/begroting', as: 'programme' },
  { path: '/projectbeheer/:projectSlug/doelen', as: 'programme' },
  { path: '/projectbeheer/financiers', as: 'programme' },
  { path: '/projecten/:projectSlug', as: 'funder' },
  { path: '/financier', as: 'funder' },
  { path: '/monitor/import', as: 'programme' },
  { path: '/monitor', as: 'programme' },
  { path: '/programma/hiaten', as: 'programme' },
  { path: '/beheer', as: 'admin' },
  { path: '/beheer/uitnodigen', as: 'admin' },
  { path: '/beheer/auditlog', as: 'admin' },
];

async function lookUpDemo(): Promise<Demo> {
  const first = <T>(query: string) => env.DB.prepare(query).first<T>();
  const activity = await first<{ id: number; organisationId: number }>(
    `SELECT id, organisation_id AS organisationId FROM activities WHERE status = 'published'
      ORDER BY (SELECT count(*) FROM activities a2 WHERE a2.organisation_id = activities.organisation_id) DESC, id LIMIT 1`,
  );
  const organisation = await first<{ id: number; slug: string }>(
    `SELECT id, slug FROM organisations WHERE status = 'approved' ORDER BY id = ${activity?.organisationId ?? 0} DESC, id LIMIT 1`,
  );
  const neighbourhood = await first<{ slug: string }>('SELECT slug FROM neighbourhoods ORDER BY sort_order LIMIT 1');
  const project = await first<{ slug: string }>('SELECT slug FROM projects ORDER BY id LIMIT 1');
  return {
    activityId: activity?.id ?? 0,
    organisationId: organisation?.id ?? 0,
    organisationSlug: organisation?.slug ?? '',
    neighbourhoodSlug: neighbourhood?.slug ?? '',
    projectSlug: project?.slug ?? '',
  };
}

async function gzipBytes(html: string): Promise<number> {
  const compressed = new Blob([html]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(compressed).arrayBuffer()).byteLength;
}

let demo: Demo;
const cookies = new Map<UserRole, string>();

async function cookieFor(role: UserRole): Promise<string> {
  if (!cookies.has(role)) {
    const memberOf = role === 'partner' ? [{ organisationId: demo.organisationId, role: 'owner' as const }] : [];
    const user = await createUser({ role, memberOf });
    cookies.set(role, await sessionCookie(user.id));
  }
  return cookies.get(role)!;
}

function describePage(page: Page): string {
  return `${page.path}${page.htmx ? ' (htmx fragment)' : ''}${page.as ? ` as ${page.as}` : ''}`;
}

function resolve(path: string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(demo[name as keyof Demo])));
}

describe('page budgets: D1 round trips and HTML size', () => {
  beforeAll(async () => {
    await seedDemoData(db());
    demo = await lookUpDemo();
  });

  it.each(PAGES.map((page) => [describePage(page), page] as const))('%s', async (_name, page) => {
    const path = resolve(page.path);
    const cookie = page.as ? await cookieFor(page.as) : undefined;
    const res = await request(path, { cookie, htmx: page.htmx });
    const html = await res.text();
    expect(res.status, `${path} answered ${res.status}`).toBe(page.status ?? 200);

    const trips = roundTrips(res);
    const tripBudget = page.as ? BUDGETS.loggedInPageRoundTrips : BUDGETS.publicPageRoundTrips;
    expect(trips, `${path}: ${trips} D1 round trips, budget ${tripBudget}`).toBeLessThanOrEqual(tripBudget);

    const gzip = await gzipBytes(html);
    expect(gzip, `${path}: HTML is ${kb(gzip)} gzip (${kb(html.length)} raw), budget ${kb(BUDGETS.pageGzipBytes)}`).toBeLessThanOrEqual(
      BUDGETS.pageGzipBytes,
    );
  });
});
