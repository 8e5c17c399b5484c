import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { commandBatch } from '../../src/commands/batch';
import { EffectLog } from '../../src/commands/effect-log';
import { PUBLIC_TABLES, touchedBy, writtenTable } from '../../src/commands/effects';
import { seedDemoData } from '../../src/db/seed';
import { auditLog, organisations } from '../../src/db/schema';
import { createOrganisation, db } from '../helpers';

/** The D1 binding, passing everything through and noting the SQL of every statement. */
function recordingD1(d1: D1Database, sent: string[]): D1Database {
  return new Proxy(d1, {
    get(target, property) {
      // The app runs its queries in a D1 session (src/db/replication.ts): record those too.
      if (property === 'withSession') return (start: string) => recordingD1(target.withSession(start) as unknown as D1Database, sent);
      if (property === 'prepare') return (query: string) => (sent.push(query), target.prepare(query));
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Tables a query reads: not table-valued functions (json_each) nor its own common table expressions. */
function tablesRead(query: string): string[] {
  const ctes = new Set([...query.matchAll(/\b(\w+)\s+as\s*\(/gi)].map((m) => m[1]!.toLowerCase()));
  return [...query.matchAll(/\b(?:from|join)\s+["`]?(\w+)\b["`]?(?!\s*\()/gi)].map((m) => m[1]!.toLowerCase()).filter((t) => !ctes.has(t));
}

/** Kept by triggers on a table in PUBLIC_TABLES, never written by a command itself. */
const KEPT_BY_TRIGGERS = new Set(['activities_fts']);

const ctx = (effects?: EffectLog) => ({ db: db(), now: new Date(), ip: null, origin: 'http://localhost', effects });

describe('after-command effects', () => {
  let activityId = 0;
  let projectSlug = '';
  let partnerSlug = '';
  let neighbourhoodSlug = '';
  beforeAll(async () => {
    await seedDemoData(db());
    activityId = (await env.DB.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1").first<number>('id'))!;
    projectSlug = (await env.DB.prepare('SELECT slug FROM projects ORDER BY id LIMIT 1').first<string>('slug'))!;
    partnerSlug = (await env.DB.prepare("SELECT slug FROM organisations WHERE status = 'approved' ORDER BY id LIMIT 1").first<string>('slug'))!;
    neighbourhoodSlug = (await env.DB.prepare('SELECT slug FROM neighbourhoods ORDER BY id LIMIT 1').first<string>('slug'))!;
  });

  it('knows every table a public page reads, so a command writing it invalidates the cached pages', async () => {
    const paths = [
      '/',
      '/activiteiten',
      '/activiteiten?pijler=health&wijk=pottenberg&doelgroep=youth',
      '/activiteiten?zoek=taal',
      `/activiteiten/${activityId}`,
      '/projecten',
      `/projecten/${projectSlug}`,
      '/partners',
      `/partners/${partnerSlug}`,
      '/wijken',
      `/wijken/${neighbourhoodSlug}`,
      '/toegankelijkheid',
    ];
    const read = new Set<string>();
    for (const path of paths) {
      const sent: string[] = [];
      const res = await createApp().request(path, {}, { ...env, DB: recordingD1(env.DB, sent) });
      expect(res.status, path).toBe(200);
      for (const query of sent) for (const table of tablesRead(query)) read.add(table);
    }
    expect(read.size).toBeGreaterThan(5);
    const missing = [...read].filter((table) => !PUBLIC_TABLES.has(table) && !KEPT_BY_TRIGGERS.has(table) && table !== 'sessions');
    expect(missing).toEqual([]);
  });

  it('reads what a statement writes from its SQL', () => {
    expect(writtenTable('insert into "outbox" ("to_address") select ?')).toBe('outbox');
    expect(writtenTable('INSERT INTO outbox (to_address) SELECT u.email FROM users u')).toBe('outbox');
    expect(writtenTable('update "projects" set "version" = "projects"."version" + 1')).toBe('projects');
    expect(writtenTable('delete from "budget_lines" where 1')).toBe('budget_lines');
    expect(writtenTable("SELECT json_extract('{}', CASE WHEN changes() = 0 THEN ? ELSE '$' END)")).toBeNull();
    expect(touchedBy(['insert into "audit_log" select 1', 'update "users" set role = ?'])).toEqual({ mail: false, publicPages: false });
    expect(touchedBy(['insert into "outbox" select 1', 'update "milestones" set status = ?'])).toEqual({ mail: true, publicPages: true });
  });

  it('records what a committed batch touched, and nothing for a batch that lost its guard', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const d = db();
    const lost = new EffectLog();
    const conflict = await commandBatch(ctx(lost))
      .change(d.update(organisations).set({ status: 'approved' }).where(sql`id = ${org.id} AND version = 99`))
      .audit({ actorUserId: null, action: `kernel-lost-${org.id}` })
      .mail({ to: 'someone@example.org', subject: 'x', body: 'y', kind: 'test' })
      .commit();
    expect(conflict.kind).toBe('conflict');
    expect({ mail: lost.mail, publicPages: lost.publicPages }).toEqual({ mail: false, publicPages: false });
    expect(
      await d
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, `kernel-lost-${org.id}`)),
    ).toHaveLength(0);

    const won = new EffectLog();
    const committed = await commandBatch(ctx(won))
      .change(d.update(organisations).set({ status: 'approved', version: sql`version + 1` }).where(sql`id = ${org.id} AND version = 1`).returning())
      .audit({ actorUserId: null, action: `kernel-won-${org.id}` })
      .mail({ to: 'someone@example.org', subject: 'x', body: 'y', kind: 'test' })
      .commit();
    expect(committed.kind).toBe('ok');
    if (committed.kind === 'ok') expect(committed.rows[0]).toMatchObject({ status: 'approved', version: 2 });
    expect({ mail: won.mail, publicPages: won.publicPages }).toEqual({ mail: true, publicPages: true });
    expect(
      await d
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, `kernel-won-${org.id}`)),
    ).toHaveLength(1);
  });

  it('with a guard condition, writes nothing and answers conflict when the change at the end matched no row', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const d = db();
    const stillPending = sql`exists (select 1 from organisations where id = ${org.id} and status = 'pending')`;
    const first = await commandBatch(ctx())
      .guard(stillPending)
      .audit({ actorUserId: null, action: `kernel-guarded-${org.id}` })
      .change(d.update(organisations).set({ status: 'rejected' }).where(sql`id = ${org.id} AND status = 'pending'`))
      .commit();
    expect(first.kind).toBe('ok');
    const second = await commandBatch(ctx())
      .guard(stillPending)
      .audit({ actorUserId: null, action: `kernel-guarded-${org.id}` })
      .change(d.update(organisations).set({ status: 'approved' }).where(sql`id = ${org.id} AND status = 'pending'`))
      .commit();
    expect(second.kind).toBe('conflict');
    expect(
      await d
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, `kernel-guarded-${org.id}`)),
    ).toHaveLength(1);
  });
});
