import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, milestones, projectSnapshots } from '../../../src/db/schema';
import { freezableQuarters } from '../../../src/features/snapshots/commands';
import type { SnapshotData } from '../../../src/features/snapshots/model';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, auditRows, MIRADOR, projectRow, seedOnce } from '../projects/support';

let programme: string;
let reportPath: string;
let frozenJson: string;
let frozenPage: string;

beforeAll(async () => {
  await seedOnce();
  programme = (await asRole('programme')).cookie;
});

const stripNonce = (html: string) => html.replace(/nonce="[^"]*"/g, '');
/** The page without its layout (the header changes with who is logged in, the report itself must not). */
const main = (html: string) =>
  stripNonce(html)
    .replace(/^[\s\S]*<main[^>]*>/, '')
    .replace(/<\/main>[\s\S]*$/, '');

describe('freezing a quarterly report', () => {
  it('stores the state of the project with the updates of the period, and shows it as a printable page', async () => {
    const [current, previous] = freezableQuarters(new Date());
    const res = await postForm(`/projecten/${MIRADOR}/rapportages`, { period: previous!.label }, { cookie: programme });
    expect(res.status).toBe(303);
    reportPath = res.headers.get('Location')!.replace(/\?.*$/, '');
    expect(reportPath).toMatch(new RegExp(`^/projecten/${MIRADOR}/rapportages/\\d+$`));
    const project = await projectRow(MIRADOR);
    const [row] = await db().select().from(projectSnapshots).where(eq(projectSnapshots.projectId, project.id));
    expect(row).toMatchObject({ periodLabel: previous!.label, periodStart: previous!.start, periodEnd: previous!.end });
    const data = JSON.parse(row!.data) as SnapshotData;
    expect(data.project).toMatchObject({ title: 'Miradorplein Nazareth', phase: 2, health: 'at-risk', fundingProgramme: 'regio-deal-4' });
    expect(data.progress).toBe(30);
    expect(data.overdueMilestones).toBe(1);
    expect(data.milestones).toHaveLength(5);
    expect(data.budget.totals).toMatchObject({ allocatedCents: 220_000_000, spentCents: 33_879_100 });
    for (const u of data.updates) expect(u.publishedOn >= previous!.start && u.publishedOn <= previous!.end).toBe(true);
    expect(current).toBeDefined();
    expect(await auditRows('snapshot.freeze', project.id)).toHaveLength(1);

    const page = await request(reportPath, { cookie: programme });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    frozenPage = await page.text();
    expect(frozenPage).toContain('Kwartaalrapportage');
    expect(frozenPage).toContain('30% van de mijlpalen (naar gewicht) gereed');
    expect(frozenPage).toContain('€ 2.200.000,00');
    const projectPage = await (await request(`/projecten/${MIRADOR}`, { cookie: programme })).text();
    expect(projectPage).toContain(`href="${reportPath}"`);
    frozenJson = await (await request(`${reportPath}/json`, { cookie: programme })).text();
    expect(JSON.parse(frozenJson)).toEqual(data);
  });

  it('is downloadable as CSV with a BOM and Dutch sections', async () => {
    const res = await request(`${reportPath}/csv`, { cookie: programme });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="kwartaalrapportage-miradorplein-nazareth-\d{4}-Q[1-4]-\d+\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM (Response.text() would hide it)
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Kwartaalrapportage;Miradorplein Nazareth\r\n')).toBe(true);
    expect(text).toContain('Mijlpaal;Gepland;Gerealiseerd;Status;Gewicht;Over tijd\r\n');
    expect(text).toContain('Aanbesteding herinrichting gegund;');
    expect(text).toContain(';Vertraagd;2;ja\r\n');
    expect(text).toContain('Totaal;2200000,00;800000,00;338791,00;15\r\n');
  });

  it('never changes after later edits of the project', async () => {
    const project = await projectRow(MIRADOR);
    // A phase and health change, a milestone done, a budget line spent — through the real commands.
    const edit = await request(`/projectbeheer/${MIRADOR}`, { cookie: programme });
    expect(edit.status).toBe(200);
    const ms = await db().select().from(milestones).where(eq(milestones.projectId, project.id));
    const delayed = ms.find((m) => m.status === 'delayed')!;
    let res = await postForm(
      `/projectbeheer/${MIRADOR}/mijlpalen/${delayed.id}`,
      {
        version: String(project.version),
        title: delayed.title,
        plannedDate: delayed.plannedDate,
        actualDate: '',
        status: 'done',
        weight: String(delayed.weight),
      },
      { cookie: programme },
    );
    expect(res.status).toBe(303);
    const [line] = await db().select().from(budgetLines).where(eq(budgetLines.projectId, project.id));
    res = await postForm(
      `/projectbeheer/${MIRADOR}/begroting/${line!.id}`,
      { version: String(project.version + 1), fundingSource: 'Hernoemd', allocated: '1', committed: '1', spent: '1' },
      { cookie: programme },
    );
    expect(res.status).toBe(303);
    res = await postForm(
      `/projecten/${MIRADOR}/voortgang`,
      { title: 'Na het rapport', publishedOn: freezableQuarters(new Date())[1]!.end, body: 'Later geschreven, met een datum in het kwartaal.' },
      { cookie: programme },
    );
    expect(res.status).toBe(303);

    const now = await (await request(`/projecten/${MIRADOR}`, { cookie: programme })).text();
    expect(now).toContain('Hernoemd');
    expect(await (await request(`${reportPath}/json`, { cookie: programme })).text()).toBe(frozenJson);
    expect(main(await (await request(reportPath, { cookie: programme })).text())).toBe(main(frozenPage));
  });

  it('cannot be changed in the database either', async () => {
    const [row] = await db().select().from(projectSnapshots).limit(1);
    await expect(db().update(projectSnapshots).set({ data: '{}' }).where(eq(projectSnapshots.id, row!.id))).rejects.toThrow();
    await expect(db().run(sql`update project_snapshots set period_label = 'x'`)).rejects.toThrow();
    const [after] = await db().select().from(projectSnapshots).where(eq(projectSnapshots.id, row!.id));
    expect(after!.data).toBe(frozenJson);
  });
});

describe('who may freeze and read reports', () => {
  it('lets funders of the programme read it; others get 404 and visitors the login page', async () => {
    expect((await request(reportPath, { cookie: (await asFunder(['regio-deal-4'])).cookie })).status).toBe(200);
    expect((await request(`${reportPath}/csv`, { cookie: (await asFunder()).cookie })).status).toBe(200);
    for (const cookie of [(await asFunder(['regio-deal-6'])).cookie, (await asMemberOf('gemeente-maastricht')).cookie]) {
      expect((await request(reportPath, { cookie })).status).toBe(404);
      expect((await request(`${reportPath}/json`, { cookie })).status).toBe(404);
    }
    const anonymous = await request(reportPath);
    expect(anonymous.status).toBe(303);
    expect((await request(reportPath.replace(MIRADOR, 'terra-cottaplein-pottenberg'), { cookie: programme })).status).toBe(404);
    expect((await request(`/projecten/${MIRADOR}/rapportages/abc`, { cookie: programme })).status).toBe(404);
  });

  it('lets only the programme team freeze, for an offered quarter', async () => {
    const before = await db().select().from(projectSnapshots);
    const [current] = freezableQuarters(new Date());
    expect((await postForm(`/projecten/${MIRADOR}/rapportages`, { period: current!.label }, { cookie: (await asFunder()).cookie })).status).toBe(403);
    expect(
      (await postForm(`/projecten/${MIRADOR}/rapportages`, { period: current!.label }, { cookie: (await asMemberOf('gemeente-maastricht')).cookie }))
        .status,
    ).toBe(403);
    const bad = await postForm(`/projecten/${MIRADOR}/rapportages`, { period: '1999-Q1' }, { cookie: programme });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Kies een van de kwartalen uit de lijst.');
    expect((await postForm('/projecten/bestaat-niet/rapportages', { period: current!.label }, { cookie: programme })).status).toBe(404);
    expect(await db().select().from(projectSnapshots)).toHaveLength(before.length);
  });
});
