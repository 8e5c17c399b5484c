import { desc, eq } from 'drizzle-orm';
import { budgetLines, milestones, monitorImports, projects, projectUpdates } from '../../../src/db/schema';
import { localDate } from '../../../src/dates';
import { freezableQuarters } from '../../../src/features/snapshots/commands';
import { createOrganisation, createUser, db, ensureNeighbourhoods, postForm, request, reviewer, sessionCookie } from '../../helpers';
import { post, type RouteCase, unique } from './case';

const today = () => localDate(new Date());

/** A new project made through the form by the programme team, led by a new organisation with a member. */
async function newProject() {
  const nb = await ensureNeighbourhoods();
  const lead = await createOrganisation();
  const partner = await sessionCookie((await createUser({ memberOf: [{ organisationId: lead.id, role: 'editor' }] })).id);
  const { cookie } = await reviewer();
  const res = await postForm('/projectbeheer/nieuw', projectForm(nb.nazareth, lead.id, `Project ${unique()}`), { cookie });
  const slug = /^\/projectbeheer\/([^?]+)/.exec(res.headers.get('Location') ?? '')?.[1];
  if (!slug) throw new Error(`creating a project answered ${res.status}`);
  const [row] = await db().select().from(projects).where(eq(projects.slug, slug));
  return { slug, cookie, partner, project: row! };
}

function projectForm(neighbourhood: number, lead: number, title: string, overrides: Record<string, string> = {}) {
  return {
    title,
    slug: '',
    summary: 'Een nieuw buurthuis in Nazareth.',
    description: 'Eerste alinea.',
    neighbourhoods: [String(neighbourhood)],
    pillars: ['health'],
    fundingProgramme: 'limburg-wijkenaanpak',
    phase: '1',
    health: 'on-track',
    healthExplanation: '',
    partners: [`${lead}:lead`],
    activities: [],
    ...overrides,
  };
}

const milestone = (version: number, title = 'Bouwvergunning') => ({
  version: String(version),
  title,
  plannedDate: '2027-03-31',
  actualDate: '',
  status: 'planned',
  weight: '',
});
const budget = (version: number) => ({ version: String(version), fundingSource: 'Regio Deal', allocated: '1000', committed: '10', spent: '0' });
const versionOf = async (id: number) => (await db().select({ v: projects.version }).from(projects).where(eq(projects.id, id)))[0]!.v;

async function withMilestone() {
  const p = await newProject();
  await postForm(`/projectbeheer/${p.slug}/mijlpalen`, milestone(p.project.version), { cookie: p.cookie });
  const [m] = await db().select().from(milestones).where(eq(milestones.projectId, p.project.id));
  return { ...p, milestone: m!, version: await versionOf(p.project.id) };
}

async function withBudgetLine() {
  const p = await newProject();
  await postForm(`/projectbeheer/${p.slug}/begroting`, budget(p.project.version), { cookie: p.cookie });
  const [line] = await db().select().from(budgetLines).where(eq(budgetLines.projectId, p.project.id));
  return { ...p, line: line!, version: await versionOf(p.project.id) };
}

/** An update the lead partner submitted; `changes`: sent back by the team for changes. */
async function submittedUpdate(changes = false) {
  const p = await newProject();
  await postForm(`/projecten/${p.slug}/voortgang`, { title: 'Bewonersavond', publishedOn: today(), body: 'Tekst.' }, { cookie: p.partner });
  const [update] = await db().select().from(projectUpdates).where(eq(projectUpdates.projectId, p.project.id));
  if (!changes) return { ...p, update: update! };
  await postForm(
    `/beoordelen/voortgangsberichten/${update!.id}`,
    { version: String(update!.version), decision: 'changes', comment: 'Noem de datum.' },
    { cookie: p.cookie },
  );
  return { ...p, update: { ...update!, version: update!.version + 1 } };
}

const CSV = 'buurtcode;indicator;meting;waarde;aantal\nBU09350203;overgewicht;2025;61;500';

/** A monitor import uploaded by the programme team, waiting for confirmation (`confirm`: confirmed). */
async function monitorImport(confirm = false) {
  const { cookie } = await reviewer();
  const body = new FormData();
  body.append('bestand', new File([CSV], 'cijfers.csv', { type: 'text/csv' }));
  await request('/monitor/import', { method: 'POST', body, cookie });
  const [row] = await db().select().from(monitorImports).orderBy(desc(monitorImports.id)).limit(1);
  if (confirm) await postForm(`/monitor/import/${row!.id}/bevestigen`, {}, { cookie });
  return { id: row!.id, cookie };
}

export const PROJECT_CASES: RouteCase[] = [
  {
    route: 'POST /projectbeheer/nieuw',
    prepare: async () =>
      post(
        '/projectbeheer/nieuw',
        projectForm((await ensureNeighbourhoods()).nazareth, (await createOrganisation()).id, `Project ${unique()}`),
        (await reviewer()).cookie,
      ),
  },
  {
    route: 'POST /projectbeheer/:slug',
    prepare: async () => {
      const p = await newProject();
      const lead = (await createOrganisation()).id;
      return post(
        `/projectbeheer/${p.slug}`,
        projectForm((await ensureNeighbourhoods()).nazareth, lead, p.project.title, {
          version: String(p.project.version),
          health: 'at-risk',
          healthExplanation: 'Vertraging.',
        }),
        p.cookie,
      );
    },
  },
  {
    route: 'POST /projectbeheer/:slug/doelen',
    prepare: async () => {
      const p = await newProject();
      return post(`/projectbeheer/${p.slug}/doelen`, { version: String(p.project.version) }, p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/mijlpalen',
    prepare: async () => {
      const p = await newProject();
      return post(`/projectbeheer/${p.slug}/mijlpalen`, milestone(p.project.version), p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/mijlpalen/:id',
    prepare: async () => {
      const p = await withMilestone();
      return post(`/projectbeheer/${p.slug}/mijlpalen/${p.milestone.id}`, { ...milestone(p.version), status: 'done' }, p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/mijlpalen/:id/verwijderen',
    prepare: async () => {
      const p = await withMilestone();
      return post(`/projectbeheer/${p.slug}/mijlpalen/${p.milestone.id}/verwijderen`, { version: String(p.version) }, p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/begroting',
    prepare: async () => {
      const p = await newProject();
      return post(`/projectbeheer/${p.slug}/begroting`, budget(p.project.version), p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/begroting/:id',
    prepare: async () => {
      const p = await withBudgetLine();
      return post(`/projectbeheer/${p.slug}/begroting/${p.line.id}`, { ...budget(p.version), spent: '5' }, p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/:slug/begroting/:id/verwijderen',
    prepare: async () => {
      const p = await withBudgetLine();
      return post(`/projectbeheer/${p.slug}/begroting/${p.line.id}/verwijderen`, { version: String(p.version) }, p.cookie);
    },
  },
  {
    route: 'POST /projectbeheer/financiers',
    prepare: async () =>
      post(
        '/projectbeheer/financiers',
        { name: 'Provincie Limburg', email: `f-${unique()}@provincie.example`, locale: 'nl', programmes: ['regio-deal-6'] },
        (await reviewer()).cookie,
      ),
  },
  {
    route: 'POST /projectbeheer/financiers/:id',
    prepare: async () => {
      const user = await createUser({ role: 'funder' });
      return post(`/projectbeheer/financiers/${user.id}`, { [`programmes-${user.id}`]: ['regio-deal-6'] }, (await reviewer()).cookie);
    },
  },
  {
    route: 'POST /projecten/:slug/voortgang',
    prepare: async () => {
      const p = await newProject();
      return post(`/projecten/${p.slug}/voortgang`, { title: 'Schetsontwerp', publishedOn: today(), body: 'Tekst.' }, p.partner);
    },
  },
  {
    route: 'POST /projecten/:slug/voortgang/:id',
    prepare: async () => {
      const p = await submittedUpdate(true);
      return post(
        `/projecten/${p.slug}/voortgang/${p.update.id}`,
        { version: String(p.update.version), title: 'Bewonersavond 12 maart', publishedOn: today(), body: 'Tekst.' },
        p.partner,
      );
    },
  },
  {
    route: 'POST /beoordelen/voortgangsberichten/:id',
    prepare: async () => {
      const p = await submittedUpdate();
      return post(
        `/beoordelen/voortgangsberichten/${p.update.id}`,
        { version: String(p.update.version), decision: 'approve', comment: '' },
        p.cookie,
      );
    },
  },
  {
    route: 'POST /projecten/:slug/rapportages',
    prepare: async () => {
      const p = await newProject();
      return post(`/projecten/${p.slug}/rapportages`, { period: freezableQuarters(new Date())[1]!.label }, p.cookie);
    },
  },
  {
    route: 'POST /financier/feedsleutel',
    prepare: async () => post('/financier/feedsleutel', {}, await sessionCookie((await createUser({ role: 'funder' })).id)),
  },
  {
    route: 'POST /monitor/import',
    prepare: async () => {
      const body = new FormData();
      body.append('bestand', new File([CSV], 'cijfers.csv', { type: 'text/csv' }));
      return { path: '/monitor/import', body, cookie: (await reviewer()).cookie };
    },
  },
  {
    route: 'POST /monitor/import/:id/bevestigen',
    every: true,
    prepare: async () => {
      const i = await monitorImport();
      return post(`/monitor/import/${i.id}/bevestigen`, {}, i.cookie);
    },
  },
  {
    route: 'POST /monitor/import/:id/annuleren',
    prepare: async () => {
      const i = await monitorImport();
      return post(`/monitor/import/${i.id}/annuleren`, {}, i.cookie);
    },
  },
  {
    route: 'POST /monitor/import/:id/ongedaan',
    prepare: async () => {
      const i = await monitorImport(true);
      return post(`/monitor/import/${i.id}/ongedaan`, {}, i.cookie);
    },
  },
];
