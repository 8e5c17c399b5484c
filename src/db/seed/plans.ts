import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { GoalStatus, PillarId } from '../enums';
import {
  activityGoals,
  goals,
  planGoalNeighbourhoods,
  planGoalPartners,
  planGoalPillars,
  planGoals,
  planGoalTargets,
  plans,
  planVersions,
  projectGoals,
} from '../schema';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './ids';

/**
 * Demo programme plan, marked `is_demo` on the plans: a CONCEPT strategic agenda 2026–2030 with an ambition per
 * pillar, and an ADOPTED execution plan 2026–2027 for Pottenberg and for Nazareth, whose goals hang under the agenda's,
 * with indicators of the demo monitor, baselines, targets and progress on the leaves. Most demo activities serve a
 * goal; a few deliberately serve none (so the gap view has something to show).
 */

type DemoGoal = {
  title: string;
  description?: string;
  pillars: PillarId[];
  /** Indicator code, baseline wave and value, and targets per year. */
  indicator?: [code: string, wave: string, baseline: number, targets: [year: number, value: number][]];
  weight?: number;
  /** Title of the strategic agenda's goal it serves (execution plans). */
  agenda?: string;
  progress?: [GoalStatus, number | null];
  partners?: string[];
  activities?: string[];
  projects?: string[];
  children?: DemoGoal[];
};

type DemoPlan = {
  slug: string;
  kind: 'strategic-agenda' | 'execution-plan';
  neighbourhood?: 'pottenberg' | 'nazareth';
  title: string;
  summary: string;
  period: [number, number];
  adopted?: string;
  goals: DemoGoal[];
};

const AGENDA: DemoPlan = {
  slug: 'strategische-agenda',
  kind: 'strategic-agenda',
  title: 'Strategische agenda Veerkrachtige Wijken 2026–2030',
  summary: 'Wat het programma in vijf jaar wil bereiken in Pottenberg en Nazareth, samen met bewoners en de alliantie.',
  period: [2026, 2030],
  goals: [
    {
      title: 'Inwoners voelen zich gezonder en minder alleen',
      pillars: ['health'],
      children: [
        { title: 'Minder ernstige eenzaamheid', pillars: ['health'], indicator: ['eenzaamheid', 'kaarten-2025', 19, [[2030, 14]]] },
        {
          title: 'Meer inwoners ervaren hun gezondheid als goed',
          pillars: ['health'],
          indicator: ['ervaren-gezondheid', 'kaarten-2025', 60, [[2030, 66]]],
        },
      ],
    },
    {
      title: 'Elk huishouden komt rond en heeft perspectief',
      pillars: ['livelihood'],
      children: [
        { title: 'Minder huishoudens met een laag inkomen', pillars: ['livelihood'], indicator: ['lage-inkomens', 'kaarten-2025', 20, [[2030, 16]]] },
        {
          title: 'Meer inwoners aan het werk of actief als vrijwilliger',
          pillars: ['livelihood'],
          indicator: ['langdurig-werkloos', 'kaarten-2025', 58, [[2030, 45]]],
        },
      ],
    },
    {
      title: 'Kinderen en jongeren krijgen gelijke kansen',
      pillars: ['equal-chances'],
      children: [
        {
          title: 'Minder kinderen groeien op in armoede',
          pillars: ['equal-chances'],
          indicator: ['kinderen-armoede', 'kaarten-2025', 24, [[2030, 18]]],
        },
        { title: 'Meer jeugd sport bij een club', pillars: ['equal-chances'], indicator: ['sportclub-jeugd', 'kaarten-2025', 42, [[2030, 55]]] },
      ],
    },
  ],
};

function executionPlan(
  nb: 'pottenberg' | 'nazareth',
  name: string,
  local: { square: string; project: string; lonely: number; sport: number },
): DemoPlan {
  const a = (title: string) => `${title} in ${name}`;
  return {
    slug: `uitvoeringsplan-${nb}`,
    kind: 'execution-plan',
    neighbourhood: nb,
    title: `Uitvoeringsplan ${name} 2026–2027`,
    summary: `Wat bewoners en partners in ${name} de komende twee jaar samen doen.`,
    period: [2026, 2027],
    adopted: '2026-02-10',
    goals: [
      {
        title: a('Gezond en samen'),
        pillars: ['health'],
        agenda: 'Inwoners voelen zich gezonder en minder alleen',
        children: [
          {
            title: a('Ontmoeting tegen eenzaamheid'),
            pillars: ['health'],
            agenda: 'Minder ernstige eenzaamheid',
            indicator: [
              'eenzaamheid',
              'kaarten-2025',
              local.lonely,
              [
                [2026, local.lonely - 1],
                [2027, local.lonely - 2],
              ],
            ],
            weight: 2,
            partners: ['trefpunt', 'envida'],
            children: [
              {
                title: a('Elke week een plek om binnen te lopen'),
                pillars: ['health'],
                progress: ['on-track', 60],
                activities: ['Koffie-ochtend Trefpunt', 'Ontmoetingsmaaltijd op zondag', 'Buurtkamer Pottenberg', 'Mantelzorgcafé'],
              },
              {
                title: a('Samen bewegen voor ouderen'),
                pillars: ['health'],
                progress: ['under-way', 35],
                activities: ['Seniorengym', 'Walking football 60+', 'Wandelgroep Pottenberg', 'Valpreventie: sterk en stabiel'],
              },
            ],
          },
          {
            title: a('Zorg dichtbij'),
            pillars: ['health'],
            progress: ['behind', 20],
            partners: ['wijkverpleging'],
            activities: [
              'Bloeddruk meten bij de wijkverpleegkundige',
              'Inloop jeugdgezondheidszorg',
              'Lotgenotengroep: omgaan met somberheid',
              'Geheugenfitness',
            ],
          },
        ],
      },
      {
        title: a('Grip op geld en werk'),
        pillars: ['livelihood'],
        agenda: 'Elk huishouden komt rond en heeft perspectief',
        children: [
          {
            title: a('Hulp bij geldzorgen vroeg bereikbaar'),
            pillars: ['livelihood'],
            agenda: 'Minder huishoudens met een laag inkomen',
            indicator: ['lage-inkomens', 'kaarten-2025', 21, [[2027, 19]]],
            progress: ['on-track', 55],
            partners: ['sociale-teams', 'trajekt'],
            activities: [
              'Schuldhulp-spreekuur',
              'Budgetcursus: rondkomen met je geld',
              'Cursus Grip op je geld',
              'Formulierenhulp',
              `Inloopspreekuur Trajekt ${name}`,
            ],
          },
          {
            title: a('Stappen naar werk en vrijwilligerswerk'),
            pillars: ['livelihood'],
            agenda: 'Meer inwoners aan het werk of actief als vrijwilliger',
            progress: ['under-way', 30],
            activities: ['Werkcafé: samen op weg naar werk', 'Vrijwilligerswerk ontdekken'],
          },
          {
            title: a('Betaalbaar en goed wonen'),
            pillars: ['livelihood'],
            progress: ['not-started', 0],
            activities: ['Woonspreekuur Servatius', 'Woonspreekuur Woonpunt', 'Energiecoach: informatiebijeenkomst'],
            projects: [local.project],
          },
        ],
      },
      {
        title: a('Kansen voor kinderen en jongeren'),
        pillars: ['equal-chances'],
        agenda: 'Kinderen en jongeren krijgen gelijke kansen',
        children: [
          {
            title: a('Meer kinderen sporten en spelen'),
            pillars: ['equal-chances', 'health'],
            agenda: 'Meer jeugd sport bij een club',
            indicator: [
              'sportclub-jeugd',
              'kaarten-2025',
              local.sport,
              [
                [2026, local.sport + 2],
                [2027, local.sport + 5],
              ],
            ],
            progress: ['on-track', 70],
            partners: ['maastricht-sport'],
            activities: [`Buurtsport ${name}`, 'Sportinstuif voor jongeren', 'Spelletjesmiddag voor kinderen'],
          },
          {
            title: a('Steun bij leren en opgroeien'),
            pillars: ['equal-chances'],
            agenda: 'Minder kinderen groeien op in armoede',
            progress: ['under-way', 40],
            activities: [
              'Huiswerkbegeleiding Terra Nigra',
              'Peuterochtend Pottenberg',
              'Mama-café: ouders ontmoeten elkaar',
              'Kinderatelier: tekenen en kleien',
            ],
          },
          {
            title: a(`Een levendig ${local.square}`),
            pillars: ['equal-chances', 'livelihood'],
            progress: ['under-way', 25],
            projects: [local.project],
          },
        ],
      },
    ],
  };
}

export const DEMO_PLANS: DemoPlan[] = [
  AGENDA,
  executionPlan('pottenberg', 'Pottenberg', { square: 'Terra Cottaplein', project: 'terra-cottaplein-pottenberg', lonely: 20, sport: 40 }),
  executionPlan('nazareth', 'Nazareth', { square: 'Miradorplein', project: 'miradorplein-nazareth', lonely: 19, sport: 43 }),
];

const planId = (slug: string) => sql`(select id from plans where slug = ${slug})`;
const firstVersion = (slug: string) => sql`(select id from plan_versions where plan_id = ${planId(slug)} and number = 1)`;
/** A goal of a demo plan by its title, inside the same batch. */
const goalByTitle = (slug: string, title: string): SQL =>
  sql`(select goal_id from plan_goals where plan_version_id = ${firstVersion(slug)} and title = ${title} limit 1)`;

function goalStatements(db: Db, plan: DemoPlan, goal: DemoGoal, parent: DemoGoal | null, depth: number, sortOrder: number): SeedStatement[] {
  const planVersionId = firstVersion(plan.slug) as SQL<number>;
  const goalId = goalByTitle(plan.slug, goal.title) as SQL<number>;
  const [status, progress] = goal.progress ?? ['not-started', null];
  const [indicator, wave, baseline, targets] = goal.indicator ?? [null, null, null, []];
  const neighbourhoods = plan.neighbourhood ? [plan.neighbourhood] : (['pottenberg', 'nazareth'] as const);
  return [
    db.insert(goals).values({ planId: planId(plan.slug) as SQL<number>, status, progress: goal.children ? null : progress }),
    db.insert(planGoals).values({
      planVersionId,
      goalId: sql<number>`(select max(id) from goals)`,
      parentGoalId: parent ? (goalByTitle(plan.slug, parent.title) as SQL<number>) : null,
      depth,
      sortOrder,
      title: goal.title,
      description: goal.description ?? '',
      weight: goal.weight ?? null,
      indicatorCode: indicator,
      baselineWaveCode: wave,
      baselineValue: baseline,
      agendaGoalId: goal.agenda ? (goalByTitle(AGENDA.slug, goal.agenda) as SQL<number>) : null,
    }),
    ...goal.pillars.map((pillarId) => db.insert(planGoalPillars).values({ planVersionId, goalId, pillarId })),
    ...neighbourhoods.map((nb) => db.insert(planGoalNeighbourhoods).values({ planVersionId, goalId, neighbourhoodId: neighbourhoodIdBySlug(nb) })),
    ...(goal.partners ?? []).map((o) => db.insert(planGoalPartners).values({ planVersionId, goalId, organisationId: organisationIdBySlug(o) })),
    ...targets.map(([year, value]) => db.insert(planGoalTargets).values({ planVersionId, goalId, year, value })),
    // An activity serves a goal of its own neighbourhood's plan only (an activity named in both plans that runs in one
    // neighbourhood is linked once); one not in the demo data is skipped.
    ...(goal.activities ?? []).map((title) =>
      db
        .insert(activityGoals)
        .select(
          sql`select a.id, ${goalId} from activities a where a.title = ${title} and a.is_demo = 1
            and exists (select 1 from activity_neighbourhoods n where n.activity_id = a.id and n.neighbourhood_id = ${plan.neighbourhood ? neighbourhoodIdBySlug(plan.neighbourhood) : null})`,
        )
        .onConflictDoNothing(),
    ),
    ...(goal.projects ?? []).map((slug) =>
      db.insert(projectGoals).select(sql`select id, ${goalId} from projects where slug = ${slug}`).onConflictDoNothing(),
    ),
    ...(goal.children ?? []).flatMap((child, i) => goalStatements(db, plan, child, goal, depth + 1, i)),
  ];
}

export async function hasDemoPlans(db: Db): Promise<boolean> {
  return (await db.select({ id: plans.id }).from(plans).where(sql`${plans.isDemo} = 1`).limit(1)).length > 0;
}

/** Every demo plan: the plan, its first version (a concept while its rows go in), the goals, then the adoption. */
export function demoPlanStatements(db: Db): SeedStatement[] {
  return DEMO_PLANS.flatMap((plan) => [
    db.insert(plans).values({
      slug: plan.slug,
      kind: plan.kind,
      neighbourhoodId: plan.neighbourhood ? neighbourhoodIdBySlug(plan.neighbourhood) : null,
      isDemo: true,
    }),
    db.insert(planVersions).values({
      planId: planId(plan.slug) as SQL<number>,
      number: 1,
      status: 'concept',
      title: plan.title,
      summary: plan.summary,
      periodStart: plan.period[0],
      periodEnd: plan.period[1],
    }),
    ...plan.goals.flatMap((g, i) => goalStatements(db, plan, g, null, 1, i)),
    // Adopted last: the database refuses rows in a version once it is no longer a concept.
    ...(plan.adopted
      ? [
          db
            .update(planVersions)
            .set({ status: 'adopted', adoptedOn: plan.adopted, adoptedBy: 'Stuurgroep Veerkrachtige Wijken' })
            .where(sql`id = ${firstVersion(plan.slug)}`),
        ]
      : []),
  ]);
}
