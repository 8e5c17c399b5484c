import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { neighbourhoods, organisationNeighbourhoods, organisations, pillars } from '../schema';
import { demoAccountStatements, DEMO_ACCOUNTS, encryptDemoSecondFactors, type DemoAccount } from './accounts';
import { demoActivityStatements } from './activities';
import { DEMO_ORGANISATIONS } from './organisations';
import { demoProjectStatements } from './projects';
import { demoMonitorStatements, hasDemoMonitor } from './monitor';
import { demoPlanStatements, hasDemoPlans } from './plans';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './ids';
import { DEMO_NEIGHBOURHOODS, DEMO_PILLARS } from './reference';
import { demoReviewStatements } from './review';

export type SeedResult = { seeded: boolean; accounts: DemoAccount[] };

/**
 * Loads the demo data. Idempotent: when demo organisations already exist nothing is written. All rows go in one
 * `db.batch`, so the database either has all demo data or none of it.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<SeedResult> {
  const existing = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true)).limit(1);
  if (existing.length) {
    // A database seeded before the demo accounts existed gets them now (their statements are idempotent).
    await db.batch((await demoAccountStatements(db, now)) as [SeedStatement, ...SeedStatement[]]);
    await encryptDemoSecondFactors(db);
    // A database seeded before the monitor existed gets its demo data now (one batch of its own).
    if (!(await hasDemoMonitor(db))) await db.batch((await demoMonitorStatements(db)) as [SeedStatement, ...SeedStatement[]]);
    // … and the demo programme plan, which needs the monitor's indicators and waves.
    if (!(await hasDemoPlans(db))) await db.batch(demoPlanStatements(db) as [SeedStatement, ...SeedStatement[]]);
    return { seeded: false, accounts: DEMO_ACCOUNTS };
  }

  const statements: SeedStatement[] = [
    ...DEMO_PILLARS.map((p, i) =>
      db
        .insert(pillars)
        .values({ ...p, sortOrder: i })
        .onConflictDoNothing(),
    ),
    ...DEMO_NEIGHBOURHOODS.map((n, i) =>
      db
        .insert(neighbourhoods)
        .values({ ...n, sortOrder: i })
        .onConflictDoNothing(),
    ),
  ];
  for (const org of DEMO_ORGANISATIONS) {
    statements.push(
      db.insert(organisations).values({
        name: org.name,
        slug: org.slug,
        kind: org.kind,
        description: org.description,
        website: org.website ?? null,
        status: 'approved',
        decidedAt: now,
        isDemo: true,
      }),
    );
    for (const nb of org.neighbourhoods) {
      statements.push(
        db.insert(organisationNeighbourhoods).values({
          organisationId: organisationIdBySlug(org.slug) as unknown as number,
          neighbourhoodId: neighbourhoodIdBySlug(nb) as unknown as number,
        }),
      );
    }
  }
  statements.push(...(await demoAccountStatements(db, now)));
  statements.push(...demoActivityStatements(db, now));
  statements.push(...demoProjectStatements(db, now));
  statements.push(...demoReviewStatements(db, now));
  statements.push(...(await demoMonitorStatements(db)));
  statements.push(...demoPlanStatements(db));

  await db.batch(statements as [SeedStatement, ...SeedStatement[]]);
  await encryptDemoSecondFactors(db);
  return { seeded: true, accounts: DEMO_ACCOUNTS };
}
