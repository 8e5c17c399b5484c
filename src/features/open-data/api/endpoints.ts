// The endpoints of /api/v1, described once: the OpenAPI document (`openapi.ts`) and the documentation page
// (`docs.tsx`) are both made from this list.
import * as z from 'zod';
import { PILLAR_IDS, TARGET_GROUPS } from '../../../db/enums';
import { SEARCH_MAX_LENGTH } from '../../activities/search';
import { IndicatorListSchema, IndicatorValuesSchema } from './indicator-schemas';
import {
  LIMIT_DEFAULT,
  LIMIT_MAX,
  ActivityPageSchema,
  ActivitySchema,
  NeighbourhoodListSchema,
  OrganisationListSchema,
  ProjectListSchema,
} from './schemas';

type Text = { nl: string; en: string };
export type ParamDoc = { name: string; in: 'query' | 'path'; required?: boolean; schema: z.ZodType; description: Text; example?: string };
export type EndpointDoc = {
  /** Relative to the server `/api/v1`, in OpenAPI form. */
  path: string;
  operationId: string;
  summary: Text;
  params: ParamDoc[];
  /** The schema of the 200 answer; registered under an id (`.meta({ id })`). */
  response: z.ZodType;
  /** Whether the endpoint can answer 400 (a bad parameter) and 404. */
  badRequest: boolean;
  notFound: boolean;
  /** A path (with query) for the `curl` example. */
  example: string;
};

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const isoDate = z.iso.date();

export const FILTER_DOCS: ParamDoc[] = [
  {
    name: 'zoek',
    in: 'query',
    schema: z.string(),
    description: {
      nl: `Zoekwoorden (titel, tekst, locatie); de eerste ${SEARCH_MAX_LENGTH} tekens tellen`,
      en: `Search words (title, text, location); the first ${SEARCH_MAX_LENGTH} characters count`,
    },
    example: 'taal',
  },
  { name: 'pijler', in: 'query', schema: z.enum(PILLAR_IDS), description: { nl: 'Pijler', en: 'Pillar' }, example: 'health' },
  {
    name: 'wijk',
    in: 'query',
    schema: slug,
    description: {
      nl: 'Wijk (slug, zie /neighbourhoods); een onbekende wijk geeft 400',
      en: 'Neighbourhood (slug, see /neighbourhoods); an unknown one is a 400',
    },
    example: 'pottenberg',
  },
  { name: 'doelgroep', in: 'query', schema: z.enum(TARGET_GROUPS), description: { nl: 'Doelgroep', en: 'Target group' }, example: 'seniors' },
  {
    name: 'organisatie',
    in: 'query',
    schema: slug,
    description: {
      nl: 'Organisatie (slug, zie /organisations), als organisator of mede-organisator; een onbekende organisatie geeft 400',
      en: 'Organisation (slug, see /organisations), as organiser or co-organiser; an unknown one is a 400',
    },
  },
  { name: 'van', in: 'query', schema: isoDate, description: { nl: 'Vanaf deze datum', en: 'From this date' } },
  { name: 'tot', in: 'query', schema: isoDate, description: { nl: 'Tot en met deze datum', en: 'Up to and including this date' } },
  {
    name: 'periode',
    in: 'query',
    schema: z.literal('deze-week'),
    description: { nl: 'Alleen deze week (tot en met zondag)', en: 'This week only (up to Sunday)' },
  },
];

const listParams: ParamDoc[] = [
  ...FILTER_DOCS,
  {
    name: 'limit',
    in: 'query',
    schema: z.int().min(1).max(LIMIT_MAX).default(LIMIT_DEFAULT),
    description: { nl: `Aantal per pagina, ten hoogste ${LIMIT_MAX}`, en: `Items per page, at most ${LIMIT_MAX}` },
    example: '50',
  },
  {
    name: 'na',
    in: 'query',
    schema: z.string().regex(/^\d{4}-\d{2}-\d{2}_\d{4}_\d{1,12}$/),
    description: { nl: 'Cursor van de volgende pagina (uit links.next)', en: 'Cursor of the next page (from links.next)' },
  },
];

export const ENDPOINTS: EndpointDoc[] = [
  {
    path: '/activities',
    operationId: 'listActivities',
    summary: { nl: 'Komende openbare activiteiten, vroegste eerst', en: 'Upcoming public activities, soonest first' },
    params: listParams,
    response: ActivityPageSchema,
    badRequest: true,
    notFound: false,
    example: '/activities?pijler=health&wijk=pottenberg&limit=50',
  },
  {
    path: '/activities/{id}',
    operationId: 'getActivity',
    summary: { nl: 'Eén openbare activiteit', en: 'One public activity' },
    params: [
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: z.int().positive(),
        description: { nl: 'Nummer van de activiteit', en: 'Number of the activity' },
      },
    ],
    response: ActivitySchema,
    badRequest: false,
    notFound: true,
    example: '/activities/1',
  },
  {
    path: '/organisations',
    operationId: 'listOrganisations',
    summary: { nl: 'Goedgekeurde partnerorganisaties', en: 'Approved partner organisations' },
    params: [],
    response: OrganisationListSchema,
    badRequest: false,
    notFound: false,
    example: '/organisations',
  },
  {
    path: '/neighbourhoods',
    operationId: 'listNeighbourhoods',
    summary: { nl: 'De wijken van het programma', en: 'The programme’s neighbourhoods' },
    params: [],
    response: NeighbourhoodListSchema,
    badRequest: false,
    notFound: false,
    example: '/neighbourhoods',
  },
  {
    path: '/indicators',
    operationId: 'listIndicators',
    summary: { nl: 'De openbare indicatoren van de monitor en de metingen', en: 'The monitor’s public indicators and the research waves' },
    params: [],
    response: IndicatorListSchema,
    badRequest: false,
    notFound: false,
    example: '/indicators',
  },
  {
    path: '/indicators/{code}',
    operationId: 'getIndicatorValues',
    summary: {
      nl: 'Eén indicator per buurt en voor heel Maastricht, in één meting (kleine aantallen niet gepubliceerd)',
      en: 'One indicator per buurt and for all of Maastricht, in one wave (small numbers not published)',
    },
    params: [
      {
        name: 'code',
        in: 'path',
        required: true,
        schema: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
        description: { nl: 'Code van de indicator (zie /indicators)', en: 'Code of the indicator (see /indicators)' },
      },
      {
        name: 'meting',
        in: 'query',
        schema: z.string(),
        description: { nl: 'Code van de meting; zonder: de nieuwste', en: 'Code of the wave; without: the latest' },
        example: 'circusvis-2023',
      },
    ],
    response: IndicatorValuesSchema,
    badRequest: true,
    notFound: true,
    example: '/indicators/lage-inkomens?meting=circusvis-2023',
  },
  {
    path: '/projects',
    operationId: 'listProjects',
    summary: { nl: 'Projecten (het openbare deel)', en: 'Projects (the public part)' },
    params: [],
    response: ProjectListSchema,
    badRequest: false,
    notFound: false,
    example: '/projects',
  },
];
