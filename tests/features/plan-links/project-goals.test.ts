import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, projectGoals, projects } from '../../../src/db/schema';
import { BUDGETS } from '../../budgets/budgets';
import { db, ensureReferenceData, partnerWithOrganisation, postForm, request, reviewer, roundTrips } from '../../helpers';
import { addConcept, makePlan, makeProject } from './fixtures';

let team: Awaited<ReturnType<typeof reviewer>>;
let plan: Awaited<ReturnType<typeof makePlan>>;
let conceptOnlyGoal: number;

const linkedGoals = async (projectId: number) =>
  (await db().select().from(projectGoals).where(eq(projectGoals.projectId, projectId))).map((r) => r.goalId).sort((a, b) => a - b);
const versionOf = async (projectId: number) => (await db().select().from(projects).where(eq(projects.id, projectId)))[0]!.version;

beforeAll(async () => {
  const nb = await ensureReferenceData();
  team = await reviewer();
  plan = await makePlan({
    title: 'Uitvoeringsplan Nazareth',
    neighbourhoodId: nb.nazareth!,
    goals: [
      { title: 'Ambitie Een levendig plein', pillars: ['equal-chances'] },
      { title: 'Doel Het plein als ontmoetingsplek', depth: 2, parent: 'Ambitie Een levendig plein', pillars: ['equal-chances'] },
    ],
  });
  const next = await addConcept(plan.planId, 2, 'Uitvoeringsplan Nazareth', [{ title: 'Doel Nog niet vastgesteld' }]);
  conceptOnlyGoal = next.goalIds['Doel Nog niet vastgesteld']!;
});

const goal = (title: string) => plan.goalIds[title]!;

describe('linkProjectGoals', () => {
  it('links the chosen goals in one guarded batch with its audit row, and the project page shows them', async () => {
    const project = await makeProject('Miradorplein test');
    const page = await request(`/projectbeheer/${project.slug}/doelen`, { cookie: team.cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBe(BUDGETS.loggedInPageRoundTrips);
    const form = await page.text();
    expect(form).toContain('Uitvoeringsplan Nazareth 2026–2027');
    expect(form).toContain('Doel: Doel Het plein als ontmoetingsplek');
    expect(form).not.toContain('Doel Nog niet vastgesteld');

    const res = await postForm(
      `/projectbeheer/${project.slug}/doelen`,
      { version: '1', goals: [String(goal('Doel Het plein als ontmoetingsplek'))] },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/projectbeheer/${project.slug}/doelen?melding=opgeslagen`);
    expect(await linkedGoals(project.id)).toEqual([goal('Doel Het plein als ontmoetingsplek')]);
    expect(await versionOf(project.id)).toBe(2);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.link-goals'), eq(auditLog.objectId, String(project.id))));
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail!)).toEqual({ before: [], after: [goal('Doel Het plein als ontmoetingsplek')] });

    const publicPage = await request(`/projecten/${project.slug}`);
    expect(publicPage.status).toBe(200);
    expect(roundTrips(publicPage)).toBe(BUDGETS.publicPageRoundTrips);
    const html = await publicPage.text();
    expect(html).toContain('<h2 class="utrecht-heading-2" id="doelen-kop">Draagt bij aan</h2>');
    expect(html).toContain(
      `Uitvoeringsplan Nazareth 2026–2027 · Doel: <a class="utrecht-link" href="/programma/doelen/${goal('Doel Het plein als ontmoetingsplek')}">`,
    );

    // Unticking everything removes the links.
    expect((await postForm(`/projectbeheer/${project.slug}/doelen`, { version: '2' }, { cookie: team.cookie })).status).toBe(303);
    expect(await linkedGoals(project.id)).toEqual([]);
  });

  it('keeps a link to a goal that is not in a current plan version (the form does not offer it)', async () => {
    const project = await makeProject();
    await db().insert(projectGoals).values({ projectId: project.id, goalId: conceptOnlyGoal });
    const page = await request(`/projecten/${project.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('Draagt bij aan');
    expect(
      (
        await postForm(
          `/projectbeheer/${project.slug}/doelen`,
          { version: '1', goals: [String(goal('Ambitie Een levendig plein'))] },
          { cookie: team.cookie },
        )
      ).status,
    ).toBe(303);
    expect(await linkedGoals(project.id)).toEqual([goal('Ambitie Een levendig plein'), conceptOnlyGoal].sort((a, b) => a - b));
  });

  it('is the programme team’s: a partner is refused and nothing is written', async () => {
    const project = await makeProject();
    const partner = await partnerWithOrganisation();
    const res = await postForm(
      `/projectbeheer/${project.slug}/doelen`,
      { version: '1', goals: [String(goal('Ambitie Een levendig plein'))] },
      { cookie: partner.cookie },
    );
    expect(res.status).toBe(403);
    expect((await request(`/projectbeheer/${project.slug}/doelen`, { cookie: partner.cookie })).status).toBe(403);
    expect(await linkedGoals(project.id)).toEqual([]);
    expect(await versionOf(project.id)).toBe(1);
  });

  it('a stale version answers 409, keeps what was ticked and writes nothing', async () => {
    const project = await makeProject();
    await db().update(projects).set({ version: 2 }).where(eq(projects.id, project.id)); // someone else saved meanwhile
    const res = await postForm(
      `/projectbeheer/${project.slug}/doelen`,
      { version: '1', goals: [String(goal('Ambitie Een levendig plein'))] },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Iemand anders heeft dit project intussen gewijzigd.');
    expect(html).toMatch(new RegExp(`value="${goal('Ambitie Een levendig plein')}" checked`));
    expect(html).toContain('name="version" value="2"');
    expect(await linkedGoals(project.id)).toEqual([]);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'project.link-goals'), eq(auditLog.objectId, String(project.id)))),
    ).toHaveLength(0);
  });

  it('refuses a goal the form does not offer with a Dutch message at the field (422)', async () => {
    const project = await makeProject();
    const res = await postForm(`/projectbeheer/${project.slug}/doelen`, { version: '1', goals: [String(conceptOnlyGoal)] }, { cookie: team.cookie });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Kies alleen doelen uit de lijst.');
    expect(await linkedGoals(project.id)).toEqual([]);
  });
});
