import { sql } from 'drizzle-orm';
import { rowsOf, statement } from '../../activities/statement';
import { upcomingActivities } from '../../activities/upcoming';
import { xmlEscape } from '../../../formats/atom';
import { CURRENT_VERSIONS, currentVersionOf } from '../../plan/sql';

/** A sitemap may hold 50,000 addresses; the soonest activities come first, and the rest follow as others pass. */
export const SITEMAP_ACTIVITY_LIMIT = 10_000;
const STATIC_PAGES = [
  '/',
  '/activiteiten',
  '/partners',
  '/wijken',
  '/projecten',
  '/programma',
  '/monitor',
  '/monitor/veerkracht',
  '/monitor/vergelijken',
  '/monitor/dekking',
  '/toegankelijkheid',
  '/privacy',
  '/api/v1/docs',
];

/** Every public page: one round trip for the activities, partners, neighbourhoods, projects, plans and the monitor's buurten. */
export async function loadSitemapPaths(d1: D1Database, today: string): Promise<string[]> {
  const [activityRows, partnerRows, neighbourhoodRows, projectRows, planRows, goalRows, buurtRows] = await d1.batch([
    statement(
      d1,
      sql`${upcomingActivities(today, {}, { limit: SITEMAP_ACTIVITY_LIMIT })} SELECT id FROM upcoming ORDER BY next_date, start_time, id LIMIT ${SITEMAP_ACTIVITY_LIMIT}`,
    ),
    statement(d1, sql`SELECT slug FROM organisations WHERE status = 'approved' ORDER BY slug`),
    statement(d1, sql`SELECT slug FROM neighbourhoods ORDER BY sort_order, slug`),
    statement(d1, sql`SELECT slug FROM projects ORDER BY slug`),
    statement(
      d1,
      sql`SELECT n.slug FROM plans p JOIN neighbourhoods n ON n.id = p.neighbourhood_id
           WHERE p.kind = 'execution-plan' AND ${currentVersionOf(sql.raw('p.id'))} IS NOT NULL ORDER BY n.sort_order, n.slug`,
    ),
    statement(d1, sql`SELECT goal_id AS id FROM plan_goals WHERE plan_version_id IN (${CURRENT_VERSIONS}) ORDER BY goal_id`),
    statement(d1, sql`SELECT code FROM areas WHERE level = 'buurt' ORDER BY sort_order, code`),
  ]);
  const slugs = (result: D1Result | undefined) => rowsOf<{ slug: string }>(result).map((r) => encodeURIComponent(r.slug));
  return [
    ...STATIC_PAGES,
    ...rowsOf<{ id: number }>(activityRows).map((r) => `/activiteiten/${r.id}`),
    ...slugs(partnerRows).map((s) => `/partners/${s}`),
    ...slugs(neighbourhoodRows).map((s) => `/wijken/${s}`),
    ...slugs(projectRows).map((s) => `/projecten/${s}`),
    ...slugs(planRows).map((s) => `/wijken/${s}/plan`),
    ...rowsOf<{ id: number }>(goalRows).map((r) => `/programma/doelen/${r.id}`),
    ...rowsOf<{ code: string }>(buurtRows).map((r) => `/monitor/buurten/${encodeURIComponent(r.code)}`),
  ];
}

export function renderSitemap(origin: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${xmlEscape(origin + path)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Search engines may read the public site; the portal, the review, accounts and forms stay out. */
export function renderRobots(origin: string): string {
  const closed = [
    '/portaal',
    '/beoordelen',
    '/account',
    '/beheer',
    '/projectbeheer',
    '/financier',
    '/inloggen',
    '/uitloggen',
    '/registreren',
    '/wachtwoord-vergeten',
    '/wachtwoord-herstellen',
    '/uitnodiging',
    '/e-mailadres-bevestigen',
    '/ontwikkeling',
    '/taal',
    '/widget',
  ];
  return ['User-agent: *', 'Allow: /', ...closed.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
