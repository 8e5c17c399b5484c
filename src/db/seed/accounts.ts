import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import { developmentTotpSecretBox } from '../../auth/totp-secrets';
import type { Db } from '../client';
import type { UserRole } from '../enums';
import { memberships, organisationNeighbourhoods, organisations, users } from '../schema';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './ids';
import { DAY_MS } from '../../dates';

export type DemoAccount = { role: string; email: string; password: string; note?: string };

/**
 * The second factor of the demo programme team and admin accounts, pre-enrolled so the demo works at once. Add it
 * to any authenticator app (or compute the code with `npm run demo:totp`). Local demo data only: never in production.
 * Stored encrypted with the development key (`encryptDemoSecondFactors`), like every TOTP secret.
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
  {
    key: 'funder',
    label: 'financier',
    name: 'Frank Financier',
    email: 'financier@regiodeal.example',
    password: 'regio-deal-zuid-limburg-tranche',
    role: 'funder',
    totp: false,
  },
  {
    key: 'admin',
    label: 'beheerder',
    name: 'Bea Beheerder',
    email: 'beheer@veerkrachtigewijken.example',
    password: 'sleutelbos-van-de-beheerder',
    role: 'admin',
    totp: true,
  },
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

const userIdByEmail = (email: string) => sql<number>`(select id from users where email = ${email})` as unknown as number;

/** Every statement is idempotent, so a database seeded before the accounts existed can get them later. */
export async function demoAccountStatements(db: Db, now: Date): Promise<SeedStatement[]> {
  const registeredAt = new Date(now.getTime() - 3 * DAY_MS);
  const statements: SeedStatement[] = [
    db
      .insert(organisations)
      .values({ ...PENDING_ORGANISATION, status: 'pending', isDemo: true, createdAt: registeredAt, updatedAt: registeredAt })
      .onConflictDoNothing(),
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
          // Switched on here, the secret follows in `encryptDemoSecondFactors` (it is encrypted for the new user id).
          totpSecret: null,
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

/**
 * Gives the demo accounts with a pre-enrolled second factor their secret, encrypted for their user id, which only
 * exists once the accounts are inserted; so this runs right after the seed batch. It fills in accounts that have TOTP
 * switched on without a secret (just seeded; no other path leaves that state) and encrypts the plain demo secret of a
 * database seeded before secrets were encrypted. An account whose second factor was reset is left alone.
 */
export async function encryptDemoSecondFactors(db: Db): Promise<void> {
  const emails = DEMO_USERS.filter((u) => u.totp).map((u) => u.email);
  const unencrypted = or(isNull(users.totpSecret), eq(users.totpSecret, DEMO_TOTP_SECRET));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.email, emails), isNotNull(users.totpEnabledAt), unencrypted));
  if (!rows.length) return;
  const box = developmentTotpSecretBox();
  const encrypted = await Promise.all(rows.map((row) => box.encrypt(DEMO_TOTP_SECRET, row.id)));
  const updates = rows.map((row, i) =>
    db
      .update(users)
      .set({ totpSecret: encrypted[i]! })
      .where(and(eq(users.id, row.id), isNotNull(users.totpEnabledAt), unencrypted)),
  );
  const [first, ...rest] = updates;
  await db.batch([first!, ...rest]);
}
