import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisationNeighbourhoods, organisations } from '../../db/schema';
import type { OrganisationProfile } from './schemas';

/** An organisation id looked up inside the same batch, for statements about an organisation that batch creates. */
export const organisationIdBySlug = (slug: string) => sql<number>`(SELECT id FROM organisations WHERE slug = ${slug})`;

/** The neighbourhoods of an organisation become exactly `ids` (at least one, checked by the schema). */
export function replaceNeighbourhoodsStatements(db: Db, organisationId: number | SQL<number>, ids: number[]) {
  return [
    db.delete(organisationNeighbourhoods).where(eq(organisationNeighbourhoods.organisationId, organisationId as number)),
    db.insert(organisationNeighbourhoods).values(ids.map((neighbourhoodId) => ({ organisationId, neighbourhoodId }))),
  ];
}

/** The profile columns of the organisations table. */
export function profileColumns(profile: OrganisationProfile) {
  return {
    name: profile.name,
    kind: profile.kind,
    description: profile.description,
    website: profile.website,
    contactEmail: profile.contactEmail,
    contactPhone: profile.contactPhone,
    logoKey: profile.logo?.key ?? null,
    logoAlt: profile.logo?.alt ?? null,
  };
}

/**
 * Is the name (case-insensitive) or the slug taken by another organisation? Lists slugs starting like `slug-`: as a
 * range (`'slug-' <= s < 'slug.'`, '.' being the character after '-'), never a LIKE pattern, which D1 refuses over
 * 50 bytes (a 120-character name makes a longer slug) and which would read `_` and `%` as wildcards.
 */
export function nameAndSlugUseQueries(db: Db, name: string, slug: string, exceptId?: number) {
  const others = exceptId === undefined ? undefined : ne(organisations.id, exceptId);
  return [
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(sql`lower(${organisations.name}) = lower(${name})`, others)),
    db
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(and(sql`${organisations.slug} = ${slug} OR (${organisations.slug} >= ${`${slug}-`} AND ${organisations.slug} < ${`${slug}.`})`, others)),
  ] as const;
}

/** Same profile? (to refuse submitting a change that changes nothing) */
export function sameProfile(a: OrganisationProfile, b: OrganisationProfile): boolean {
  const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y).join(',');
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.description === b.description &&
    (a.website ?? '') === (b.website ?? '') &&
    a.contactEmail === b.contactEmail &&
    (a.contactPhone ?? '') === (b.contactPhone ?? '') &&
    sorted(a.neighbourhoodIds) === sorted(b.neighbourhoodIds) &&
    a.logo?.key === b.logo?.key &&
    a.logo?.alt === b.logo?.alt
  );
}
