import { exports } from 'cloudflare:workers';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import {
  activities,
  activityRevisions,
  budgetLines,
  milestones,
  organisationRevisions,
  organisations,
  projects,
  projectSnapshots,
  projectUpdates,
  users,
} from '../../src/db/schema';
import { seedDemoData } from '../../src/db/seed';
import { demoAccount } from '../../src/db/seed/accounts';
import { createOrganisation, createUser, db, postForm, request, roundTrips, sessionCookie } from '../helpers';

/**
 * The role × route matrix. Every route of the app (read from `app.routes`) must have an access rule below; a new
 * route without one fails the first test, so it is covered or flagged the day it is added.
 */

type Actor = 'visitor' | 'owner' | 'otherOwner' | 'programme' | 'funder' | 'admin';
const ACTORS: Actor[] = ['visitor', 'owner', 'otherOwner', 'programme', 'funder', 'admin'];
const LOGGED_IN: Actor[] = ['owner', 'otherOwner', 'programme', 'funder', 'admin'];

type Access =
  /** Open to everyone: never a login redirect, never 403. */
  | { kind: 'public' }
  /** A mailed link: an unknown token answers 410 for everyone. */
  | { kind: 'token' }
  /** The second-factor steps: without a pending login everyone is sent on (303). */
  | { kind: 'login-step' }
  /** Any logged-in user; visitors go to the login page. */
  | { kind: 'logged-in' }
  /** Members of the organisation (or of the activity's organisation) only; other organisations get 403/404. */
  | { kind: 'member' }
  /** Only these roles; other logged-in users get 403 (or 404). */
  | { kind: 'roles'; roles: Actor[] /** The allowed answer is a 303 to another page (e.g. "next item"). */; redirects?: true }
  /** Registration: visitors and partners; programme, funder and admin accounts are refused. */
  | { kind: 'registration' }
  /** htmx inline validation of one field: answers nothing (204) without a session, never data of others. */
  | { kind: 'inline-validation' };

/** First match wins. Keys are `METHOD path` exactly as Hono lists them; a trailing `*` matches a prefix. */
const RULES: [string, Access][] = [
  // Accounts
  ['GET /inloggen', { kind: 'public' }],
  ['POST /inloggen', { kind: 'public' }],
  ['* /inloggen/tweede-stap', { kind: 'login-step' }],
  ['* /inloggen/tweestapsverificatie-instellen', { kind: 'login-step' }],
  ['POST /uitloggen', { kind: 'public' }],
  ['* /wachtwoord-vergeten', { kind: 'public' }],
  ['* /wachtwoord-herstellen/:token', { kind: 'token' }],
  ['* /uitnodiging/:token', { kind: 'token' }],
  ['* /e-mailadres-bevestigen/:token', { kind: 'token' }],
  ['* /account*', { kind: 'logged-in' }],
  ['GET /registreren', { kind: 'public' }],
  ['POST /registreren', { kind: 'registration' }],
  ['* /portaal/organisaties/:id{[0-9]+}/*', { kind: 'member' }],
  ['* /beoordelen/organisaties*', { kind: 'roles', roles: ['programme'] }],
  ['* /beheer*', { kind: 'roles', roles: ['admin'] }],
  ['* /vakanties*', { kind: 'roles', roles: ['programme'] }],
  ['GET /ontwikkeling/postvak', { kind: 'public' }],
  // Public site
  ['POST /taal', { kind: 'public' }],
  ['GET /status', { kind: 'public' }],
  ['GET /media/:key', { kind: 'public' }],
  ['GET /privacy', { kind: 'public' }],
  ['GET /', { kind: 'public' }],
  ['GET /activiteiten*', { kind: 'public' }],
  ['GET /partners*', { kind: 'public' }],
  ['GET /wijken*', { kind: 'public' }],
  ['GET /toegankelijkheid', { kind: 'public' }],
  // Monitor: the import is the programme team's; every other page is public (what it shows is filtered by role).
  ['* /monitor/import*', { kind: 'roles', roles: ['programme'] }],
  ['GET /monitor*', { kind: 'public' }],
  // Programme plan: the gap view is the programme team's; the plan pages, goal pages and print views are public.
  ['GET /programma/hiaten', { kind: 'roles', roles: ['programme'] }],
  // The plan editor: the programme team and admins (canEditPlans); the public reads the plans at /programma and /wijken.
  ['* /plannen*', { kind: 'roles', roles: ['programme', 'admin'] }],
  ['GET /programma*', { kind: 'public' }],
  // Open data: read-only and public (the API also answers other methods, with 405)
  ['* /api/*', { kind: 'public' }],
  ['GET /widget/*', { kind: 'public' }],
  ['GET /sitemap.xml', { kind: 'public' }],
  ['GET /robots.txt', { kind: 'public' }],
  // Partner workspace and activities
  ['GET /portaal', { kind: 'logged-in' }],
  ['POST /portaal/activiteiten/valideren', { kind: 'inline-validation' }],
  ['POST /portaal/activiteiten/datums', { kind: 'inline-validation' }],
  ['POST /portaal/activiteiten/:id/valideren', { kind: 'inline-validation' }],
  ['* /portaal/activiteiten/:id*', { kind: 'member' }],
  // New activities are for members of an approved organisation.
  ['* /portaal/activiteiten*', { kind: 'roles', roles: ['owner', 'otherOwner'] }],
  // Review queue
  ['GET /beoordelen/volgende', { kind: 'roles', roles: ['programme'], redirects: true }],
  ['* /beoordelen*', { kind: 'roles', roles: ['programme'] }],
  // Projects and funders
  ['GET /projecten/:slug/voortgang.atom', { kind: 'roles', roles: ['programme', 'funder'] }],
  // Reworking an update is only for the lead partner's members after changes were requested: none of the actors here.
  ['* /projecten/:slug/voortgang/:id*', { kind: 'roles', roles: [] }],
  ['* /projecten/:slug/voortgang*', { kind: 'roles', roles: ['programme'] }],
  ['GET /projecten/:slug/rapportages/*', { kind: 'roles', roles: ['programme', 'funder'] }],
  ['POST /projecten/:slug/rapportages', { kind: 'roles', roles: ['programme'] }],
  ['GET /projecten', { kind: 'public' }],
  ['GET /projecten/:slug', { kind: 'public' }],
  ['* /projectbeheer*', { kind: 'roles', roles: ['programme'] }],
  ['* /financier*', { kind: 'roles', roles: ['funder', 'programme'] }],
];

function ruleFor(method: string, path: string): Access | null {
  for (const [key, access] of RULES) {
    const [m, p] = key.split(' ') as [string, string];
    if (m !== '*' && m !== method) continue;
    if (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p) return access;
  }
  return null;
}

const app = createApp();
const ROUTES = [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].map((key) => {
  const [method, path] = key.split(' ') as [string, string];
  return { method, path };
});

type Fixtures = {
  ownOrganisation: number;
  colleague: number;
  pendingOrganisation: number;
  revision: number;
  ownActivity: number | null;
  publicActivity: number | null;
  projectSlug: string | null;
  ids: Record<string, number | null>;
  users: Record<Exclude<Actor, 'visitor'>, number>;
};
let f: Fixtures;

beforeAll(async () => {
  await seedDemoData(db());
  const d = db();
  const userId = async (email: string) => (await d.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  const [trajekt] = await d.select().from(organisations).where(eq(organisations.slug, 'trajekt'));
  const [pending] = await d.select().from(organisations).where(eq(organisations.slug, 'repair-cafe-nazareth'));
  const other = await createOrganisation();
  const otherOwner = await createUser({ memberOf: [{ organisationId: other.id, role: 'owner' }] });
  const colleague = await createUser({ memberOf: [{ organisationId: trajekt!.id, role: 'editor' }] });
  const [revision] = await d
    .insert(organisationRevisions)
    .values({
      organisationId: trajekt!.id,
      data: JSON.stringify({
        name: 'Trajekt',
        kind: 'alliance',
        description: 'x',
        website: null,
        contactEmail: 'a@b.nl',
        contactPhone: null,
        neighbourhoodIds: [],
      }),
      status: 'submitted',
    })
    .returning();
  const first = async <T extends { id: number }>(rows: Promise<T[]>) => (await rows)[0]?.id ?? null;
  const [project] = await d.select().from(projects).orderBy(asc(projects.id)).limit(1);
  f = {
    ownOrganisation: trajekt!.id,
    colleague: colleague.id,
    pendingOrganisation: pending!.id,
    revision: revision!.id,
    ownActivity: await first(d.select({ id: activities.id }).from(activities).where(eq(activities.organisationId, trajekt!.id)).limit(1)),
    publicActivity: await first(d.select({ id: activities.id }).from(activities).where(eq(activities.status, 'published')).limit(1)),
    projectSlug: project?.slug ?? null,
    ids: {
      activityRevision: await first(d.select({ id: activityRevisions.id }).from(activityRevisions).limit(1)),
      update: await first(
        d
          .select({ id: projectUpdates.id })
          .from(projectUpdates)
          .where(project ? eq(projectUpdates.projectId, project.id) : undefined)
          .limit(1),
      ),
      milestone: await first(
        d
          .select({ id: milestones.id })
          .from(milestones)
          .where(project ? eq(milestones.projectId, project.id) : undefined)
          .limit(1),
      ),
      budgetLine: await first(
        d
          .select({ id: budgetLines.id })
          .from(budgetLines)
          .where(project ? eq(budgetLines.projectId, project.id) : undefined)
          .limit(1),
      ),
      snapshot: await first(
        d
          .select({ id: projectSnapshots.id })
          .from(projectSnapshots)
          .where(project ? eq(projectSnapshots.projectId, project.id) : undefined)
          .limit(1),
      ),
      submittedActivity: await first(d.select({ id: activities.id }).from(activities).where(eq(activities.status, 'submitted')).limit(1)),
      funder: await first(d.select({ id: users.id }).from(users).where(eq(users.role, 'funder')).limit(1)),
    },
    users: {
      owner: await userId(demoAccount('partner').email),
      otherOwner: otherOwner.id,
      programme: await userId(demoAccount('programme').email),
      funder: await userId(demoAccount('funder').email),
      admin: await userId(demoAccount('admin').email),
    },
  };
});

/** A concrete URL for a route pattern, and whether every parameter points at a row that exists. */
function concrete(path: string): { url: string; resolved: boolean } {
  let resolved = true;
  const id = (value: number | null) => {
    if (value === null) resolved = false;
    return String(value ?? 999999);
  };
  const url = path
    .replace(/\{[^}]*\}/g, '')
    .replace(/^\/portaal\/organisaties\/:id/, () => `/portaal/organisaties/${f.ownOrganisation}`)
    .replace(/\/leden\/:userId/, () => `/leden/${f.colleague}`)
    .replace(/^\/beoordelen\/organisaties\/wijzigingen\/:id/, () => `/beoordelen/organisaties/wijzigingen/${f.revision}`)
    .replace(/^\/beoordelen\/organisaties\/:id/, () => `/beoordelen/organisaties/${f.pendingOrganisation}`)
    .replace(/^\/beoordelen\/activiteiten\/:id/, () => `/beoordelen/activiteiten/${id(f.ids.submittedActivity!)}`)
    .replace(/^\/beoordelen\/wijzigingen\/:id/, () => `/beoordelen/wijzigingen/${id(f.ids.activityRevision!)}`)
    .replace(/^\/beoordelen\/voortgangsberichten\/:id/, () => `/beoordelen/voortgangsberichten/${id(f.ids.update!)}`)
    .replace(/^\/beheer\/gebruikers\/:id/, () => `/beheer/gebruikers/${f.colleague}`)
    .replace(/^\/portaal\/activiteiten\/:id/, () => `/portaal/activiteiten/${id(f.ownActivity)}`)
    .replace(/^\/activiteiten\/:id/, () => `/activiteiten/${id(f.publicActivity)}`)
    .replace(/^\/partners\/:slug/, '/partners/trajekt')
    .replace(/^\/wijken\/:slug/, '/wijken/pottenberg')
    .replace(/\/:token/, `/${'A'.repeat(43)}`)
    .replace(/\/:slug/, () => {
      if (!f.projectSlug) resolved = false;
      return `/${f.projectSlug ?? 'bestaat-niet'}`;
    })
    .replace(/\/mijlpalen\/:id/, () => `/mijlpalen/${id(f.ids.milestone!)}`)
    .replace(/\/begroting\/:id/, () => `/begroting/${id(f.ids.budgetLine!)}`)
    .replace(/\/voortgang\/:id/, () => `/voortgang/${id(f.ids.update!)}`)
    .replace(/\/rapportages\/:id/, () => `/rapportages/${id(f.ids.snapshot!)}`)
    .replace(/\/financiers\/:id/, () => `/financiers/${id(f.ids.funder!)}`);
  if (url.includes(':')) resolved = false;
  return { url, resolved };
}

async function send(method: string, url: string, actor: Actor) {
  // A fresh session per request, so a route that ends sessions (logout) cannot affect the next check.
  const cookie = actor === 'visitor' ? undefined : await sessionCookie(f.users[actor]);
  return method === 'GET' ? request(url, { cookie }) : postForm(url, {}, { cookie, headers: { 'cf-connecting-ip': '192.0.2.99' } });
}

function allowed(access: Access, actor: Actor): boolean {
  switch (access.kind) {
    case 'public':
    case 'token':
    case 'login-step':
      return true;
    case 'logged-in':
      return actor !== 'visitor';
    case 'member':
      return actor === 'owner';
    case 'roles':
      return access.roles.includes(actor);
    case 'registration':
      return actor === 'visitor' || actor === 'owner' || actor === 'otherOwner';
    case 'inline-validation':
      return true;
  }
}

const isLoginRedirect = (res: Response) => res.status === 303 && (res.headers.get('Location') ?? '').startsWith('/inloggen');

describe('role × route matrix', () => {
  it('has an access rule for every route of the app', () => {
    const missing = ROUTES.filter((r) => !ruleFor(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
    expect(missing, `routes without an access rule in tests/security/route-matrix.test.ts`).toEqual([]);
    expect(ROUTES.length).toBeGreaterThan(50);
  });

  for (const route of ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const access = ruleFor(route.method, route.path);
      if (!access) return; // reported by the test above
      const { url, resolved } = concrete(route.path);
      for (const actor of ACTORS) {
        const label = `${route.method} ${url} as ${actor}`;
        const mayUse = allowed(access, actor);
        // Allowed form posts change state; each is covered with valid input in tests/features. Here only refusals.
        const sentAnyway = ['public', 'token', 'login-step', 'registration', 'inline-validation'].includes(access.kind);
        if (mayUse && route.method === 'POST' && !sentAnyway) continue;
        const res = await send(route.method, url, actor);
        expect(res.status, label).toBeLessThan(500);
        if (access.kind === 'inline-validation') {
          expect(actor === 'visitor' ? [204] : [204, 400, 403, 404], `${label}: ${res.status}`).toContain(res.status);
        } else if (access.kind === 'token') {
          expect(res.status, label).toBe(410);
        } else if (access.kind === 'login-step') {
          expect(res.status, label).toBe(303);
        } else if (access.kind === 'public') {
          expect(res.status, label).not.toBe(403);
          expect(isLoginRedirect(res) && !route.path.startsWith('/uitloggen'), label).toBe(false);
        } else if (actor === 'visitor' && !mayUse) {
          expect(isLoginRedirect(res), `${label}: ${res.status} ${res.headers.get('Location')}`).toBe(true);
          expect(res.headers.get('Location'), label).toMatch(/^\/inloggen(\?terug=%2F|$)/);
        } else if (!mayUse) {
          expect([403, 404], `${label}: ${res.status}`).toContain(res.status);
        } else if (access.kind === 'registration') {
          expect(res.status, label).toBe(422);
        } else if (access.kind === 'roles' && access.redirects) {
          expect(res.status, label).toBe(303);
          expect(res.headers.get('Location') ?? '', label).toMatch(/^\/(?!inloggen)/);
        } else {
          expect(resolved ? [200] : [200, 404], `${label}: ${res.status}`).toContain(res.status);
          expect(res.headers.get('Cache-Control'), label).toBe('no-store');
          expect(roundTrips(res), `${label}: D1 round trips`).toBeLessThanOrEqual(2);
        }
        if (access.kind === 'registration' && !mayUse) expect(res.status, label).toBe(403);
      }
    });
  }
});

describe('cross-site form posts', () => {
  for (const who of ['visitor', 'owner'] as const) {
    it(`are refused with 403 on every POST route (${who})`, { timeout: 120_000 }, async () => {
      const cookie = who === 'visitor' ? undefined : await sessionCookie(f.users.owner);
      for (const route of ROUTES.filter((r) => r.method === 'POST')) {
        const { url } = concrete(route.path);
        const res = await postForm(url, { status: 'approved' }, { cookie, headers: { Origin: 'https://evil.example' } });
        expect(res.status, `${url} ${who}`).toBe(403);
      }
    });
  }

  it('are refused without an Origin header when the browser says the post is cross-site', async () => {
    const res = await exports.default.fetch(
      new Request('http://localhost/inloggen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
        body: 'email=a%40b.nl&wachtwoord=x',
      }),
    );
    expect(res.status).toBe(403);
  });
});

describe('security headers on pages behind login and on the login page', () => {
  it('send a nonce CSP, HSTS and no caching', async () => {
    for (const [path, cookie] of [
      ['/inloggen', undefined],
      ['/account', await sessionCookie(f.users.owner)],
      ['/beheer', await sessionCookie(f.users.admin)],
    ] as const) {
      const res = await request(path, { cookie });
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(Number(/max-age=(\d+)/.exec(res.headers.get('Strict-Transport-Security') ?? '')?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
      if (cookie) expect(res.headers.get('Cache-Control'), path).toBe('no-store');
    }
  });
});
