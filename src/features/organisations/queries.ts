import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships, neighbourhoods, organisationNeighbourhoods, organisationRevisions, organisations, users } from '../../db/schema';
import { parseStoredProfile, type OrganisationProfile } from './schemas';
import { imageOfColumns } from '../../media/image-input';

/**
 * Organisations waiting for approval, oldest first. A query builder, so the review queue can put it in its own
 * `db.batch`; map rows with `daysWaiting(row.submittedAt, now)` from src/dates.
 */
export function pendingOrganisationsQuery(db: Db) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, submittedAt: organisations.createdAt })
    .from(organisations)
    .where(eq(organisations.status, 'pending'))
    .orderBy(asc(organisations.createdAt), asc(organisations.id));
}

/** Submitted profile changes of approved organisations, oldest first (also batchable). */
export function pendingOrganisationRevisionsQuery(db: Db) {
  return db
    .select({
      id: organisationRevisions.id,
      organisationId: organisationRevisions.organisationId,
      organisationName: organisations.name,
      submittedAt: organisationRevisions.createdAt,
    })
    .from(organisationRevisions)
    .innerJoin(organisations, eq(organisations.id, organisationRevisions.organisationId))
    .where(eq(organisationRevisions.status, 'submitted'))
    .orderBy(asc(organisationRevisions.createdAt), asc(organisationRevisions.id));
}

export type PendingOrganisation = Awaited<ReturnType<typeof pendingOrganisationsQuery>>[number];
export type PendingOrganisationRevision = Awaited<ReturnType<typeof pendingOrganisationRevisionsQuery>>[number];

/** Both lists in one round trip. */
export async function pendingOrganisationWork(db: Db) {
  const [organisationRows, revisionRows] = await db.batch([pendingOrganisationsQuery(db), pendingOrganisationRevisionsQuery(db)]);
  return { organisations: organisationRows, revisions: revisionRows };
}

export function allNeighbourhoodsQuery(db: Db) {
  return db
    .select({ id: neighbourhoods.id, name: neighbourhoods.name })
    .from(neighbourhoods)
    .orderBy(asc(neighbourhoods.sortOrder), asc(neighbourhoods.name));
}

export type NeighbourhoodOption = Awaited<ReturnType<typeof allNeighbourhoodsQuery>>[number];

function organisationQuery(db: Db, organisationId: number) {
  return db.select().from(organisations).where(eq(organisations.id, organisationId));
}

function organisationNeighbourhoodIdsQuery(db: Db, organisationId: number) {
  return db
    .select({ id: organisationNeighbourhoods.neighbourhoodId })
    .from(organisationNeighbourhoods)
    .where(eq(organisationNeighbourhoods.organisationId, organisationId));
}

/** The newest revision of an organisation that is still open or was rejected last (to show its reason). */
function latestRevisionQuery(db: Db, organisationId: number) {
  return db
    .select()
    .from(organisationRevisions)
    .where(and(eq(organisationRevisions.organisationId, organisationId), sql`${organisationRevisions.status} IN ('submitted', 'rejected')`))
    .orderBy(desc(organisationRevisions.id))
    .limit(1);
}

type OrganisationRow = typeof organisations.$inferSelect;

export function profileOf(row: OrganisationRow, neighbourhoodIds: number[]): OrganisationProfile {
  return {
    name: row.name,
    kind: row.kind,
    description: row.description,
    website: row.website,
    contactEmail: row.contactEmail ?? '',
    contactPhone: row.contactPhone,
    neighbourhoodIds,
    logo: imageOfColumns(row.logoKey, row.logoAlt),
  };
}

/** Everything the member's profile page shows, in one round trip; null for an unknown id. */
export async function organisationWorkspace(db: Db, organisationId: number) {
  const [orgRows, nbRows, revisionRows, options] = await db.batch([
    organisationQuery(db, organisationId),
    organisationNeighbourhoodIdsQuery(db, organisationId),
    latestRevisionQuery(db, organisationId),
    allNeighbourhoodsQuery(db),
  ]);
  const organisation = orgRows[0];
  if (!organisation) return null;
  const revision = revisionRows[0];
  return {
    organisation,
    profile: profileOf(
      organisation,
      nbRows.map((n) => n.id),
    ),
    revision: revision ? { ...revision, profile: parseStoredProfile(revision.data) } : null,
    neighbourhoods: options,
  };
}

export type OrganisationWorkspace = NonNullable<Awaited<ReturnType<typeof organisationWorkspace>>>;

/** The decision page of a registration: the organisation, its neighbourhoods and its applicants; one round trip. */
export async function organisationForDecision(db: Db, organisationId: number) {
  const [orgRows, nbRows, memberRows, options] = await db.batch([
    organisationQuery(db, organisationId),
    organisationNeighbourhoodIdsQuery(db, organisationId),
    db
      .select({ name: users.name, email: users.email, emailVerifiedAt: users.emailVerifiedAt, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, organisationId))
      .orderBy(asc(memberships.createdAt)),
    allNeighbourhoodsQuery(db),
  ]);
  const organisation = orgRows[0];
  if (!organisation) return null;
  return {
    organisation,
    profile: profileOf(
      organisation,
      nbRows.map((n) => n.id),
    ),
    members: memberRows,
    neighbourhoods: options,
  };
}

/** A profile change with the live profile it would replace; one round trip. */
export async function revisionForDecision(db: Db, revisionId: number) {
  // Inside a D1 batch rows come back keyed by column name, so a join must not select two columns of the same name.
  const [revisionRows, orgRows, nbRows, options] = await db.batch([
    db.select().from(organisationRevisions).where(eq(organisationRevisions.id, revisionId)),
    db
      .select({ organisation: organisations })
      .from(organisations)
      .innerJoin(organisationRevisions, eq(organisationRevisions.organisationId, organisations.id))
      .where(eq(organisationRevisions.id, revisionId)),
    db
      .select({ id: organisationNeighbourhoods.neighbourhoodId })
      .from(organisationNeighbourhoods)
      .innerJoin(organisationRevisions, eq(organisationRevisions.organisationId, organisationNeighbourhoods.organisationId))
      .where(eq(organisationRevisions.id, revisionId)),
    allNeighbourhoodsQuery(db),
  ]);
  const revision = revisionRows[0];
  const organisation = orgRows[0]?.organisation;
  if (!revision || !organisation) return null;
  const proposed = parseStoredProfile(revision.data);
  if (!proposed) return null;
  return {
    revision,
    organisation,
    current: profileOf(
      organisation,
      nbRows.map((n) => n.id),
    ),
    proposed,
    neighbourhoods: options,
  };
}
