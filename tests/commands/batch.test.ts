import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditRow, commandBatch, mailRow } from '../../src/commands/batch';
import { EffectLog } from '../../src/commands/effect-log';
import { auditLog, organisations, outbox } from '../../src/db/schema';
import { createOrganisation, db } from '../helpers';

const ctx = (effects?: EffectLog) => ({ db: db(), now: new Date(), ip: null, origin: 'http://localhost', effects });
const auditsOf = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));
const mailsTo = (address: string) => db().select().from(outbox).where(eq(outbox.toAddress, address));

describe('the command batch', () => {
  it('runs afterChange() statements right behind the guarded change, and answers from the change itself', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const d = db();
    const stillPending = sql`exists (select 1 from organisations where id = ${org.id} and status = 'pending')`;
    const approve = () =>
      d.update(organisations).set({ status: 'approved' }).where(sql`id = ${org.id} AND status = 'pending'`).returning({ id: organisations.id });
    const action = `kernel-after-${org.id}`;
    const run = () =>
      commandBatch(ctx())
        .guard(stillPending)
        .audit({ actorUserId: null, action: `${action}-before` })
        // Writes nothing, so `changes() > 0` right after it would not hold.
        .add(auditRow(ctx(), { actorUserId: null, action: `${action}-never` }, sql`1 = 0`))
        .change(approve())
        // Guarded by the change's own row count: it holds only right behind the change.
        .afterChange(auditRow(ctx(), { actorUserId: null, action }, sql`changes() > 0`))
        .commit();

    const first = await run();
    expect(first.kind).toBe('ok');
    if (first.kind === 'ok') {
      expect(first.rows).toEqual([{ id: org.id }]);
      expect(first.results).toHaveLength(4);
    }
    expect(await auditsOf(`${action}-before`)).toHaveLength(1);
    expect(await auditsOf(action)).toHaveLength(1);

    const second = await run();
    expect(second.kind).toBe('conflict');
    expect(await auditsOf(`${action}-before`)).toHaveLength(1);
    expect(await auditsOf(action)).toHaveLength(1);
  });

  it('takes afterChange() only with a guard condition', () => {
    expect(() => commandBatch(ctx()).afterChange(sql`select 1`)).toThrow(/guard/);
  });

  it('queues a mail row (mailRow) only while its condition holds, and notes the mail of a committed batch', async () => {
    const org = await createOrganisation();
    const address = `kernel-mail-${org.id}@example.org`;
    const mail = { to: address.toUpperCase(), subject: 'Onderwerp', body: 'Tekst', kind: 'test' };
    const effects = new EffectLog();
    const committed = await commandBatch(ctx(effects))
      .add(mailRow(ctx(), mail, sql`1 = 0`), mailRow(ctx(), mail, sql`exists (select 1 from organisations where id = ${org.id})`))
      .commit();
    expect(committed.kind).toBe('ok');
    if (committed.kind === 'ok') expect(committed.results.map((r) => r.meta.changes)).toEqual([0, 1]);
    expect(await mailsTo(address)).toMatchObject([{ subject: 'Onderwerp', bodyText: 'Tekst', kind: 'test' }]);
    expect(effects.mail).toBe(true);
  });
});
