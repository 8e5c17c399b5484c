import { OPEN_END_DATE, PILLAR_IDS } from '../../../db/enums';
import type { DirectoryEntry } from '../../partners/queries';
import type { NeighbourhoodSummary } from '../../neighbourhoods/queries';
import type { ProjectListItem } from '../../projects/queries';
import { recurrenceRuleOf, rruleText } from '../ical/recurrence';
import type { OpenActivity } from '../queries';
import type { ApiActivity, ApiNeighbourhood, ApiOrganisation, ApiProject } from './schemas';

/** The data licence, linked from every list answer. */
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

type ByDay = ApiActivity['schedule']['byDay'][number];

export function apiActivity(a: OpenActivity, origin: string, today: string): ApiActivity {
  const rule = recurrenceRuleOf(a.schedule);
  return {
    id: a.id,
    url: `${origin}/activiteiten/${a.id}`,
    title: a.title,
    summary: a.summary,
    description: a.description,
    organisation: { slug: a.organisation.slug, name: a.organisation.name, url: `${origin}/partners/${encodeURIComponent(a.organisation.slug)}` },
    location: { name: a.locationName, street: a.street, postcode: a.postcode, city: a.city },
    schedule: {
      kind: a.schedule.scheduleKind,
      firstDate: a.schedule.firstDate,
      lastDate: a.schedule.lastDate === OPEN_END_DATE ? null : a.schedule.lastDate,
      startTime: a.schedule.startTime,
      endTime: a.schedule.endTime,
      byDay: (rule?.byDay ?? []).filter((d): d is ByDay => /^[A-Z]{2}$/.test(d)),
      rrule: rule ? rruleText(rule) : null,
      cancelledDates: a.schedule.exceptions.filter((date) => date >= today),
    },
    nextDate: a.nextDate,
    isAccessibleForFree: !a.costCents,
    costCents: a.costCents || null,
    pillars: a.pillarIds,
    neighbourhoods: a.neighbourhoodSlugs,
    targetGroups: a.targetGroups,
    accessibility: a.accessibility,
    languages: a.languages,
    isDemo: a.isDemo,
    version: a.version,
    updatedAt: new Date(a.updatedAt).toISOString(),
    links: { ics: `${origin}/activiteiten/${a.id}.ics` },
  };
}

export function apiOrganisation(o: DirectoryEntry, origin: string): ApiOrganisation {
  const slug = encodeURIComponent(o.slug);
  return {
    slug: o.slug,
    name: o.name,
    kind: o.kind,
    description: o.description,
    activityCount: o.activityCount,
    isDemo: o.isDemo === 1,
    url: `${origin}/partners/${slug}`,
    links: { ics: `${origin}/partners/${slug}/activiteiten.ics`, activities: `${origin}/api/v1/activities?organisatie=${slug}` },
  };
}

export function apiNeighbourhood(n: NeighbourhoodSummary, origin: string): ApiNeighbourhood {
  const slug = encodeURIComponent(n.slug);
  return {
    slug: n.slug,
    name: n.name,
    description: { nl: n.descriptionNl, en: n.descriptionEn },
    activityCount: n.activityCount,
    url: `${origin}/wijken/${slug}`,
    links: { ics: `${origin}/wijken/${slug}/activiteiten.ics`, activities: `${origin}/api/v1/activities?wijk=${slug}` },
  };
}

export function apiProject(p: ProjectListItem, origin: string): ApiProject {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    phase: p.phase,
    fundingProgramme: p.fundingProgramme,
    neighbourhoods: p.neighbourhoods.map((n) => n.slug),
    pillars: PILLAR_IDS.filter((id) => p.pillars.some((x) => x.id === id)),
    isDemo: Boolean(p.isDemo),
    url: `${origin}/projecten/${encodeURIComponent(p.slug)}`,
  };
}
