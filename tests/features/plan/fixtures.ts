import { env } from 'cloudflare:workers';
import { projects } from '../../../src/db/schema';
import { db } from '../../helpers';
import { ensureReference, makeActivity, makeOrganisation } from '../activities/fixtures';

/** Runs one SQL statement with bound values and returns the new row id. */
async function run(query: string, ...values: unknown[]): Promise<number> {
  const result = await env.DB.prepare(query)
    .bind(...values)
    .run();
  return result.meta.last_row_id;
}

type GoalSpec = {
  parent?: number | null;
  depth?: number;
  sort?: number;
  title: string;
  weight?: number | null;
  progress?: number | null;
  status?: string;
  indicator?: string;
  baseline?: [wave: string, value: number];
  agendaGoal?: number;
  pillars?: string[];
  neighbourhoods?: number[];
  partners?: number[];
  targets?: { year?: number; wave?: string; value: number }[];
};

async function addGoal(planId: number, versionId: number, g: GoalSpec): Promise<number> {
  const goalId = await run('INSERT INTO goals (plan_id, status, progress) VALUES (?, ?, ?)', planId, g.status ?? 'under-way', g.progress ?? null);
  await run(
    `INSERT INTO plan_goals (plan_version_id, goal_id, parent_goal_id, depth, sort_order, title, description, weight, indicator_code,
       baseline_wave_code, baseline_value, agenda_goal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    versionId,
    goalId,
    g.parent ?? null,
    g.depth ?? 1,
    g.sort ?? 0,
    g.title,
    `Beschrijving van ${g.title}.`,
    g.weight ?? null,
    g.indicator ?? null,
    g.baseline?.[0] ?? null,
    g.baseline?.[1] ?? null,
    g.agendaGoal ?? null,
  );
  for (const p of g.pillars ?? []) await run('INSERT INTO plan_goal_pillars VALUES (?, ?, ?)', versionId, goalId, p);
  for (const n of g.neighbourhoods ?? []) await run('INSERT INTO plan_goal_neighbourhoods VALUES (?, ?, ?)', versionId, goalId, n);
  for (const o of g.partners ?? []) await run('INSERT INTO plan_goal_partners VALUES (?, ?, ?)', versionId, goalId, o);
  for (const t of g.targets ?? [])
    await run(
      'INSERT INTO plan_goal_targets (plan_version_id, goal_id, year, wave_code, value) VALUES (?, ?, ?, ?, ?)',
      versionId,
      goalId,
      t.year ?? null,
      t.wave ?? null,
      t.value,
    );
  return goalId;
}

async function addPlan(opts: { slug: string; kind: string; neighbourhoodId?: number; isDemo?: boolean }) {
  return run(
    'INSERT INTO plans (slug, kind, neighbourhood_id, is_demo) VALUES (?, ?, ?, ?)',
    opts.slug,
    opts.kind,
    opts.neighbourhoodId ?? null,
    opts.isDemo ? 1 : 0,
  );
}

async function addVersion(planId: number, number: number, title: string, period: [number, number]) {
  return run(
    'INSERT INTO plan_versions (plan_id, number, title, summary, period_start, period_end) VALUES (?, ?, ?, ?, ?, ?)',
    planId,
    number,
    title,
    '',
    ...period,
  );
}

const adopt = (versionId: number, on: string) =>
  run(`UPDATE plan_versions SET status = 'adopted', adopted_on = ?, adopted_by = 'Stuurgroep Veerkrachtige Wijken' WHERE id = ?`, on, versionId);

export const IND_UP = 'plan-test-meedoen'; // higher is better, percent
export const IND_DOWN = 'plan-test-schulden'; // higher is worse, percent

/**
 * A small programme plan: an adopted agenda (v1; v2 a concept that the public must not see), an adopted demo
 * execution plan for Pottenberg with a goal under an agenda goal, a concept plan for Nazareth, indicators with values
 * for the city and Pottenberg, and activities linked (current, archived, draft, hidden as stale, past) plus one current activity unlinked.
 */
export async function makePlanFixture() {
  const nb = await ensureReference();
  await run(`INSERT INTO monitor_waves (code, name, year, source) VALUES ('plan-w-2021', 'Testmeting 2021', 2021, 'Test'),
    ('plan-w-2023', 'Testmeting 2023', 2023, 'Test'), ('plan-w-2025', 'Testmeting 2025', 2025, 'Test')`);
  for (const [code, name, direction] of [
    [IND_UP, 'Doet mee in de buurt', 'higher-better'],
    [IND_DOWN, 'Huishoudens met schulden', 'higher-worse'],
  ] as const)
    await run(
      `INSERT INTO monitor_indicators (code, name_nl, name_en, definition_nl, definition_en, pillar, unit, direction, source, min_count)
       VALUES (?, ?, ?, 'Definitie.', 'Definition.', 'health', 'percent', ?, 'Testbron', 10)`,
      code,
      name,
      `${name} (en)`,
      direction,
    );
  const obs = (indicator: string, area: string, wave: string, value: number, count: number | null = 200) =>
    run(
      'INSERT INTO monitor_observations (indicator_code, area_code, wave_code, value, count) VALUES (?, ?, ?, ?, ?)',
      indicator,
      area,
      wave,
      value,
      count,
    );
  await obs(IND_UP, 'GM0935', 'plan-w-2023', 50);
  await obs(IND_UP, 'GM0935', 'plan-w-2025', 52);
  await obs(IND_DOWN, 'GM0935', 'plan-w-2023', 20);
  await obs(IND_DOWN, 'GM0935', 'plan-w-2025', 24);
  await obs(IND_UP, 'BU09350203', 'plan-w-2023', 40);
  await obs(IND_UP, 'BU09350203', 'plan-w-2025', 45, 5); // a small number: suppressed for the public

  const partner = await makeOrganisation({ name: 'Plan Partner Stichting' });

  const agenda = await addPlan({ slug: 'test-agenda', kind: 'strategic-agenda' });
  const agendaV1 = await addVersion(agenda, 1, 'Strategische agenda 2025–2029', [2025, 2029]);
  const a1 = await addGoal(agenda, agendaV1, {
    title: 'Gezond meedoen',
    pillars: ['health'],
    indicator: IND_UP,
    baseline: ['plan-w-2023', 50],
    targets: [{ year: 2027, value: 60 }],
    status: 'on-track',
  });
  const a1a = await addGoal(agenda, agendaV1, { parent: a1, depth: 2, title: 'Meer ontmoeting', weight: 3, progress: 100, status: 'achieved' });
  const a1b = await addGoal(agenda, agendaV1, { parent: a1, depth: 2, sort: 1, title: 'Meer bewegen', progress: 0, status: 'not-started' });
  const a2 = await addGoal(agenda, agendaV1, {
    title: 'Minder schulden',
    pillars: ['livelihood'],
    indicator: IND_DOWN,
    targets: [{ year: 2027, value: 15 }],
    progress: 40,
    status: 'behind',
  });
  await adopt(agendaV1, '2025-03-14');
  const agendaV2 = await addVersion(agenda, 2, 'Strategische agenda 2025–2029 (herziening)', [2025, 2029]);
  await run(`INSERT INTO plan_goals (plan_version_id, goal_id, depth, title) VALUES (?, ?, 1, 'Alleen in het concept')`, agendaV2, a2);

  const pottenberg = await addPlan({ slug: 'test-pottenberg', kind: 'execution-plan', neighbourhoodId: nb.pottenberg, isDemo: true });
  const pv = await addVersion(pottenberg, 1, 'Uitvoeringsplan Pottenberg 2025–2026', [2025, 2026]);
  const p1 = await addGoal(pottenberg, pv, {
    title: 'Ontmoeten in Pottenberg',
    pillars: ['health'],
    neighbourhoods: [nb.pottenberg!],
    partners: [partner.id],
    agendaGoal: a1,
    indicator: IND_UP,
    targets: [{ wave: 'plan-w-2025', value: 55 }],
    progress: 50,
  });
  await adopt(pv, '2025-04-02');

  const nazareth = await addPlan({ slug: 'test-nazareth', kind: 'execution-plan', neighbourhoodId: nb.nazareth });
  const nv = await addVersion(nazareth, 1, 'Uitvoeringsplan Nazareth 2025–2026', [2025, 2026]);
  const n1 = await addGoal(nazareth, nv, { title: 'Werk in Nazareth', pillars: ['livelihood'], neighbourhoods: [nb.nazareth!], progress: 10 });

  const org = await makeOrganisation();
  const current = await makeActivity({ organisationId: org.id, title: 'Koffie voor ontmoeting', onceIn: 5 });
  const inPottenberg = await makeActivity({ organisationId: org.id, title: 'Buurtmaaltijd Pottenberg', onceIn: 6 });
  const archived = await makeActivity({ organisationId: org.id, title: 'Gearchiveerde wandeling', onceIn: 7, status: 'archived' });
  const past = await makeActivity({ organisationId: org.id, title: 'Voorbije markt', onceIn: -3 });
  const draft = await makeActivity({ organisationId: org.id, title: 'Conceptactiviteit', onceIn: 9, status: 'draft' });
  const hidden = await makeActivity({ organisationId: org.id, title: 'Verborgen verouderde les', onceIn: 10, staleHidden: true });
  const unlinked = await makeActivity({ organisationId: org.id, title: 'Losse yogales', onceIn: 8 });
  const links = [
    [current.id, a1a],
    [inPottenberg.id, p1],
    [archived.id, a1a],
    [draft.id, a1b],
    [hidden.id, a1b],
    [past.id, a1b],
    [past.id, n1],
  ];
  for (const [activity, goal] of links) await run('INSERT INTO activity_goals VALUES (?, ?)', activity, goal);
  const [project] = await db()
    .insert(projects)
    .values({ slug: 'plan-schuldhulp', title: 'Schuldhulp dichtbij', summary: 'Test.', fundingProgramme: 'regio-deal-4' })
    .returning();
  await run('INSERT INTO project_goals VALUES (?, ?)', project!.id, a2);

  return { nb, agenda, a1, a1a, a1b, a2, p1, n1, activities: { current, inPottenberg, archived, draft, hidden, past, unlinked }, project: project! };
}
