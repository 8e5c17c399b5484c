import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, milestones, projectEvents } from '../../../src/db/schema';
import { db, postForm, request } from '../../helpers';
import { localDate } from '../../../src/dates';
import { asFunder, asRole, auditRows, projectRow, seedOnce, TERRA } from '../projects/support';

let cookie: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
});

const version = async () => String((await projectRow(TERRA)).version);
const milestonesOf = async () =>
  db()
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, (await projectRow(TERRA)).id));
const linesOf = async () =>
  db()
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.projectId, (await projectRow(TERRA)).id));
const eventsOf = async () =>
  db()
    .select()
    .from(projectEvents)
    .where(eq(projectEvents.projectId, (await projectRow(TERRA)).id));

describe('milestones', () => {
  it('adds a milestone with an automatic timeline event and an audit row', async () => {
    const project = await projectRow(TERRA);
    const res = await postForm(
      `/projectbeheer/${TERRA}/mijlpalen`,
      { version: String(project.version), title: 'Bouwvergunning', plannedDate: '2027-03-31', actualDate: '', status: 'planned', weight: '' },
      { cookie },
    );
    expect(res.status).toBe(303);
    const added = (await milestonesOf()).find((m) => m.title === 'Bouwvergunning');
    expect(added).toMatchObject({ plannedDate: '2027-03-31', actualDate: null, status: 'planned', weight: 1 }); // empty weight = 1
    const events = await eventsOf();
    expect(events.some((e) => e.kind === 'milestone' && JSON.parse(e.detail).action === 'added')).toBe(true);
    expect(await auditRows('milestone.add', project.id)).toHaveLength(1);
    expect((await projectRow(TERRA)).version).toBe(project.version + 1);
  });

  it.each([
    ['2026-02-30', 'Vul een bestaande datum in als jjjj-mm-dd'],
    ['31-12-2026', 'Vul een bestaande datum in als jjjj-mm-dd'],
    ['morgen', 'Vul een bestaande datum in als jjjj-mm-dd'],
  ])('refuses the planned date %j with a Dutch message and changes nothing', async (plannedDate, message) => {
    const before = await milestonesOf();
    const res = await postForm(
      `/projectbeheer/${TERRA}/mijlpalen`,
      { version: await version(), title: 'X', plannedDate, actualDate: '', status: 'planned', weight: '1' },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
    expect(await milestonesOf()).toEqual(before);
  });

  it('refuses weights that are not whole numbers from 0 to 1000', async () => {
    for (const weight of ['-1', '2.5', 'zwaar', '1001']) {
      const res = await postForm(
        `/projectbeheer/${TERRA}/mijlpalen`,
        { version: await version(), title: 'X', plannedDate: '2027-01-01', actualDate: '', status: 'planned', weight },
        { cookie },
      );
      expect(res.status, weight).toBe(422);
      expect(await res.text()).toContain('Vul als gewicht een heel getal van 0 tot en met 1000 in.');
    }
  });

  it('refuses weights that would sum to zero', async () => {
    // A fresh project with a single milestone.
    const fresh = await projectRow('miradorplein-nazareth');
    const ms = await db().select().from(milestones).where(eq(milestones.projectId, fresh.id));
    // Set every milestone but the last to weight 0, then try to set the last one to 0 as well.
    let v = fresh.version;
    for (const m of ms.slice(0, -1)) {
      const res = await postForm(
        `/projectbeheer/miradorplein-nazareth/mijlpalen/${m.id}`,
        { version: String(v), title: m.title, plannedDate: m.plannedDate, actualDate: m.actualDate ?? '', status: m.status, weight: '0' },
        { cookie },
      );
      expect(res.status).toBe(303);
      v++;
    }
    const last = ms.at(-1)!;
    const res = await postForm(
      `/projectbeheer/miradorplein-nazareth/mijlpalen/${last.id}`,
      { version: String(v), title: last.title, plannedDate: last.plannedDate, actualDate: '', status: last.status, weight: '0' },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('De gewichten van alle mijlpalen samen moeten groter zijn dan 0');
    const remove = await postForm(`/projectbeheer/miradorplein-nazareth/mijlpalen/${last.id}/verwijderen`, { version: String(v) }, { cookie });
    expect(remove.status).toBe(422);
    expect(await remove.text()).toContain('Na het verwijderen zouden de overige mijlpalen samen gewicht 0 hebben');
    expect((await db().select().from(milestones).where(eq(milestones.id, last.id)))[0]!.weight).toBe(last.weight);
  });

  it('marks a milestone done: today as actual date, a status event, and a higher progress on the status page', async () => {
    const m = (await milestonesOf()).find((x) => x.title === 'Programma van eisen vastgesteld')!;
    const res = await postForm(
      `/projectbeheer/${TERRA}/mijlpalen/${m.id}`,
      { version: await version(), title: m.title, plannedDate: m.plannedDate, actualDate: '', status: 'done', weight: String(m.weight) },
      { cookie },
    );
    expect(res.status).toBe(303);
    const [after] = await db().select().from(milestones).where(eq(milestones.id, m.id));
    expect(after).toMatchObject({ status: 'done', actualDate: localDate(new Date()) });
    const event = (await eventsOf()).find(
      (e) => JSON.parse(e.detail).action === 'status' && JSON.parse(e.detail).title === m.title && JSON.parse(e.detail).to === 'done',
    );
    expect(event).toBeDefined();
    expect(await auditRows('milestone.update', after!.projectId)).not.toHaveLength(0);
    // 1 (verkenning) + 2 (programma van eisen) of 1 + 2 + 2 + 3 + 1 (bouwvergunning) = 3 / 9
    const html = await (await request(`/projecten/${TERRA}`, { cookie: (await asFunder()).cookie })).text();
    expect(html).toContain('33% van de mijlpalen (naar gewicht) gereed');
    expect(html).toContain('Mijlpaal Programma van eisen vastgesteld: Bezig → Gereed.');
  });

  it('removes a milestone with an event and an audit row; a stale form gets 409', async () => {
    const m = (await milestonesOf()).find((x) => x.title === 'Bouwvergunning')!;
    const stale = await postForm(`/projectbeheer/${TERRA}/mijlpalen/${m.id}/verwijderen`, { version: '1' }, { cookie });
    expect(stale.status).toBe(409);
    expect((await milestonesOf()).some((x) => x.id === m.id)).toBe(true);
    const res = await postForm(`/projectbeheer/${TERRA}/mijlpalen/${m.id}/verwijderen`, { version: await version() }, { cookie });
    expect(res.status).toBe(303);
    expect((await milestonesOf()).some((x) => x.id === m.id)).toBe(false);
    expect((await eventsOf()).some((e) => JSON.parse(e.detail).action === 'removed')).toBe(true);
    expect(await auditRows('milestone.remove', m.projectId)).toHaveLength(1);
    expect((await postForm(`/projectbeheer/${TERRA}/mijlpalen/999999/verwijderen`, { version: await version() }, { cookie })).status).toBe(404);
  });
});

describe('budget lines in euros, stored as cents', () => {
  it.each([
    ['1.250,50', 125050],
    ['1250.50', 125050],
    ['€ 3.000', 300000],
  ])('accepts %j as %i cents', async (amount, cents) => {
    const source = `Bron ${amount}`;
    const res = await postForm(
      `/projectbeheer/${TERRA}/begroting`,
      { version: await version(), fundingSource: source, allocated: amount, committed: '', spent: '0' },
      { cookie },
    );
    expect(res.status).toBe(303);
    const line = (await linesOf()).find((l) => l.fundingSource === source);
    expect(line).toMatchObject({ allocatedCents: cents, committedCents: 0, spentCents: 0 });
  });

  it.each([
    ['-5', 'Een bedrag kan niet negatief zijn.'],
    ['-1.250,00', 'Een bedrag kan niet negatief zijn.'],
    ['veel', 'Vul een bedrag in euro’s in, zoals 1.250,50 of 1250.50.'],
    ['12,345,6', 'Vul een bedrag in euro’s in, zoals 1.250,50 of 1250.50.'],
    ['5000000000', 'Dit bedrag is te groot'],
  ])('refuses %j with a Dutch message, nothing changed', async (amount, message) => {
    const before = await linesOf();
    const res = await postForm(
      `/projectbeheer/${TERRA}/begroting`,
      { version: await version(), fundingSource: 'Fout', allocated: '100', committed: amount, spent: '0' },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain(`value="${amount}"`);
    expect(await linesOf()).toEqual(before);
  });

  it('edits and removes a line with audit rows, and the public total follows', async () => {
    const line = (await linesOf()).find((l) => l.fundingSource === 'Servatius')!;
    const edit = await request(`/projectbeheer/${TERRA}/begroting/${line.id}`, { cookie });
    expect(await edit.text()).toContain('value="200.000,00"');
    const res = await postForm(
      `/projectbeheer/${TERRA}/begroting/${line.id}`,
      { version: await version(), fundingSource: 'Servatius', allocated: '250.000', committed: '10.000,25', spent: '0' },
      { cookie },
    );
    expect(res.status).toBe(303);
    const [after] = await db()
      .select()
      .from(budgetLines)
      .where(and(eq(budgetLines.id, line.id)));
    expect(after).toMatchObject({ allocatedCents: 25_000_000, committedCents: 1_000_025 });
    const audit = await auditRows('budget-line.update', line.projectId);
    expect(JSON.parse(audit[0]!.detail!).after).toEqual({ allocatedCents: 25_000_000, committedCents: 1_000_025, spentCents: 0 });
    const removed = await postForm(`/projectbeheer/${TERRA}/begroting/${line.id}/verwijderen`, { version: await version() }, { cookie });
    expect(removed.status).toBe(303);
    expect(await auditRows('budget-line.remove', line.projectId)).toHaveLength(1);
    expect(await auditRows('budget-line.add', line.projectId)).toHaveLength(3);
    // Regio Deal 900.000 + Gemeente 300.000 + 1.250,50 + 1.250,50 + 3.000 from the lines added above
    const html = await (await request(`/projecten/${TERRA}`)).text();
    expect(html).toContain('€ 1.205.501,00');
  });
});
