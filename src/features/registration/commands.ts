import { eq, type SQL } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import { endSessionStatement, newSession } from '../../auth/session';
import { memberships, organisationNeighbourhoods, organisations, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { accountSubject, RATE_LIMITS, rateLimitOutcome, rateLimitStatements, type RateLimitHit } from '../../security/rate-limit';
import { isUniqueViolation, type BatchStatement } from '../../security/transition-guard';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { userIdByEmail, verificationMailStatements } from '../accounts/verification-commands';
import { freeSlug, slugify, type OrganisationProfile } from '../organisations/schemas';
import { nameAndSlugUseQueries, organisationIdBySlug, profileColumns } from '../organisations/statements';
import { notifyProgrammeTeam } from '../../mail/programme-team';

export type Applicant = { kind: 'new'; name: string; email: string; password: string; locale: Locale } | { kind: 'existing'; user: CurrentUser };

export type RegistrationResult =
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'taken'; email: boolean; name: boolean }
  | { kind: 'registered'; organisationId: number; sessionToken: string | null };

/**
 * Registers an organisation (status pending, nothing public) with its first owner: a new account — logged in at once,
 * with a mail to confirm the address — or the logged-in partner. The programme team is told by mail. One batch.
 */
export async function registerOrganisation(
  ctx: CommandContext,
  input: { profile: OrganisationProfile; applicant: Applicant },
  ipSubject: string,
  previousSessionHash: string | null,
): Promise<RegistrationResult> {
  const { db, now } = ctx;
  const { profile, applicant } = input;
  const applicantEmail = applicant.kind === 'new' ? applicant.email : applicant.user.email;
  const hits: RateLimitHit[] = [
    { rule: RATE_LIMITS.registrationPerIp, subject: ipSubject },
    { rule: RATE_LIMITS.registrationPerAccount, subject: await accountSubject(applicantEmail) },
  ];
  const baseSlug = slugify(profile.name);
  const [nameUse, slugUse, emailUse, ...limitResults] = await db.batch([
    ...nameAndSlugUseQueries(db, profile.name, baseSlug),
    db.select({ id: users.id }).from(users).where(eq(users.email, applicantEmail)),
    ...rateLimitStatements(db, hits, now),
  ]);
  const limit = rateLimitOutcome(hits, limitResults, now);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const emailTaken = applicant.kind === 'new' && emailUse.length > 0;
  if (nameUse.length || emailTaken) return { kind: 'taken', email: emailTaken, name: nameUse.length > 0 };

  const slug = freeSlug(
    baseSlug,
    slugUse.map((s) => s.slug),
  );
  const organisationId = organisationIdBySlug(slug);
  const userId = applicant.kind === 'new' ? userIdByEmail(applicant.email) : applicant.user.id;
  const actor = applicant.kind === 'new' ? null : applicant.user.id;
  const account: BatchStatement[] =
    applicant.kind === 'new'
      ? [
          db.insert(users).values({
            email: applicant.email,
            name: applicant.name,
            role: 'partner',
            locale: applicant.locale,
            passwordHash: await hashPassword(applicant.password),
          }),
          ...(await verificationMailStatements(
            db,
            { userId, name: applicant.name, email: applicant.email, locale: applicant.locale },
            ctx.origin,
            now,
          )),
        ]
      : [];
  const batch = commandBatch(ctx).change(
    db
      .insert(organisations)
      .values({ ...profileColumns(profile), slug, status: 'pending', createdAt: now, updatedAt: now })
      .returning({ id: organisations.id }),
  );
  batch.add(
    db.insert(organisationNeighbourhoods).values(profile.neighbourhoodIds.map((neighbourhoodId) => ({ organisationId, neighbourhoodId }))),
    ...account,
  );
  if (applicant.kind === 'new') batch.audit({ actorUserId: userId as SQL, action: 'user.register', objectType: 'user', objectId: userId as SQL });
  batch
    .add(db.insert(memberships).values({ userId, organisationId, role: 'owner', createdAt: now }))
    .audit({
      actorUserId: actor ?? userId,
      action: 'organisation.register',
      objectType: 'organisation',
      objectId: organisationId,
      detail: { name: profile.name, kind: profile.kind },
    })
    .add(notifyProgrammeTeam(db, ctx.origin, { kind: 'organisation', title: profile.name, organisationName: profile.name, id: organisationId }));
  try {
    const created = await batch.commit();
    if (created.kind !== 'ok') throw new Error('an insert always changes a row');
    const id = (created.rows[0] as { id: number }).id;
    if (applicant.kind === 'existing') return { kind: 'registered', organisationId: id, sessionToken: null };
    return { kind: 'registered', organisationId: id, sessionToken: await startSession(ctx, applicant.email, previousSessionHash) };
  } catch (error) {
    if (isUniqueViolation(error, 'users.email')) return { kind: 'taken', email: true, name: false };
    if (isUniqueViolation(error, 'organisations')) return { kind: 'taken', email: false, name: true };
    throw error;
  }
}

/** The new applicant is logged in right away (a new session; any earlier one of this browser ends). */
async function startSession(ctx: CommandContext, email: string, previousSessionHash: string | null) {
  const { db, now } = ctx;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const session = await newSession(db, user!.id, 'active', now.getTime());
  await commandBatch(ctx)
    .add(
      session.insert,
      ...(previousSessionHash ? [endSessionStatement(db, previousSessionHash)] : []),
      db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user!.id)),
    )
    .audit({ actorUserId: user!.id, action: 'login.success', objectType: 'user', objectId: user!.id, detail: { via: 'registration' } })
    .commit();
  return session.token;
}
