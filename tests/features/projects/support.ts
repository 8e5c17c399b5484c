import { and, eq } from 'drizzle-orm';
import type { FundingProgramme } from '../../../src/db/enums';
import { auditLog, funderProgrammes, organisations, projects } from '../../../src/db/schema';
import { seedDemoData } from '../../../src/db/seed';
import { createUser, db, sessionCookie } from '../../helpers';

export const MIRADOR = 'miradorplein-nazareth'; // Regio Deal, 4th tranche
export const TERRA = 'terra-cottaplein-pottenberg'; // Regio Deal, 6th tranche

let seeded: Promise<unknown> | undefined;
/** The demo data, once per test file (storage is per file). */
export const seedOnce = () => (seeded ??= seedDemoData(db()));

export async function projectRow(slug: string) {
  const [row] = await db().select().from(projects).where(eq(projects.slug, slug));
  return row!;
}

export async function organisationId(slug: string) {
  const [row] = await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  return row!.id;
}

export async function auditRows(action: string, objectId?: string | number) {
  const where = objectId === undefined ? eq(auditLog.action, action) : and(eq(auditLog.action, action), eq(auditLog.objectId, String(objectId)));
  return db().select().from(auditLog).where(where);
}

export async function asRole(role: 'programme' | 'admin' | 'partner') {
  const user = await createUser({ role });
  return { user, cookie: await sessionCookie(user.id) };
}

/** A funder limited to `programmes` (none: every programme). */
export async function asFunder(programmes: FundingProgramme[] = []) {
  const user = await createUser({ role: 'funder' });
  for (const programme of programmes) await db().insert(funderProgrammes).values({ userId: user.id, programme });
  return { user, cookie: await sessionCookie(user.id) };
}

/** A partner member of the organisation with this slug. */
export async function asMemberOf(orgSlug: string) {
  const user = await createUser({ role: 'partner', memberOf: [{ organisationId: await organisationId(orgSlug), role: 'editor' }] });
  return { user, cookie: await sessionCookie(user.id) };
}
