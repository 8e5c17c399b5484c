import { sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';

export type SeedStatement = BatchItem<'sqlite'>;

/** Looks up an id by slug inside the same batch, so demo rows never depend on auto-increment values. */
export const organisationIdBySlug = (slug: string): SQL<number> => sql<number>`(select id from organisations where slug = ${slug})`;
export const neighbourhoodIdBySlug = (slug: string): SQL<number> => sql<number>`(select id from neighbourhoods where slug = ${slug})`;
