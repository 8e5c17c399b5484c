// Open Referral HSDS 3.0 (Human Services Data Specification) as one JSON document: every table as an array
// (organization, service, location, address, service_at_location, schedule, taxonomy, taxonomy_term, attribute).
// Mapping: an approved organisation → organization; a public activity → service with its schedule (RRULE fields);
// a venue (name + address) → location with address; activity at venue → service_at_location; pillars and target
// groups → taxonomy terms of two taxonomies, linked to services by attribute rows.
import { OPEN_END_DATE, PILLAR_IDS, TARGET_GROUPS } from '../../../db/enums';
import type { PillarRef } from '../../activities/cards';
import { activityTexts } from '../../activities/texts';
import { describeSchedule } from '../../activities/schedule';
import { recurrenceOf } from '../ical/recurrence';
import { TZID } from '../ical/timezone';
import type { OpenActivity } from '../queries';

export type HsdsOrganisation = {
  id: number;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
};

/** HSDS ids are UUIDs: ours are fixed per kind and row, so they stay the same from one export to the next. */
const KIND = {
  organization: 1,
  service: 2,
  location: 3,
  address: 4,
  service_at_location: 5,
  schedule: 6,
  taxonomy: 7,
  taxonomy_term: 8,
  attribute: 9,
  phone: 10,
} as const;
export function hsdsId(kind: keyof typeof KIND, n: number): string {
  return `${KIND[kind].toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A small stable number for a text (FNV-1a, 32 bits): venues have no row of their own. */
function textNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash;
}

const venueKey = (a: OpenActivity) => [a.locationName, a.street, a.postcode, a.city].join('|');

export function hsdsExport(input: {
  organisations: HsdsOrganisation[];
  activities: OpenActivity[];
  pillars: PillarRef[];
  origin: string;
  today: string;
}) {
  const { origin, today } = input;
  const nl = activityTexts.nl;
  const orgIds = new Map(input.organisations.map((o) => [o.slug, o.id]));
  const pillarTerm = (id: string) => hsdsId('taxonomy_term', 100 + PILLAR_IDS.indexOf(id as never));
  const groupTerm = (code: string) => hsdsId('taxonomy_term', 200 + TARGET_GROUPS.indexOf(code as never));

  const organization = input.organisations.map((o) => ({
    id: hsdsId('organization', o.id),
    name: o.name,
    description: o.description || o.name,
    website: o.website,
    email: o.email,
    uri: `${origin}/partners/${encodeURIComponent(o.slug)}`,
  }));

  const venues = new Map<string, OpenActivity>();
  for (const a of input.activities) if (!venues.has(venueKey(a))) venues.set(venueKey(a), a);
  const venueNumber = (a: OpenActivity) => textNumber(venueKey(a));
  const location = [...venues.values()].map((a) => ({
    id: hsdsId('location', venueNumber(a)),
    location_type: 'physical',
    name: a.locationName,
    description: null,
  }));
  const address = [...venues.values()].map((a) => ({
    id: hsdsId('address', venueNumber(a)),
    location_id: hsdsId('location', venueNumber(a)),
    address_1: a.street || a.locationName,
    city: a.city,
    region: 'Limburg',
    state_province: 'Limburg',
    postal_code: a.postcode || '-',
    country: 'NL',
    address_type: 'physical',
  }));

  const service = input.activities.map((a) => ({
    id: hsdsId('service', a.id),
    organization_id: hsdsId('organization', orgIds.get(a.organisation.slug) ?? 0),
    name: a.isDemo ? `${a.title} (demo)` : a.title,
    description: a.description || a.summary,
    url: `${origin}/activiteiten/${a.id}`,
    email: a.contactEmail,
    status: 'active',
    fees_description: a.costCents ? nl.cost(a.costCents) : nl.free,
    languages: a.languages,
    accessibility: a.accessibility,
    last_modified: new Date(a.updatedAt).toISOString(),
  }));

  const service_at_location = input.activities.map((a) => ({
    id: hsdsId('service_at_location', a.id),
    service_id: hsdsId('service', a.id),
    location_id: hsdsId('location', venueNumber(a)),
  }));

  const schedule = input.activities.map((a) => {
    const recurrence = recurrenceOf(a.schedule, today, a.holidays);
    const rule = recurrence.rule;
    const until = rule?.untilDate ?? (a.schedule.lastDate === OPEN_END_DATE ? null : a.schedule.lastDate);
    return {
      id: hsdsId('schedule', a.id),
      service_id: hsdsId('service', a.id),
      service_at_location_id: hsdsId('service_at_location', a.id),
      valid_from: a.schedule.firstDate,
      valid_to: until,
      dtstart: recurrence.startDate,
      timezone: TZID,
      until,
      wkst: rule?.freq === 'WEEKLY' ? 'MO' : null,
      freq: rule?.freq ?? null,
      interval: rule?.interval ?? null,
      byday: rule?.byDay.length ? rule.byDay.join(',') : null,
      bymonthday: rule?.byMonthDay.length ? rule.byMonthDay.join(',') : null,
      opens_at: a.schedule.startTime,
      closes_at: a.schedule.endTime,
      description: describeSchedule(a.schedule, today, 'nl'),
      notes: a.schedule.exceptions.filter((d) => d >= today).length ? `Niet op: ${a.schedule.exceptions.filter((d) => d >= today).join(', ')}` : null,
      attending_type: 'in_person',
    };
  });

  const taxonomy = [
    {
      id: hsdsId('taxonomy', 1),
      name: 'Pijlers Veerkrachtige Wijken',
      description: 'De drie pijlers van het programma Veerkrachtige Wijken Maastricht',
      uri: `${origin}/api/v1/docs`,
      version: '1',
    },
    {
      id: hsdsId('taxonomy', 2),
      name: 'Doelgroepen Veerkrachtige Wijken',
      description: 'Voor wie een activiteit bedoeld is',
      uri: `${origin}/api/v1/docs`,
      version: '1',
    },
  ];
  const taxonomy_term = [
    ...input.pillars.map((p) => ({
      id: pillarTerm(p.id),
      code: p.id,
      name: p.nameNl,
      description: p.descriptionNl || p.nameNl,
      taxonomy_id: taxonomy[0]!.id,
      language: 'nl',
    })),
    ...TARGET_GROUPS.map((g) => ({
      id: groupTerm(g),
      code: g,
      name: nl.targetGroup(g),
      description: nl.targetGroup(g),
      taxonomy_id: taxonomy[1]!.id,
      language: 'nl',
    })),
  ];
  let attributeNumber = 0;
  const attribute = input.activities.flatMap((a) =>
    [...a.pillarIds.map(pillarTerm), ...a.targetGroups.map(groupTerm)].map((termId) => ({
      id: hsdsId('attribute', ++attributeNumber),
      link_id: hsdsId('service', a.id),
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId,
    })),
  );

  return {
    hsds_version: '3.0',
    licence: 'https://creativecommons.org/licenses/by/4.0/',
    organization,
    service,
    location,
    address,
    service_at_location,
    schedule,
    taxonomy,
    taxonomy_term,
    attribute,
  };
}
