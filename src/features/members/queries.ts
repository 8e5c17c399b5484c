import { asc, eq, sql } from 'drizzle-orm';
import type { UserRole } from '../../db/enums';
import type { Db } from '../../db/client';
import { memberships, organisations, users } from '../../db/schema';

/** The organisation and its members, one round trip; null for an unknown id. */
export async function organisationMembers(db: Db, organisationId: number) {
  const [orgRows, memberRows] = await db.batch([
    db
      .select({ id: organisations.id, name: organisations.name, status: organisations.status })
      .from(organisations)
      .where(eq(organisations.id, organisationId)),
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: memberships.role,
        locale: users.locale,
        // Aliased: inside a D1 batch rows are keyed by column name, and memberships.role is selected too.
        userRole: sql<UserRole>`${users.role}`.as('user_role'),
        hasPassword: users.passwordHash,
        disabledAt: users.disabledAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, organisationId))
      .orderBy(asc(users.name), asc(users.id)),
  ]);
  const organisation = orgRows[0];
  if (!organisation) return null;
  return { organisation, members: memberRows.map(({ hasPassword, ...m }) => ({ ...m, hasPassword: hasPassword !== null })) };
}

export type OrganisationMembers = NonNullable<Awaited<ReturnType<typeof organisationMembers>>>;
export type Member = OrganisationMembers['members'][number];
