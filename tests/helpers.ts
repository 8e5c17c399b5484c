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
    await db().insert(memberships).values({ userId: user!.id, organisationId: m.organisationId, role: m.role ?? 'owner' });
  }
  return user!;
}

/** A logged-in session for the user, as the Cookie header value (skips the login form and second factor). */
export async function sessionCookie(userId: number): Promise<string> {
  const session = await newSession(db(), userId, 'active');
  await session.insert.run();
  return `${SESSION_COOKIE}=${session.token}`;
}

export function roundTrips(res: Response): number {
  return Number(res.headers.get('X-D1-Round-Trips'));
}
