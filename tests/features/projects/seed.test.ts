import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  budgetLines,
  funderProgrammes,
  milestones,
  projectActivities,
  projectEvents,
  projectNeighbourhoods,
  projectPartners,
  projects,
  projectUpdates,
} from '../../../src/db/schema';
import { seedDemoData } from '../../../src/db/seed';
import { demoProjectStatements } from '../../../src/db/seed/projects';
import { localDate } from '../../../src/dates';
import { overdueCount, progressPercent } from '../../../src/features/projects/progress';
import { db, request, sessionCookie } from '../../helpers';
import { users } from '../../../src/db/schema';
import { MIRADOR, seedOnce, TERRA } from './support';

beforeAll(seedOnce);

describe('demo projects', () => {
  it('are the two Regio Deal projects, marked as demo content', async () => {
    const rows = await db()
      .select()
      .from(projects)
      .where(inArray(projects.slug, [MIRADOR, TERRA]));
    expect(rows.map((p) => [p.slug, p.fundingProgramme, p.isDemo]).sort()).toEqual([
      [MIRADOR, 'regio-deal-4', true],
      [TERRA, 'regio-deal-6', true],
    ]);
    for (const p of rows) expect(p.description).toContain('demo-inhoud');
  });

  it('have neighbourhoods, partners with a lead, linked activities, milestones (done and overdue), budget in cents, updates and events', async () => {
    const today = localDate(new Date());
    for (const slug of [MIRADOR, TERRA]) {
      const [p] = await db().select().from(projects).where(eq(projects.slug, slug));
      const id = p!.id;
      expect(await db().select().from(projectNeighbourhoods).where(eq(projectNeighbourhoods.projectId, id))).toHaveLength(1);
      const partners = await db().select().from(projectPartners).where(eq(projectPartners.projectId, id));
      expect(partners.map((x) => x.role)).toEqual(expect.arrayContaining(['lead', 'implementing', 'funding', 'venue']));
      expect(await db().select().from(projectActivities).where(eq(projectActivities.projectId, id))).toHaveLength(3);
      const ms = await db().select().from(milestones).where(eq(milestones.projectId, id));
      expect(ms.some((m) => m.status === 'done' && m.actualDate !== null)).toBe(true);
      expect(progressPercent(ms)).toBeGreaterThan(0);
      const lines = await db().select().from(budgetLines).where(eq(budgetLines.projectId, id));
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const l of lines)
        for (const cents of [l.allocatedCents, l.committedCents, l.spentCents]) expect(Number.isInteger(cents) && cents >= 0).toBe(true);
      expect((await db().select().from(projectUpdates).where(eq(projectUpdates.projectId, id))).length).toBeGreaterThanOrEqual(2);
      expect((await db().select().from(projectEvents).where(eq(projectEvents.projectId, id))).length).toBeGreaterThanOrEqual(1);
      if (slug === MIRADOR) expect(overdueCount(ms, today)).toBe(1);
    }
  });

  it('are what the demo funder sees: both, through its Regio Deal programmes', async () => {
    const [funder] = await db().select().from(users).where(eq(users.role, 'funder'));
    expect(funder).toBeDefined();
    const programmes = await db().select().from(funderProgrammes).where(eq(funderProgrammes.userId, funder!.id));
    expect(programmes.map((p) => p.programme).sort()).toEqual(['regio-deal-4', 'regio-deal-6']);
    const html = await (await request('/financier', { cookie: await sessionCookie(funder!.id) })).text();
    expect(html).toContain(`href="/projecten/${MIRADOR}"`);
    expect(html).toContain(`href="/projecten/${TERRA}"`);
  });

  it('are loaded once: seeding again adds nothing', async () => {
    const before = await db().select().from(projects);
    expect((await seedDemoData(db())).seeded).toBe(false);
    expect(await db().select().from(projects)).toHaveLength(before.length);
  });

  it('keep every statement within D1’s 100 bound parameters', () => {
    for (const statement of demoProjectStatements(db(), new Date())) {
      const query = (statement as unknown as { toSQL(): { params: unknown[] } }).toSQL();
      expect(query.params.length).toBeLessThanOrEqual(100);
    }
  });
});
