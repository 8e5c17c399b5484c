import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationStatus } from '../../../src/db/enums';
import { activities, projectActivities, projects } from '../../../src/db/schema';
import { createOrganisation, db, futureDate, request, roundTrips } from '../../helpers';

const SLUG = 'project-met-gekoppelde-activiteiten';

async function linkedActivity(projectId: number, title: string, opts: { lastDate: string; organisationStatus?: OrganisationStatus }) {
  const organisation = await createOrganisation({ status: opts.organisationStatus ?? 'approved' });
  const [row] = await db()
    .insert(activities)
    .values({
      organisationId: organisation.id,
      title,
      summary: `Samenvatting van ${title}.`,
      locationName: 'Buurthuis',
      scheduleKind: 'once',
      firstDate: opts.lastDate,
      lastDate: opts.lastDate,
      startTime: '10:00',
      endTime: '12:00',
      status: 'published',
      publishedAt: new Date(),
    })
    .returning();
  await db().insert(projectActivities).values({ projectId, activityId: row!.id });
}

beforeAll(async () => {
  const [project] = await db()
    .insert(projects)
    .values({ slug: SLUG, title: 'Project met gekoppelde activiteiten', summary: 'Een project voor deze test.', fundingProgramme: 'regio-deal-4' })
    .returning();
  // Three days back (UTC) is in the past in Maastricht whatever the hour the test runs.
  await linkedActivity(project!.id, 'Zichtbare buurtwandeling', { lastDate: futureDate(30) });
  await linkedActivity(project!.id, 'Afgelopen voorjaarsmarkt', { lastDate: futureDate(-3) });
  await linkedActivity(project!.id, 'Repaircafe van een afgewezen organisatie', { lastDate: futureDate(30), organisationStatus: 'rejected' });
  await linkedActivity(project!.id, 'Kookles van een nog niet goedgekeurde organisatie', { lastDate: futureDate(30), organisationStatus: 'pending' });
});

describe('/projecten/:slug lists linked activities by the one public rule', () => {
  it('shows a visible linked activity but not one that is over or run by an organisation that is not approved, in one round trip', async () => {
    const res = await request(`/projecten/${SLUG}`);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html).toContain('Zichtbare buurtwandeling');
    expect(html).not.toContain('Afgelopen voorjaarsmarkt');
    expect(html).not.toContain('Repaircafe van een afgewezen organisatie');
    expect(html).not.toContain('Kookles van een nog niet goedgekeurde organisatie');
  });
});
