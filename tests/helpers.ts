import { exports, env } from 'cloudflare:workers';
import { newSession, SESSION_COOKIE } from '../src/auth/session';
import { hashPassword } from '../src/auth/password';
import { createDb } from '../src/db/client';
import { memberships, organisations, users } from '../src/db/schema';
import type { MembershipRole, OrganisationKind, OrganisationStatus, UserRole } from '../src/db/enums';

export const ORIGIN = 'http://localhost';
export const db = () => createDb(env.DB);

type FetchInit = RequestInit & { cookie?: string; htmx?: boolean };

/** Calls the worker as a browser on this site would (same Origin on unsafe methods). */
export async function request(path: string, init: FetchInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('Cookie', init.cookie);
  if (init.htmx) headers.set('HX-Request', 'true');
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && !headers.has('Origin')) headers.set('Origin', ORIGIN);
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { ...init, headers, redirect: 'manual' }));
}

/** Posts a form (application/x-www-form-urlencoded); arrays become repeated fields. */
export function postForm(path: string, fields: Record<string, string | string[]>, init: FetchInit = {}) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return request(path, { ...init, method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...init.headers } });
}

/** Posts a form as multipart/form-data (as a form with a file input sends it); arrays become repeated fields. */
export function postMultipart(path: string, fields: Record<string, string | string[]>, files: Record<string, File>, cookie: string) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  for (const [key, file] of Object.entries(files)) body.append(key, file);
  return request(path, { method: 'POST', body, cookie });
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganisation(opts: { name?: string; kind?: OrganisationKind; status?: OrganisationStatus } = {}) {
  const name = opts.name ?? `Testorganisatie ${unique()}`;
  const [row] = await db()
    .insert(organisations)
    .values({
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      kind: opts.kind ?? 'neighbourhood',
      status: opts.status ?? 'approved',
      description: 'Een organisatie voor tests.',
    })
    .returning();
  return row!;
}

export const TEST_PASSWORD = 'lange-test-zin-voor-tests';
let cachedHash: string | undefined;

export async function createUser(
  opts: { role?: UserRole; email?: string; name?: string; memberOf?: { organisationId: number; role?: MembershipRole }[] } = {},
) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const [user] = await db()
    .insert(users)
    .values({
      email: opts.email ?? `test-${unique()}@voorbeeld.nl`,
      name: opts.name ?? 'Test Gebruiker',
      role: opts.role ?? 'partner',
      passwordHash: cachedHash,
      emailVerifiedAt: new Date(),
    })
    .returning();
  for (const m of opts.memberOf ?? []) {
    await db()
      .insert(memberships)
      .values({ userId: user!.id, organisationId: m.organisationId, role: m.role ?? 'owner' });
  }
  return user!;
}

/** A logged-in session for the user, as the Cookie header value (skips the login form and second factor). */
export async function sessionCookie(userId: number): Promise<string> {
  const session = await newSession(db(), userId, 'active');
  await session.insert.run();
  return `${SESSION_COOKIE}=${session.token}`;
}

/** A session of the user that really existed but has expired (absolute expiry an hour ago), as the Cookie value. */
export async function expiredSessionCookie(userId: number): Promise<string> {
  const session = await newSession(db(), userId, 'active', Date.now() - 13 * 60 * 60 * 1000);
  await session.insert.run();
  return `${SESSION_COOKIE}=${session.token}`;
}

export function roundTrips(res: Response): number {
  return Number(res.headers.get('X-D1-Round-Trips'));
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts: logging in through the real forms, reading the outbox
// ---------------------------------------------------------------------------------------------------------------

/** The value of a cookie the response sets (empty string when it clears it), or null when it does not touch it. */
export function cookieFrom(res: Response, name = SESSION_COOKIE): string | null {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const [key, ...rest] = pair!.split('=');
    if (key!.trim() === name) return rest.join('=');
  }
  return null;
}

/** Logs in through `/inloggen` (password step only) and returns the Cookie header value and the response. */
export async function loginWithPassword(
  email: string,
  password = TEST_PASSWORD,
  ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
) {
  const res = await postForm('/inloggen', { email, wachtwoord: password }, { headers: { 'cf-connecting-ip': ip } });
  const token = cookieFrom(res);
  return { res, cookie: token ? `${SESSION_COOKIE}=${token}` : '' };
}

/** The newest mail in the outbox to an address, or undefined. */
export async function latestMailTo(email: string) {
  const { outbox } = await import('../src/db/schema');
  const { desc, eq } = await import('drizzle-orm');
  const [mail] = await db().select().from(outbox).where(eq(outbox.toAddress, email.toLowerCase())).orderBy(desc(outbox.id)).limit(1);
  return mail;
}

/** The path of the first link in a mail body that starts with the given path prefix (e.g. '/uitnodiging/'). */
export function linkPathIn(body: string, prefix: string): string | null {
  const match = new RegExp(`https?://[^\\s/]+(${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]*)`).exec(body);
  return match?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Activity editing and review: reference data, a valid activity form, a clock-independent future date
// ---------------------------------------------------------------------------------------------------------------

/** The three pillars and two neighbourhoods (idempotent); returns the neighbourhood ids by slug. */
export async function ensureReferenceData() {
  const { pillars, neighbourhoods } = await import('../src/db/schema');
  const { DEMO_PILLARS, DEMO_NEIGHBOURHOODS } = await import('../src/db/seed/reference');
  for (const [i, p] of DEMO_PILLARS.entries())
    await db()
      .insert(pillars)
      .values({ ...p, sortOrder: i })
      .onConflictDoNothing();
  for (const [i, n] of DEMO_NEIGHBOURHOODS.entries())
    await db()
      .insert(neighbourhoods)
      .values({ ...n, sortOrder: i })
      .onConflictDoNothing();
  const rows = await db().select({ id: neighbourhoods.id, slug: neighbourhoods.slug }).from(neighbourhoods);
  return Object.fromEntries(rows.map((r) => [r.slug, r.id])) as Record<string, number>;
}

/** `YYYY-MM-DD`, `days` after today (UTC), so tests never depend on the date they run. */
export function futureDate(days = 30): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A complete, valid activity form as a browser posts it (a one-off activity 30 days ahead). */
export function activityForm(neighbourhoodId: number, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Koffieochtend in de buurt',
    summary: 'Elke maand samen koffie drinken en buren leren kennen.',
    description: 'Kom gezellig langs.\n\nMeer informatie op https://www.voorbeeld.nl/koffie.',
    pillars: ['health'],
    neighbourhoods: [String(neighbourhoodId)],
    targetGroups: ['everyone'],
    locationName: 'Buurthuis De Pottenberg',
    street: 'Hoofdstraat 12',
    postcode: '6216 ab',
    city: 'Maastricht',
    scheduleKind: 'once',
    date: futureDate(30),
    weekdays: [],
    fromDate: '',
    untilDate: '',
    exceptions: '',
    startTime: '10:00',
    endTime: '12:00',
    cost: 'free',
    costAmount: '',
    joinMethod: 'walk-in',
    joinDetail: '',
    contactName: 'Anna de Vries',
    contactEmail: 'anna@voorbeeld.nl',
    contactPhone: '043 123 45 67',
    accessibility: 'Rolstoeltoegankelijk',
    languages: 'Nederlands, Engels',
    ...overrides,
  };
}

/** Creates an activity through the partner form (saved as draft, or submitted) and returns its id. */
export async function postActivity(
  cookie: string,
  organisationId: number,
  neighbourhoodId: number,
  opts: { submit?: boolean; overrides?: Record<string, string | string[]> } = {},
): Promise<number> {
  const res = await postForm(
    '/portaal/activiteiten',
    { ...activityForm(neighbourhoodId, opts.overrides), organisationId: String(organisationId), actie: opts.submit ? 'indienen' : 'opslaan' },
    { cookie },
  );
  const match = /^\/portaal\/activiteiten\/(\d+)\?/.exec(res.headers.get('Location') ?? '');
  if (res.status !== 303 || !match) throw new Error(`creating the activity failed with ${res.status}`);
  return Number(match[1]);
}

/** A partner with an approved organisation and a logged-in session. */
export async function partnerWithOrganisation(opts: { name?: string } = {}) {
  const organisation = await createOrganisation({ name: opts.name });
  const user = await createUser({ memberOf: [{ organisationId: organisation.id }] });
  return { organisation, user, cookie: await sessionCookie(user.id) };
}

/** A programme team member with a logged-in session. */
export async function reviewer() {
  const user = await createUser({ role: 'programme' });
  return { user, cookie: await sessionCookie(user.id) };
}

/** The two neighbourhoods (as in the demo data), for forms that need them; safe to call more than once. */
export async function ensureNeighbourhoods() {
  const { neighbourhoods } = await import('../src/db/schema');
  for (const [i, slug, name] of [
    [0, 'pottenberg', 'Pottenberg'],
    [1, 'nazareth', 'Nazareth'],
  ] as const) {
    await db().insert(neighbourhoods).values({ slug, name, descriptionNl: name, descriptionEn: name, sortOrder: i }).onConflictDoNothing();
  }
  const rows = await db().select().from(neighbourhoods);
  return { pottenberg: rows.find((r) => r.slug === 'pottenberg')!.id, nazareth: rows.find((r) => r.slug === 'nazareth')!.id };
}
