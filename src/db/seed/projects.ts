import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { daysAfter, localDate } from '../../dates';
import type { Db } from '../client';
import type { FundingProgramme, MilestoneStatus, PillarId, ProjectHealth, ProjectPartnerRole } from '../enums';
import {
  activities,
  budgetLines,
  funderProgrammes,
  milestones,
  projectActivities,
  projectEvents,
  projectNeighbourhoods,
  projectPartners,
  projectPillars,
  projects,
  projectUpdates,
} from '../schema';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './ids';

const DEMO_NOTE = 'Dit is demo-inhoud: het project bestaat, maar planning, bedragen en berichten zijn verzonnen om het portaal te laten zien.';

const projectIdBySlug = (slug: string): SQL<number> => sql<number>`(select id from projects where slug = ${slug})`;
const asId = (value: SQL<number>) => value as unknown as number;

type DemoProject = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  programme: FundingProgramme;
  phase: number;
  health: ProjectHealth;
  healthExplanation: string | null;
  neighbourhoods: string[];
  pillars: PillarId[];
  partners: [string, ProjectPartnerRole][];
  activities: string[];
  /** Days from today: negative is in the past. */
  milestones: { title: string; planned: number; actual?: number; status: MilestoneStatus; weight: number }[];
  /** Amounts in cents. */
  budget: { source: string; allocated: number; committed: number; spent: number }[];
  updates: { title: string; body: string; daysAgo: number; status: 'approved' | 'submitted'; leadOrganisation?: string }[];
  events: { daysAgo: number; kind: 'phase' | 'health' | 'milestone'; detail: Record<string, unknown> }[];
};

const EUR = (euros: number) => Math.round(euros * 100);

const DEMO_PROJECTS: DemoProject[] = [
  {
    slug: 'miradorplein-nazareth',
    title: 'Miradorplein Nazareth',
    summary:
      'Samen met bewoners wordt het Miradorplein een groene, veilige ontmoetingsplek met speelruimte, een buurtmoestuin en een huiskamer voor de wijk. Gefinancierd uit de Regio Deal Zuid-Limburg.',
    description: [
      'Het Miradorplein is het hart van Nazareth, maar nodigt nu weinig uit om elkaar te ontmoeten. In drie bewonersavonden is een ontwerp gemaakt met meer groen, een speelplek voor jonge kinderen, een beweegplek voor jongeren en een buurtmoestuin.',
      'Woonpunt, Trajekt en het buurtnetwerk werken samen met de gemeente aan de uitvoering; Trefpunt is de uitvalsbasis voor de bewonersavonden. Het project draagt bij aan positieve gezondheid en gelijke kansen.',
      DEMO_NOTE,
    ].join('\n\n'),
    programme: 'regio-deal-4',
    phase: 2,
    health: 'at-risk',
    healthExplanation:
      'De aanbesteding van de herinrichting is vertraagd doordat de eerste inschrijvingen boven het budget lagen. Het ontwerp wordt op onderdelen vereenvoudigd; de start van de bouw schuift naar verwachting een kwartaal op.',
    neighbourhoods: ['nazareth'],
    pillars: ['health', 'equal-chances'],
    partners: [
      ['gemeente-maastricht', 'lead'],
      ['gemeente-maastricht', 'funding'],
      ['woonpunt', 'implementing'],
      ['trajekt', 'implementing'],
      ['buurtnetwerk-nazareth', 'implementing'],
      ['provincie-limburg', 'funding'],
      ['trefpunt', 'venue'],
    ],
    activities: ['Buurtmoestuin Miradorplein', 'Buurtsport Nazareth', 'Jongerenavond De Plek'],
    milestones: [
      { title: 'Ontwerp samen met bewoners vastgesteld', planned: -420, actual: -410, status: 'done', weight: 2 },
      { title: 'Beschikking Regio Deal en cofinanciering rond', planned: -360, actual: -365, status: 'done', weight: 1 },
      { title: 'Aanbesteding herinrichting gegund', planned: -45, status: 'delayed', weight: 2 },
      { title: 'Start bouw speelplek en buurtmoestuin', planned: 60, status: 'planned', weight: 3 },
      { title: 'Oplevering en buurtfeest', planned: 240, status: 'planned', weight: 2 },
    ],
    budget: [
      { source: 'Regio Deal Zuid-Limburg (Rijk)', allocated: EUR(1_200_000), committed: EUR(450_000), spent: EUR(182_340.5) },
      { source: 'Provincie Limburg', allocated: EUR(400_000), committed: EUR(150_000), spent: EUR(61_200) },
      { source: 'Gemeente Maastricht', allocated: EUR(350_000), committed: EUR(200_000), spent: EUR(95_250.5) },
      { source: 'Woonpunt', allocated: EUR(250_000), committed: 0, spent: 0 },
    ],
    updates: [
      {
        title: 'Ontwerp klaar na drie bewonersavonden',
        body: 'Ruim zeventig bewoners dachten mee over het nieuwe Miradorplein. Meest gevraagd: schaduw, bankjes en een veilige plek om te spelen.\n\nHet ontwerp is nu vastgesteld en gaat de aanbesteding in.',
        daysAgo: 405,
        status: 'approved',
      },
      {
        title: 'Financiering rond',
        body: 'De beschikking van de Regio Deal is binnen en de provincie, de gemeente en Woonpunt hebben hun bijdrage toegezegd. Daarmee is de begroting van het project gedekt.',
        daysAgo: 360,
        status: 'approved',
      },
      {
        title: 'Aanbesteding vertraagd',
        body: 'De eerste inschrijvingen voor de herinrichting lagen boven het budget. Samen met de bewoners kijken we welke onderdelen eenvoudiger kunnen, zonder de wensen uit de bewonersavonden los te laten.',
        daysAgo: 20,
        status: 'approved',
      },
      {
        title: 'Buurtmoestuin draait al',
        body: 'Vooruitlopend op de herinrichting is de buurtmoestuin al begonnen: elke zaterdag werken zo’n vijftien bewoners samen in de tuin.',
        daysAgo: 3,
        status: 'submitted',
        leadOrganisation: 'gemeente-maastricht',
      },
    ],
    events: [
      {
        daysAgo: 410,
        kind: 'milestone',
        detail: { action: 'status', title: 'Ontwerp samen met bewoners vastgesteld', from: 'in-progress', to: 'done' },
      },
      {
        daysAgo: 365,
        kind: 'milestone',
        detail: { action: 'status', title: 'Beschikking Regio Deal en cofinanciering rond', from: 'planned', to: 'done' },
      },
      { daysAgo: 350, kind: 'phase', detail: { from: 1, to: 2 } },
      {
        daysAgo: 30,
        kind: 'milestone',
        detail: { action: 'status', title: 'Aanbesteding herinrichting gegund', from: 'in-progress', to: 'delayed' },
      },
      { daysAgo: 20, kind: 'health', detail: { from: 'on-track', to: 'at-risk', explanation: 'De aanbesteding is vertraagd.' } },
    ],
  },
  {
    slug: 'terra-cottaplein-pottenberg',
    title: 'Terra Cottaplein Pottenberg',
    summary:
      'Het Terra Cottaplein wordt een levendig plein bij de school en het gemeenschapshuis, met ruimte om te sporten, te leren en elkaar te ontmoeten. Gefinancierd uit de zesde tranche van de Regio Deal.',
    description: [
      'Rond het Terra Cottaplein liggen de Terra Nigra school, het gemeenschapshuis en veel woningen van Servatius. Het plein is nu vooral stenig en wordt weinig gebruikt.',
      'In de verkenning hebben bewoners, kinderen en partners verteld wat zij nodig hebben. Nu wordt een programma van eisen gemaakt, waarna het ontwerp volgt. Het project draagt bij aan alle drie de pijlers.',
      DEMO_NOTE,
    ].join('\n\n'),
    programme: 'regio-deal-6',
    phase: 1,
    health: 'on-track',
    healthExplanation: null,
    neighbourhoods: ['pottenberg'],
    pillars: ['health', 'livelihood', 'equal-chances'],
    partners: [
      ['gemeente-maastricht', 'lead'],
      ['servatius', 'implementing'],
      ['maastricht-sport', 'implementing'],
      ['provincie-limburg', 'funding'],
      ['terra-nigra-school', 'venue'],
      ['gemeenschapshuis-pottenberg', 'venue'],
    ],
    activities: ['Buurtsport Pottenberg', 'Huiswerkbegeleiding Terra Nigra', 'Kinderatelier: tekenen en kleien'],
    milestones: [
      { title: 'Verkenning met bewoners afgerond', planned: -150, actual: -148, status: 'done', weight: 1 },
      { title: 'Programma van eisen vastgesteld', planned: 30, status: 'in-progress', weight: 2 },
      { title: 'Voorlopig ontwerp', planned: 150, status: 'planned', weight: 2 },
      { title: 'Start uitvoering', planned: 330, status: 'planned', weight: 3 },
    ],
    budget: [
      { source: 'Regio Deal (Rijk)', allocated: EUR(900_000), committed: EUR(75_000), spent: EUR(32_500) },
      { source: 'Gemeente Maastricht', allocated: EUR(300_000), committed: EUR(25_000), spent: EUR(12_040.75) },
      { source: 'Servatius', allocated: EUR(200_000), committed: 0, spent: 0 },
    ],
    updates: [
      {
        title: 'Verkenning afgerond: wat bewoners willen',
        body: 'Kinderen van de Terra Nigra school tekenden hun droomplein; ouders en buurtbewoners vulden de wensen aan. Bovenaan: een veilige oversteek, een sportkooi en meer groen.',
        daysAgo: 145,
        status: 'approved',
      },
      {
        title: 'Programma van eisen in de maak',
        body: 'Met Servatius, Maastricht Sport en de school werken we de wensen uit tot een programma van eisen. In het volgende kwartaal volgt het voorlopig ontwerp.',
        daysAgo: 40,
        status: 'approved',
      },
    ],
    events: [
      { daysAgo: 148, kind: 'milestone', detail: { action: 'status', title: 'Verkenning met bewoners afgerond', from: 'in-progress', to: 'done' } },
    ],
  },
];

const dateIn = (now: Date, days: number) => localDate(daysAfter(now, days));
const momentIn = daysAfter;

/**
 * The demo projects Miradorplein Nazareth and Terra Cottaplein Pottenberg (Regio Deal), with partners, milestones
 * (some done, one overdue), budget lines per funding source, updates and timeline events. Dates are relative to `now`,
 * so the demo always shows an overdue milestone and upcoming ones. Linked activities are found by their demo titles.
 */
export function demoProjectStatements(db: Db, now: Date): SeedStatement[] {
  const statements: SeedStatement[] = [];
  for (const p of DEMO_PROJECTS) {
    const projectId = asId(projectIdBySlug(p.slug));
    statements.push(
      db.insert(projects).values({
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        description: p.description,
        fundingProgramme: p.programme,
        phase: p.phase,
        health: p.health,
        healthExplanation: p.healthExplanation,
        isDemo: true,
        createdAt: momentIn(now, -450),
        updatedAt: momentIn(now, -20),
      }),
      db.insert(projectNeighbourhoods).values(p.neighbourhoods.map((slug) => ({ projectId, neighbourhoodId: asId(neighbourhoodIdBySlug(slug)) }))),
      db.insert(projectPillars).values(p.pillars.map((pillarId) => ({ projectId, pillarId }))),
      db.insert(projectPartners).values(p.partners.map(([org, role]) => ({ projectId, organisationId: asId(organisationIdBySlug(org)), role }))),
      // Demo activities are found by title; one that does not exist is simply not linked.
      db.insert(projectActivities).select(
        db
          .select({ projectId: sql<number>`${projectIdBySlug(p.slug)}`.as('project_id'), activityId: activities.id })
          .from(activities)
          .where(and(eq(activities.isDemo, true), inArray(activities.title, p.activities))),
      ),
      db.insert(milestones).values(
        p.milestones.map((m) => ({
          projectId,
          title: m.title,
          plannedDate: dateIn(now, m.planned),
          actualDate: m.actual === undefined ? null : dateIn(now, m.actual),
          status: m.status,
          weight: m.weight,
          createdAt: momentIn(now, -450),
          updatedAt: momentIn(now, Math.min(0, m.actual ?? -20)),
        })),
      ),
      db.insert(budgetLines).values(
        p.budget.map((b) => ({
          projectId,
          fundingSource: b.source,
          allocatedCents: b.allocated,
          committedCents: b.committed,
          spentCents: b.spent,
          createdAt: momentIn(now, -360),
          updatedAt: momentIn(now, -20),
        })),
      ),
    );
    for (const u of p.updates) {
      statements.push(
        db.insert(projectUpdates).values({
          projectId,
          organisationId: u.leadOrganisation ? asId(organisationIdBySlug(u.leadOrganisation)) : null,
          title: u.title,
          body: u.body,
          publishedOn: dateIn(now, -u.daysAgo),
          status: u.status,
          createdAt: momentIn(now, -u.daysAgo),
          updatedAt: momentIn(now, -u.daysAgo),
        }),
      );
    }
    statements.push(
      db
        .insert(projectEvents)
        .values(p.events.map((e) => ({ projectId, at: momentIn(now, -e.daysAgo), kind: e.kind, detail: JSON.stringify(e.detail) }))),
    );
  }
  // The demo funder follows the Regio Deal: limited to its two tranches, which hold both demo projects. The seed
  // only runs on an empty database, so every funder account at this point is a demo account.
  statements.push(
    db
      .insert(funderProgrammes)
      .select(sql`select u.id, p.value from users u, json_each(${JSON.stringify(['regio-deal-4', 'regio-deal-6'])}) p where u.role = 'funder'`),
  );
  return statements;
}
