import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../../src/db/schema';
import { abortUnlessChanged, isTransitionConflict, runBatch } from '../../src/security/transition-guard';
import { createOrganisation, db } from '../helpers';

describe('guarded transitions in one batch', () => {
  it('writes everything when the guarded statement changed a row', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const d = db();
    await runBatch(d, [
      d.update(organisations).set({ status: 'approved', version: sql`version + 1` }).where(sql`id = ${org.id} AND version = 1`),
      abortUnlessChanged(),
      d.insert(auditLog).values({ at: new Date(), actorUserId: null, action: `guard-ok-${org.id}` }),
    ]);
    expect(
      await d
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, `guard-ok-${org.id}`)),
    ).toHaveLength(1);
  });

  it('rolls the whole batch back when it changed nothing, recognisably', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const d = db();
    let error: unknown;
    try {
      await runBatch(d, [
        d.update(organisations).set({ status: 'rejected' }).where(sql`id = ${org.id} AND version = 99`),
        abortUnlessChanged(),
        d.insert(auditLog).values({ at: new Date(), actorUserId: null, action: `guard-no-${org.id}` }),
      ]);
    } catch (e) {
      error = e;
    }
    expect(isTransitionConflict(error)).toBe(true);
    expect(
      await d
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, `guard-no-${org.id}`)),
    ).toHaveLength(0);
    expect((await d.select().from(organisations).where(eq(organisations.id, org.id)))[0]!.status).toBe('pending');
  });

  it('batches raw SQL with parameters (INSERT … SELECT)', async () => {
    const d = db();
    const [result] = await runBatch(d, [
      sql`INSERT INTO audit_log (at, action, result) SELECT ${Date.now()}, ${'raw-insert'}, 'success' WHERE ${1} = 1`,
    ]);
    expect(result!.meta.changes).toBe(1);
  });
});
