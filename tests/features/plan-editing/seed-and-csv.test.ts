import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, request } from '../../helpers';
import { asRole, seedOnce } from '../projects/support';
import { loadVersion } from '../../../src/features/plan-editing/queries';
import { addGoalVia, agendaConcept, aWave, freshConcept, goalRows, versionRow } from './support';

let cookie: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
});

const all = async <T>(query: string) => (await env.DB.prepare(query).all<T>()).results;

describe('demo plans', () => {
  it('has a concept strategic agenda and adopted execution plans for Pottenberg and Nazareth, marked demo', async () => {
    const rows = await all<{ slug: string; status: string; is_demo: number; goals: number; pillars: number }>(
      `select p.slug, v.status, p.is_demo, (select count(*) from plan_goals g where g.plan_version_id = v.id) goals,
        (select count(distinct pillar_id) from plan_goal_pillars x where x.plan_version_id = v.id) pillars
       from plans p join plan_versions v on v.plan_id = p.id order by p.slug`,
    );
    expect(rows).toEqual([
      { slug: 'strategische-agenda', status: 'concept', is_demo: 1, goals: 9, pillars: 3 },
      expect.objectContaining({ slug: 'uitvoeringsplan-nazareth', status: 'adopted', is_demo: 1, pillars: 3 }),
      expect.objectContaining({ slug: 'uitvoeringsplan-pottenberg', status: 'adopted', is_demo: 1, pillars: 3 }),
    ]);
    const [under] = await all<{ n: number }>('select count(*) n from plan_goals where agenda_goal_id is not null');
    expect(under!.n).toBeGreaterThan(6);
    const [measured] = await all<{ n: number }>(
      'select count(*) n from plan_goals g join plan_goal_targets t on t.goal_id = g.goal_id where g.indicator_code is not null and g.baseline_value is not null',
    );
    expect(measured!.n).toBeGreaterThan(4);
    // Every demo baseline is a wave in which its indicator was measured, as the goal form demands.
    const unmeasured = await all<{ title: string }>(
      `select g.title from plan_goals g where g.baseline_wave_code is not null and not exists
        (select 1 from monitor_observations o where o.indicator_code = g.indicator_code and o.wave_code = g.baseline_wave_code)`,
    );
    expect(unmeasured).toEqual([]);
    const [leaves] = await all<{ n: number }>('select count(*) n from goals where progress is not null');
    expect(leaves!.n).toBeGreaterThan(10);
  });

  it('links most demo activities to goals, leaves a few unlinked, and links the demo projects', async () => {
    const [counts] = await all<{ linked: number; total: number }>(
      'select (select count(distinct activity_id) from activity_goals) linked, (select count(*) from activities where is_demo = 1) total',
    );
    expect(counts!.linked / counts!.total).toBeGreaterThan(0.6);
    expect(counts!.total - counts!.linked).toBeGreaterThanOrEqual(3);
    const unlinked = await all<{ title: string }>(
      'select title from activities where is_demo = 1 and id not in (select activity_id from activity_goals)',
    );
    expect(unlinked.map((r) => r.title)).toContain('Repair Café Nazareth');
    const [projects] = await all<{ n: number }>('select count(distinct project_id) n from project_goals');
    expect(projects!.n).toBe(2);
  });

  it('shows the adopted Pottenberg plan in the editor as frozen with the demo badge, in a bounded number of round trips', async () => {
    const [row] = await all<{ id: number }>(
      "select v.id from plan_versions v join plans p on p.id = v.plan_id where p.slug = 'uitvoeringsplan-pottenberg'",
    );
    const res = await request(`/plannen/${row!.id}`, { cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Deze versie is vastgesteld en ligt vast.');
    expect(html).toContain('vw-demo-badge');
    expect(html).toContain('Nieuwe conceptversie');
    expect(res.headers.get('X-D1-Round-Trips') && Number(res.headers.get('X-D1-Round-Trips'))).toBeLessThanOrEqual(4);
    const list = await request('/plannen', { cookie });
    expect(await list.text()).toContain('Uitvoeringsplan Pottenberg 2026–2027');
  });

  it('shows the demo notice on the public version history', async () => {
    const res = await request('/programma/versies');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Dit is een voorbeeldplan (demodata)');
    expect(html).toContain('Concept — nog niet vastgesteld');
    expect((await request('/wijken/pottenberg/plan/versies')).status).toBe(200);
  });
});

describe("CSV of a plan's goals", () => {
  const importText = async (path: string, text: string, version: number) => {
    const body = new FormData();
    body.append('bestand', new File([text], 'doelen.csv', { type: 'text/csv' }));
    const preview = await request(`${path}/import`, { method: 'POST', body, cookie });
    const html = await preview.text();
    if (preview.status !== 200) return { preview, html };
    const form = new URLSearchParams({ version: String(version), csv: text });
    const confirm = await request(`${path}/import/bevestigen`, {
      method: 'POST',
      body: form,
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    return { preview, html, confirm };
  };

  it('round trips: export, import into another concept, export again gives the same goals', async () => {
    const source = await freshConcept();
    const wave = await aWave('eenzaamheid');
    const a = await addGoalVia(source.path, cookie, source.version.id, {
      title: 'Gezond; samen',
      pillars: ['health', 'livelihood'],
      description: 'Met "aanhalingstekens"\nen twee regels',
    });
    await addGoalVia(source.path, cookie, source.version.id, {
      title: 'Minder eenzaam',
      parent: String(a),
      indicator: 'eenzaamheid',
      baselineWave: wave,
      baselineValue: '18,5',
      targets: '2026: 17\n2027: 15,5',
      weight: '3',
    });
    const exported = await request(`${source.path}/doelen.csv`, { cookie });
    expect(exported.headers.get('Content-Type')).toContain('text/csv');
    const text = await exported.text();
    expect(text.split('\r\n')[0]).toBe(
      'referentie;bovenliggend;niveau;titel;beschrijving;pijlers;wijken;partners;indicator;nulmeting;nulwaarde;streefwaarden;gewicht;agendadoel',
    );

    const target = await freshConcept();
    const { preview, html, confirm } = await importText(target.path, text.replace(/^\uFEFF/, ''), (await versionRow(target.version.id)).version);
    expect(preview.status).toBe(200);
    expect(html).toContain('2 doelen worden ingelezen');
    expect(confirm!.status).toBe(303);
    const shape = async (versionId: number) =>
      (await loadVersion(db(), versionId))!.goals.map(({ goalId: _g, parentGoalId, sortOrder: _s, ...g }) => ({
        ...g,
        hasParent: parentGoalId !== null,
      }));
    expect(await shape(target.version.id)).toEqual(await shape(source.version.id));
  });

  it('the import help on the concept page names every column of the export, and what partners and agendadoel hold', async () => {
    const { path } = await freshConcept();
    const header = (await (await request(`${path}/doelen.csv`, { cookie })).text()).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    const page = await (await request(path, { cookie })).text();
    expect(page).toContain(`Kolommen: ${header.split(';').join('; ')}.`);
    expect(page).toContain('In partners staan de namen van partnerorganisaties, in agendadoel het nummer van een doel');
  });

  it('hangs goals under agenda goals through the agendadoel column, refusing a goal that is not of the agenda', async () => {
    const agenda = await agendaConcept();
    const { version, path } = await freshConcept();
    const refused = await importText(path, `referentie;titel;agendadoel\nA;Doel;${agenda.goalIds[0]}\nB;Ander doel;999999`, version.version);
    expect(refused.preview.status).toBe(422);
    expect(refused.html).toContain('Regel 3: Kolom agendadoel: Kies een doel van de strategische agenda.');
    expect(await goalRows(version.id)).toEqual([]);
    const { preview, confirm } = await importText(path, `referentie;titel;agendadoel\nA;Doel;${agenda.goalIds[0]}`, version.version);
    expect(preview.status).toBe(200);
    expect(confirm!.status).toBe(303);
    expect((await goalRows(version.id)).map((r) => [r.title, r.agendaGoalId])).toEqual([['Doel', agenda.goalIds[0]]]);
  });

  it("refuses a target for a wave outside the plan's period", async () => {
    const { version, path } = await freshConcept();
    const { preview, html } = await importText(
      path,
      'referentie;titel;indicator;streefwaarden\nA;Doel;eenzaamheid;kaarten-2025: 10',
      version.version,
    );
    expect(preview.status).toBe(422);
    expect(html).toContain(
      'Regel 2: Kolom streefwaarden: De meting &quot;kaarten-2025&quot; is van 2025 en valt buiten de looptijd van het plan (2026–2027).',
    );
    expect(await goalRows(version.id)).toEqual([]);
  });

  it('refuses to import into an adopted version, saying it is frozen', async () => {
    const { version, path } = await freshConcept();
    await addGoalVia(path, cookie, version.id, { title: 'Vast' });
    await env.DB.prepare("update plan_versions set status = 'adopted', adopted_on = '2026-01-01', adopted_by = 'x' where id = ?")
      .bind(version.id)
      .run();
    const adopted = await versionRow(version.id);
    const form = new URLSearchParams({ version: String(adopted.version), csv: 'referentie;titel\nA;Nieuw' });
    const res = await request(`${path}/import/bevestigen`, {
      method: 'POST',
      body: form,
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Deze versie is vastgesteld en ligt vast: er is niets opgeslagen.');
    expect(html).not.toContain('Iemand anders heeft dit plan intussen gewijzigd');
    expect(html).not.toContain(`action="${path}/import/bevestigen"`);
    expect((await goalRows(version.id)).map((r) => r.title)).toEqual(['Vast']);
  });

  it('refuses sibling weights that are all 0', async () => {
    const { version, path } = await freshConcept();
    const { preview, html } = await importText(path, 'referentie;bovenliggend;titel;gewicht\nA;;Ambitie;\nB;A;Doel;0\nC;A;Doel 2;0', version.version);
    expect(preview.status).toBe(422);
    expect(html).toContain('Regel 3: Alle doelen onder hetzelfde bovenliggende doel hebben gewicht 0.');
  });

  it('refuses a file with errors, naming the lines, and writes nothing', async () => {
    const { version, path } = await freshConcept();
    const text = [
      'referentie;bovenliggend;titel;indicator;streefwaarden;gewicht',
      'A;;Ambitie;;;',
      'B;A;Doel;eenzaamheid;2035: 10;0',
      'C;B;Subdoel;;;',
      'D;C;Vierde niveau;;;',
      'E;F;Wees;;;',
      'F;E;Kring;;;',
      'G;;=HYPERLINK("x");;;',
    ].join('\n');
    const { preview, html } = await importText(path, text, version.version);
    expect(preview.status).toBe(422);
    expect(html).toContain('Regel 3: Kolom streefwaarden: 2035 valt buiten de looptijd van het plan (2026–2027).');
    expect(html).toContain('Regel 5: Dit doel komt op een vierde niveau.');
    expect(html).toContain('Regel 6: Dit doel valt (via andere doelen) onder zichzelf.');
    expect(html).toContain('Regel 8: De kolom titel bevat een formule');
    expect(await goalRows(version.id)).toEqual([]);
  });
});
