import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { UserRole } from '../../db/enums';
import { memberships, organisations, users } from '../../db/schema';

export const USERS_PER_PAGE = 50;

const listColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  totpEnabledAt: users.totpEnabledAt,
  lastLoginAt: users.lastLoginAt,
  invited: sql<number>`${users.passwordHash} IS NULL`,
};

/** One page of accounts matching the search, and the total count; one round trip. */
export async function listUsers(db: Db, filter: { q: string; role?: UserRole; page: number }) {
  // instr() rather than LIKE: D1 refuses LIKE patterns over 50 bytes, and typed text is never a pattern.
  const q = filter.q.toLowerCase();
  const where = and(
    filter.q ? or(sql`instr(lower(${users.name}), ${q}) > 0`, sql`instr(${users.email}, ${q}) > 0`) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
  );
  const [rows, totals] = await db.batch([
    db
      .select(listColumns)
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(USERS_PER_PAGE)
      .offset((filter.page - 1) * USERS_PER_PAGE),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { users: rows, total: totals[0]?.total ?? 0 };
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>['users'][number];

/** An account with its organisations; one round trip; null for an unknown id. */
export async function userDetail(db: Db, userId: number) {
  const [userRows, membershipRows] = await db.batch([
    db
      .select({ ...listColumns, locale: users.locale, emailVerifiedAt: users.emailVerifiedAt, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId)),
    db
      .select({ organisationId: organisations.id, name: organisations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organisations.name)),
  ]);
  const user = userRows[0];
  return user ? { user, memberships: membershipRows } : null;
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof userDetail>>>;
