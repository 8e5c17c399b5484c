import { sql } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import type { Db } from '../client';
import type { UserRole } from '../enums';
import { memberships, organisationNeighbourhoods, organisations, users } from '../schema';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './index';

export type DemoAccount = { role: string; email: string; password: string; note?: string };

/**
 * The second factor of the demo programme team and admin accounts, pre-enrolled so the demo works at once. Add it
 * to any authenticator app (or compute the code with `npm run demo:totp`). Local demo data only: never in production.
 */
export const DEMO_TOTP_SECRET = 'VWDEMOTOTPSECRETPOTTENBERGNAZARE';

type DemoUser = {
  key: 'programme' | 'funder' | 'admin' | 'partner' | 'applicant';
  label: string;
  name: string;
  email: string;
  password: string;
  role: UserRole;
  totp: boolean;
  organisation?: { slug: string; role: 'owner' | 'editor' };
};

/** Every password is a passphrase that passes the portal's own rules (12+ characters, not a common password). */
const DEMO_USERS: DemoUser[] = [
  {
    key: 'programme',
    label: 'programmateam',
    name: 'Priya Programmateam',
    email: 'programmateam@veerkrachtigewijken.example',
    password: 'mirador-plein-lente-2026',
    role: 'programme',
    totp: true,
  },
  { key: 'funder', label: 'financier', name: 'Frank Financier', email: 'financier@regiodeal.example', password: 'regio-deal-zuid-limburg-tranche', role: 'funder', totp: false },
  { key: 'admin', label: 'beheerder', name: 'Bea Beheerder', email: 'beheer@veerkrachtigewijken.example', password: 'sleutelbos-van-de-beheerder', role: 'admin', totp: true },
  {
    key: 'partner',
    label: 'partner (eigenaar Trajekt)',
    name: 'Tom Trajekt',
    email: 'partner@trajekt.example',
    password: 'opbouwwerk-in-pottenberg',
    role: 'partner',
    totp: false,
    organisation: { slug: 'trajekt', role: 'owner' },
  },
  {
    key: 'applicant',
    label: 'aanvrager (wacht op goedkeuring)',
    name: 'Anna Aanvrager',
    email: 'aanvrager@repaircafe-nazareth.example',
    password: 'repareren-is-beter-dan-weggooien',
    role: 'partner',
    totp: false,
    organisation: { slug: 'repair-cafe-nazareth', role: 'owner' },
  },
];

/** The organisation of the demo applicant: registered, still waiting for the programme team's decision. */
const PENDING_ORGANISATION = {
  name: 'Repair Café Nazareth',
  slug: 'repair-cafe-nazareth',
  kind: 'neighbourhood' as const,
  description:
    'Vrijwilligers repareren samen met buurtbewoners kapotte spullen: van broodrooster tot fiets. Elke tweede zaterdag van de maand in Trefpunt. (Demo-inhoud.)',
  website: 'https://repaircafe-nazareth.example',
  contactEmail: 'info@repaircafe-nazareth.example',
};

export const DEMO_ACCOUNTS: DemoAccount[] = DEMO_USERS.map((u) => ({
  role: u.label,
  email: u.email,
  password: u.password,
  note: u.totp ? `tweestapsverificatie vooraf ingesteld, geheim ${DEMO_TOTP_SECRET}` : undefined,
}));

export const demoAccount = (key: DemoUser['key']) => {
  const user = DEMO_USERS.find((u) => u.key === key)!;
  return { email: user.email, password: user.password, name: user.name };
};

// PBKDF2 runs once per password per process, also when the tests seed many times.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const userIdByEmail = (email: string) => sql<number>`(select id from users where email = ${email})` as unknown as number;

/** Every statement is idempotent, so a database seeded before the accounts existed can get them later. */
export async function demoAccountStatements(db: Db, now: Date): Promise<SeedStatement[]> {
  const registeredAt = new Date(now.getTime() - 3 * DAY_MS);
  const statements: SeedStatement[] = [
    db.insert(organisations).values({ ...PENDING_ORGANISATION, status: 'pending', isDemo: true, createdAt: registeredAt, updatedAt: registeredAt }).onConflictDoNothing(),
    db
      .insert(organisationNeighbourhoods)
      .values({
        organisationId: organisationIdBySlug(PENDING_ORGANISATION.slug) as unknown as number,
        neighbourhoodId: neighbourhoodIdBySlug('nazareth') as unknown as number,
      })
      .onConflictDoNothing(),
  ];
  for (const u of DEMO_USERS) {
    statements.push(
      db
        .insert(users)
        .values({
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash: await hashOnce(u.password),
          emailVerifiedAt: u.key === 'applicant' ? registeredAt : now,
          totpSecret: u.totp ? DEMO_TOTP_SECRET : null,
          totpEnabledAt: u.totp ? now : null,
          createdAt: u.key === 'applicant' ? registeredAt : now,
        })
        .onConflictDoNothing(),
    );
    if (u.organisation) {
      statements.push(
        db
          .insert(memberships)
          .values({
            userId: userIdByEmail(u.email),
            organisationId: organisationIdBySlug(u.organisation.slug) as unknown as number,
            role: u.organisation.role,
          })
          .onConflictDoNothing(),
      );
    }
  }
  return statements;
}
