// The response shapes of /api/v1, as zod schemas: the route handlers are typed by them and the OpenAPI document is
// generated from them (`openapi.ts`), so the two cannot drift apart.
import * as z from 'zod';
import { FUNDING_PROGRAMMES, ORGANISATION_KINDS, PILLAR_IDS, SCHEDULE_KINDS, TARGET_GROUPS } from '../../../db/enums';

const url = z.url().meta({ description: 'Absolute address (https)' });
const isoDate = z.iso.date();
const time = z
  .string()
  .regex(/^\d{2}:\d{2}$/)
  .meta({ description: 'Local time in Maastricht (Europe/Amsterdam), HH:MM' });

export const ScheduleSchema = z
  .object({
    kind: z.enum(SCHEDULE_KINDS).meta({
      description:
        'once = one date; weekly = every `interval` weeks on the given weekdays; monthly = on ordinal weekdays or a day of the month (see rrule); series = a list of dates, each with its own times. More kinds may be added.',
    }),
    firstDate: isoDate,
    lastDate: isoDate.nullable().meta({ description: 'Null when a recurring activity has no end date' }),
    startTime: time,
    endTime: time,
    byDay: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).meta({ description: 'Weekdays of a recurring activity (iCalendar BYDAY)' }),
    rrule: z.string().nullable().meta({ description: 'The iCalendar RRULE (RFC 5545) of a recurring activity, DTSTART in Europe/Amsterdam' }),
    cancelledDates: z.array(isoDate).meta({ description: 'Upcoming dates on which a recurring activity does not take place' }),
  })
  .meta({ id: 'Schedule' });

export const ActivitySchema = z
  .object({
    id: z.int().positive(),
    url,
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    organisation: z.object({ slug: z.string(), name: z.string(), url }),
    location: z.object({ name: z.string(), street: z.string(), postcode: z.string(), city: z.string() }),
    schedule: ScheduleSchema,
    nextDate: isoDate.meta({ description: 'The next date it takes place (today or later)' }),
    isAccessibleForFree: z.boolean(),
    costCents: z.int().nonnegative().nullable().meta({ description: 'Price in euro cents; null when free' }),
    pillars: z.array(z.enum(PILLAR_IDS)),
    neighbourhoods: z.array(z.string()).meta({ description: 'Neighbourhood slugs' }),
    targetGroups: z.array(z.enum(TARGET_GROUPS)),
    accessibility: z.string().nullable(),
    languages: z.string().nullable(),
    isDemo: z.boolean().meta({ description: 'Example data made up to show the portal: it does not really take place' }),
    version: z.int().positive().meta({ description: 'Rises with every change (the iCalendar SEQUENCE)' }),
    updatedAt: z.iso.datetime(),
    links: z.object({ ics: url }),
  })
  .meta({ id: 'Activity' });

export const ActivityPageSchema = z
  .object({
    data: z.array(ActivitySchema).max(100),
    links: z.object({ self: url, next: url.nullable().meta({ description: 'The next page (seek cursor); null on the last page' }) }),
    meta: z.object({ limit: z.int().min(1).max(100), licence: url }),
  })
  .meta({ id: 'ActivityPage' });

export const OrganisationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS).meta({ description: 'alliance = alliantiepartner, neighbourhood = wijkpartner, other = overige partner' }),
    description: z.string(),
    activityCount: z.int().nonnegative(),
    isDemo: z.boolean(),
    url,
    links: z.object({ ics: url, activities: url }),
  })
  .meta({ id: 'Organisation' });

export const NeighbourhoodSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.object({ nl: z.string(), en: z.string() }),
    activityCount: z.int().nonnegative().meta({ description: 'Upcoming public activities, counted up to 201' }),
    url,
    links: z.object({ ics: url, activities: url }),
  })
  .meta({ id: 'Neighbourhood' });

export const ProjectSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    phase: z.int().min(1).max(6).meta({ description: 'IATI activity status: 1 pipeline … 6 suspended' }),
    fundingProgramme: z.enum(FUNDING_PROGRAMMES),
    neighbourhoods: z.array(z.string()),
    pillars: z.array(z.enum(PILLAR_IDS)),
    isDemo: z.boolean(),
    url,
  })
  .meta({ id: 'Project' });

const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ data: z.array(item), meta: z.object({ licence: url }) }).meta({ id });
export const OrganisationListSchema = listOf(OrganisationSchema, 'OrganisationList');
export const NeighbourhoodListSchema = listOf(NeighbourhoodSchema, 'NeighbourhoodList');
export const ProjectListSchema = listOf(ProjectSchema, 'ProjectList');

const localised = z.object({ title: z.string(), detail: z.string() });

export const ProblemSchema = z
  .object({
    type: url,
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ parameter: z.string(), nl: z.string(), en: z.string() })).optional(),
    nl: localised,
    en: localised,
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; title and detail in the language asked for, both languages under nl and en' });

export type ApiActivity = z.infer<typeof ActivitySchema>;
export type ApiOrganisation = z.infer<typeof OrganisationSchema>;
export type ApiNeighbourhood = z.infer<typeof NeighbourhoodSchema>;
export type ApiProject = z.infer<typeof ProjectSchema>;
export type ApiProblem = z.infer<typeof ProblemSchema>;

/** Query parameters of the API that are its own (the filters are those of /activiteiten). */
export const LIMIT_DEFAULT = 20;
export const LIMIT_MAX = 100;
export const limitParam = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number)
  .pipe(z.int().min(1).max(LIMIT_MAX));
