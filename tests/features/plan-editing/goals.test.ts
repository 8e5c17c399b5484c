import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, planGoalNeighbourhoods, planGoalPartners, planGoalTargets } from '../../../src/db/schema';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asRole, auditRows, seedOnce } from '../projects/support';
import { addGoalVia, agendaConcept, aWave, fieldError, freshConcept, goalFields, goalRows, versionRow } from './support';

let cookie: string;
let partner: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
  partner = (await asRole('partner')).cookie;
});

const v = async (id: number) => String((await versionRow(id)).version);

describe('goals in a concept', () => {
  it('adds an ambition and a goal with an indicator, baseline and target, with an audit row per change', async () => {
    const { version, path } = await freshConcept();
    const wave = await aWave('sportclub-jeugd');
    const ambition = await addGoalVia(path, cookie, version.id, { title: 'Gezond opgroeien', pillars: ['health'] });
    const goal = await addGoalVia(path, cookie, version.id, {
      title: 'Meer jeugd bij een sportclub',
      parent: String(ambition),
      indicator: 'sportclub-jeugd',
      baselineWave: wave,
      baselineValue: '41,5',
      targets: '2027: 50',
      weight: '2',
    });
    const rows = await goalRows(version.id);
    expect(rows.find((r) => r.goalId === goal)).toMatchObject({
      parentGoalId: ambition,
      depth: 2,
      indicatorCode: 'sportclub-jeugd',
      baselineValue: 41.5,
      weight: 2,
    });
    expect((await auditRows('plan.goal.add', version.id)).length).toBe(2);
    expect((await versionRow(version.id)).version).toBe(version.version + 2);
    const page = await request(path, { cookie });
    const html = await page.text();
    expect(html).toContain('Meer jeugd bij een sportclub');
    expect(roundTrips(page)).toBeLessThanOrEqual(4);
  });

  it('is forbidden for a partner and changes nothing', async () => {
    const { version, path } = await freshConcept();
    const res = await postForm(`${path}/doelen`, { version: await v(version.id), ...goalFields() }, { cookie: partner });
    expect(res.status).toBe(403);
    expect(await goalRows(version.id)).toEqual([]);
  });

  it.each([
    [{ title: '' }, 'Vul de titel van het doel in.'],
    [{ weight: 'zwaar' }, 'Vul als gewicht een heel getal van 0 tot en met 1000 in, of laat het leeg.'],
    [{ indicator: 'bestaat-niet' }, 'Kies een indicator uit de monitor.'],
    [{ indicator: 'eenzaamheid', targets: '2031: 10' }, '2031 valt buiten de looptijd van het plan (2026–2027).'],
    [{ indicator: 'eenzaamheid', targets: 'meting-2040: 10' }, 'De monitor kent geen meting &quot;meting-2040&quot;.'],
    [{ targets: '2027: 10' }, 'Streefwaarden horen bij een indicator. Kies eerst de indicator.'],
    [{ indicator: 'eenzaamheid', baselineValue: '12' }, 'Vul bij de nulmeting zowel de meting als de waarde in.'],
  ])('refuses %j with a Dutch message at the field, keeps the input, writes nothing', async (over, message) => {
    const { version, path } = await freshConcept();
    const res = await postForm(
      `${path}/doelen`,
      { version: await v(version.id), ...goalFields({ description: 'Mijn getypte tekst', ...over }) },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('Mijn getypte tekst');
    expect(await goalRows(version.id)).toEqual([]);
    expect((await versionRow(version.id)).version).toBe(version.version);
  });

  it('refuses a fourth level', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'A' });
    const b = await addGoalVia(path, cookie, version.id, { title: 'B', parent: String(a) });
    const c = await addGoalVia(path, cookie, version.id, { title: 'C', parent: String(b) });
    const res = await postForm(`${path}/doelen`, { version: await v(version.id), ...goalFields({ title: 'D', parent: String(c) }) }, { cookie });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Een plan heeft hoogstens drie niveaus');
    expect((await goalRows(version.id)).length).toBe(3);
  });

  it('refuses every child weight 0', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'A' });
    const lone = await postForm(
      `${path}/doelen`,
      { version: await v(version.id), ...goalFields({ title: 'B', parent: String(a), weight: '0' }) },
      { cookie },
    );
    expect(lone.status).toBe(422);
    expect(await lone.text()).toContain('Alle doelen op dit niveau hebben dan gewicht 0.');
    const b = await addGoalVia(path, cookie, version.id, { title: 'B', parent: String(a), weight: '1' });
    await addGoalVia(path, cookie, version.id, { title: 'C', parent: String(a), weight: '0' });
    const edit = await postForm(`${path}/doelen/${b}`, { version: await v(version.id), ...goalFields({ title: 'B', weight: '0' }) }, { cookie });
    expect(edit.status).toBe(422);
    expect((await goalRows(version.id)).find((r) => r.goalId === b)!.weight).toBe(1);
  });

  it('two people editing the same goal: the second gets 409 with the current state and keeps their input', async () => {
    const { version, path } = await freshConcept();
    const goal = await addGoalVia(path, cookie, version.id, { title: 'Oud' });
    const opened = await v(version.id);
    const first = await postForm(`${path}/doelen/${goal}`, { version: opened, ...goalFields({ title: 'Eerste bewerking' }) }, { cookie });
    expect(first.status).toBe(303);
    const second = await postForm(`${path}/doelen/${goal}`, { version: opened, ...goalFields({ title: 'Tweede bewerking' }) }, { cookie });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Iemand anders heeft dit plan intussen gewijzigd');
    expect(html).toContain('Tweede bewerking'); // the input is kept
    expect(html).toContain('Eerste bewerking'); // the current state is shown
    expect((await goalRows(version.id))[0]!.title).toBe('Eerste bewerking');
  });

  it('moves a goal, refusing a cycle and a fourth level', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'A' });
    const b = await addGoalVia(path, cookie, version.id, { title: 'B', parent: String(a) });
    const c = await addGoalVia(path, cookie, version.id, { title: 'C', parent: String(b) });
    const x = await addGoalVia(path, cookie, version.id, { title: 'X' });
    const y = await addGoalVia(path, cookie, version.id, { title: 'Y', parent: String(x) });
    const before = await goalRows(version.id);
    const versionBefore = await versionRow(version.id);
    const cycle = await postForm(`${path}/doelen/${a}/verplaatsen`, { version: await v(version.id), parent: String(c) }, { cookie });
    expect(cycle.status).toBe(422);
    expect(await cycle.text()).toContain('Een doel kan niet onder zichzelf of onder een van zijn eigen subdoelen komen.');
    expect(await goalRows(version.id)).toEqual(before);
    expect(await versionRow(version.id)).toEqual(versionBefore);
    const deep = await postForm(`${path}/doelen/${b}/verplaatsen`, { version: await v(version.id), parent: String(y) }, { cookie });
    expect(deep.status).toBe(422);
    expect(fieldError(await deep.text(), 'parent')).toBe(
      'Zo komt een doel op een vierde niveau. Een plan heeft hoogstens drie niveaus: ambitie, doel en subdoel.',
    );
    expect(await goalRows(version.id)).toEqual(before);
    expect(await auditRows('plan.goal.move', version.id)).toHaveLength(0);
    const ok = await postForm(`${path}/doelen/${b}/verplaatsen`, { version: await v(version.id), parent: String(x) }, { cookie });
    expect(ok.status).toBe(303);
    const rows = await goalRows(version.id);
    expect(rows.find((r) => r.goalId === b)).toMatchObject({ parentGoalId: x, depth: 2 });
    expect(rows.find((r) => r.goalId === c)).toMatchObject({ parentGoalId: b, depth: 3 });
    const top = await postForm(`${path}/doelen/${c}/verplaatsen`, { version: await v(version.id), parent: '' }, { cookie });
    expect(top.status).toBe(303);
    expect((await goalRows(version.id)).find((r) => r.goalId === c)).toMatchObject({ parentGoalId: null, depth: 1 });
  });

  it('reorders siblings and removes only goals without children', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'A' });
    const b = await addGoalVia(path, cookie, version.id, { title: 'B' });
    await addGoalVia(path, cookie, version.id, { title: 'B1', parent: String(b) });
    expect((await postForm(`${path}/doelen/${b}/omhoog`, { version: await v(version.id) }, { cookie })).status).toBe(303);
    const order = (await goalRows(version.id))
      .filter((r) => r.parentGoalId === null)
      .sort((p, q) => p.sortOrder - q.sortOrder)
      .map((r) => r.goalId);
    expect(order).toEqual([b, a]);
    const refused = await postForm(`${path}/doelen/${b}/verwijderen`, { version: await v(version.id) }, { cookie });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Dit doel heeft subdoelen.');
    expect((await postForm(`${path}/doelen/${a}/verwijderen`, { version: await v(version.id) }, { cookie })).status).toBe(303);
    expect((await goalRows(version.id)).map((r) => r.goalId).sort()).not.toContain(a);
    expect(await auditRows('plan.goal.remove', version.id)).toHaveLength(1);
  });

  it('checks one field inline (htmx) without storing anything', async () => {
    const { version, path } = await freshConcept();
    const res = await postForm(`${path}/doelen/valideren`, { _veld: 'weight', ...goalFields({ weight: '-3' }) }, { cookie, htmx: true });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="veld-weight-veld"');
    expect(html).toContain('Vul als gewicht een heel getal');
    expect(html).not.toContain('<html');
    expect(await goalRows(version.id)).toEqual([]);
  });

  it('the database itself refuses a goal in an adopted version', async () => {
    const { version } = await freshConcept();
    await env.DB.prepare("update plan_versions set status = 'adopted', adopted_on = '2026-01-01', adopted_by = 'x' where id = ?")
      .bind(version.id)
      .run();
    await expect(
      env.DB.prepare('insert into goals (plan_id) values (?)')
        .bind(version.planId)
        .run()
        .then((r) =>
          env.DB.prepare('insert into plan_goals (plan_version_id, goal_id, depth, title) values (?, ?, 1, ?)')
            .bind(version.id, r.meta.last_row_id, 'Sluiproute')
            .run(),
        ),
    ).rejects.toThrow(/frozen/);
    await expect(env.DB.prepare("update plan_versions set title = 'Anders' where id = ?").bind(version.id).run()).rejects.toThrow(/frozen/);
    expect(db).toBeDefined();
  });
});

describe('targets for monitor waves', () => {
  // pe-2026: a wave in the plan's period with values of eenzaamheid; pe-2027: in the period, but eenzaamheid not measured.
  beforeAll(async () => {
    await env.DB.prepare(
      "insert or ignore into monitor_waves (code, name, year, source) values ('pe-2026', 'Testmeting 2026', 2026, 'Test'), ('pe-2027', 'Testmeting 2027', 2027, 'Test')",
    ).run();
    await env.DB.prepare(
      "insert or ignore into monitor_observations (indicator_code, area_code, wave_code, value) values ('eenzaamheid', 'GM0935', 'pe-2026', 14), ('sportclub-jeugd', 'GM0935', 'pe-2027', 40)",
    ).run();
  });

  it("accepts a wave in the plan's period in which the indicator was measured", async () => {
    const { version, path } = await freshConcept();
    const goal = await addGoalVia(path, cookie, version.id, { indicator: 'eenzaamheid', targets: 'pe-2026: 12\n2027: 11' });
    const targets = await db().select().from(planGoalTargets).where(eq(planGoalTargets.goalId, goal));
    expect(targets.map((t) => [t.year, t.waveCode, t.value])).toEqual([
      [null, 'pe-2026', 12],
      [2027, null, 11],
    ]);
  });

  it('refuses a baseline from a wave in which the indicator was not measured, keeping the input', async () => {
    const { version, path } = await freshConcept();
    const fields = goalFields({ indicator: 'eenzaamheid', baselineWave: 'pe-2027', baselineValue: '14' });
    const res = await postForm(`${path}/doelen`, { version: await v(version.id), ...fields }, { cookie });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'baselineWave')).toBe(
      'In de meting &quot;pe-2027&quot; is de gekozen indicator niet gemeten. Kies als nulmeting een meting met een waarde van deze indicator.',
    );
    expect(html).toContain('value="14"');
    expect(await goalRows(version.id)).toEqual([]);
    const measured = await postForm(`${path}/doelen`, { version: await v(version.id), ...fields, baselineWave: 'pe-2026' }, { cookie });
    expect(measured.status).toBe(303);
  });

  it.each([
    [
      'pe-2027: 10',
      'In de meting &quot;pe-2027&quot; is de gekozen indicator niet gemeten. Kies een meting met waarden van deze indicator, of een jaar.',
    ],
    ['kaarten-2025: 10', 'De meting &quot;kaarten-2025&quot; is van 2025 en valt buiten de looptijd van het plan (2026–2027).'],
  ])('refuses the target %j at the field, keeps the input, writes nothing', async (targets, message) => {
    const { version, path } = await freshConcept();
    const res = await postForm(`${path}/doelen`, { version: await v(version.id), ...goalFields({ indicator: 'eenzaamheid', targets }) }, { cookie });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'targets')).toBe(message);
    expect(html).toContain(`>${targets}</textarea>`);
    expect(await goalRows(version.id)).toEqual([]);
    expect((await versionRow(version.id)).version).toBe(version.version);
  });

  it("the help text names the plan's period and no wave outside it", async () => {
    const { path } = await freshConcept();
    const html = await (await request(`${path}/doelen/nieuw`, { cookie })).text();
    const help = /id="veld-targets-uitleg"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    expect(help).toContain('een jaar van 2026 tot en met 2027');
    expect(help).not.toMatch(/kaarten|circusvis/);
  });

  it('refuses a period that leaves a wave target outside it', async () => {
    const { version, path } = await freshConcept();
    await addGoalVia(path, cookie, version.id, { indicator: 'sportclub-jeugd', targets: 'pe-2027: 50' });
    const res = await postForm(
      path,
      { version: await v(version.id), title: 'Korter', summary: '', periodStart: '2026', periodEnd: '2026' },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(fieldError(await res.text(), 'periodEnd')).toBe(
      'De meting &quot;pe-2027&quot; is van 2027 en valt buiten de looptijd van het plan (2026–2026).',
    );
    expect((await versionRow(version.id)).periodEnd).toBe(2027);
  });
});

describe('agenda goals, neighbourhoods and partners through the goal form', () => {
  it('hangs an execution goal under an agenda goal, and off it again', async () => {
    const { version, path } = await freshConcept();
    const agenda = await agendaConcept();
    const agendaGoal = agenda.goalIds[0]!;
    const goal = await addGoalVia(path, cookie, version.id, { agendaGoal: String(agendaGoal) });
    expect((await goalRows(version.id)).find((r) => r.goalId === goal)!.agendaGoalId).toBe(agendaGoal);
    const form = await (await request(`${path}/doelen/${goal}`, { cookie })).text();
    expect(form).toContain(`<option value="${agendaGoal}" selected="">`);
    const off = await postForm(`${path}/doelen/${goal}`, { version: await v(version.id), ...goalFields({ agendaGoal: '' }) }, { cookie });
    expect(off.status).toBe(303);
    expect((await goalRows(version.id)).find((r) => r.goalId === goal)!.agendaGoalId).toBeNull();
  });

  it('refuses a goal that is not of the strategic agenda, at the field, writing nothing', async () => {
    const { version, path } = await freshConcept();
    const own = await addGoalVia(path, cookie, version.id, { title: 'Eigen doel' });
    const before = await goalRows(version.id);
    const res = await postForm(
      `${path}/doelen`,
      { version: await v(version.id), ...goalFields({ description: 'Mijn getypte tekst', agendaGoal: String(own) }) },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'agendaGoal')).toBe('Kies een doel van de strategische agenda.');
    expect(html).toContain('Mijn getypte tekst');
    expect(await goalRows(version.id)).toEqual(before);
  });

  it('refuses an agenda goal for a goal of the strategic agenda itself, at the field, writing nothing', async () => {
    const agenda = await agendaConcept();
    const before = await goalRows(agenda.versionId);
    const res = await postForm(
      `${agenda.path}/doelen`,
      { version: await v(agenda.versionId), ...goalFields({ description: 'Mijn getypte tekst', agendaGoal: String(agenda.goalIds[0]) }) },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'agendaGoal')).toBe('Alleen een doel van een uitvoeringsplan hangt onder een doel van de strategische agenda.');
    expect(html).toContain('Mijn getypte tekst');
    expect(await goalRows(agenda.versionId)).toEqual(before);
  });

  it("sets a goal's neighbourhoods and partners, refusing an unknown one at the field", async () => {
    const { version, path, neighbourhood } = await freshConcept();
    const [org] = await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.status, 'approved')).limit(1);
    const goal = await addGoalVia(path, cookie, version.id, { neighbourhoods: [String(neighbourhood.id)], partners: [String(org!.id)] });
    const stored = async () => ({
      neighbourhoods: (await db().select().from(planGoalNeighbourhoods).where(eq(planGoalNeighbourhoods.goalId, goal))).map((r) => r.neighbourhoodId),
      partners: (await db().select().from(planGoalPartners).where(eq(planGoalPartners.goalId, goal))).map((r) => r.organisationId),
    });
    expect(await stored()).toEqual({ neighbourhoods: [neighbourhood.id], partners: [org!.id] });
    for (const field of ['neighbourhoods', 'partners']) {
      const res = await postForm(
        `${path}/doelen/${goal}`,
        {
          version: await v(version.id),
          ...goalFields({ neighbourhoods: [String(neighbourhood.id)], partners: [String(org!.id)], [field]: ['999999'], description: 'Getypt' }),
        },
        { cookie },
      );
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(fieldError(html, field)).toBe('Kies een van de mogelijkheden uit de lijst.');
      expect(html).toContain('Getypt');
    }
    expect(await stored()).toEqual({ neighbourhoods: [neighbourhood.id], partners: [org!.id] });
  });
});
