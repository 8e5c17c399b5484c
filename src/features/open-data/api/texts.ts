import { defineTexts } from '../../../i18n';
import { SEARCH_MAX_LENGTH } from '../../activities/search';
import type { FilterParam } from '../filters';
import { LIMIT_MAX } from './schemas';

export type ProblemKind = 'invalid-parameters' | 'not-found' | 'method-not-allowed';
/** API parameters beyond the list filters. */
export type ApiParam = FilterParam | 'organisatie' | 'limit' | 'na' | 'meting';

const NL_PARAMS: Record<ApiParam, string> = {
  zoek: `Geef minstens één woord om op te zoeken (we lezen de eerste ${SEARCH_MAX_LENGTH} tekens).`,
  pijler: 'Onbekende pijler. Kies health, livelihood of equal-chances.',
  wijk: 'Onbekende wijk. De wijken staan op /api/v1/neighbourhoods.',
  doelgroep: 'Onbekende doelgroep. De doelgroepen staan in /api/v1/openapi.json.',
  van: 'Geen geldige datum. Schrijf JJJJ-MM-DD.',
  tot: 'Geen geldige datum (JJJJ-MM-DD), of een datum vóór “van”.',
  periode: 'Onbekende periode. De enige waarde is deze-week.',
  organisatie: 'Onbekende organisatie. De organisaties (slug) staan op /api/v1/organisations.',
  limit: `Een geheel getal van 1 tot en met ${LIMIT_MAX}.`,
  na: 'Deze cursor klopt niet. Gebruik de link links.next van de vorige pagina.',
  meting: 'Deze meting bestaat niet. De metingen staan onder waves in /indicators.',
};
const EN_PARAMS: Record<ApiParam, string> = {
  zoek: `Give at least one word to search for (we read the first ${SEARCH_MAX_LENGTH} characters).`,
  pijler: 'Unknown pillar. Choose health, livelihood or equal-chances.',
  wijk: 'Unknown neighbourhood. The neighbourhoods are at /api/v1/neighbourhoods.',
  doelgroep: 'Unknown target group. The target groups are in /api/v1/openapi.json.',
  van: 'Not a valid date. Write YYYY-MM-DD.',
  tot: 'Not a valid date (YYYY-MM-DD), or a date before “van”.',
  periode: 'Unknown period. The only value is deze-week.',
  organisatie: 'Unknown organisation. The organisations (slug) are at /api/v1/organisations.',
  limit: `A whole number from 1 to ${LIMIT_MAX}.`,
  na: 'This cursor is not right. Use the link links.next of the previous page.',
  meting: 'This wave does not exist. The waves are listed under waves in /indicators.',
};

export const apiTexts = defineTexts(
  {
    problemTitle: (kind: ProblemKind) =>
      ({ 'invalid-parameters': 'Ongeldige parameters', 'not-found': 'Niet gevonden', 'method-not-allowed': 'Methode niet toegestaan' })[kind],
    problemDetail: (kind: ProblemKind) =>
      ({
        'invalid-parameters': 'Een of meer parameters kunnen we niet gebruiken; zie errors.',
        'not-found': 'Dit adres bestaat niet in de API, of wat u zoekt is niet (meer) openbaar.',
        'method-not-allowed': 'De API is alleen te lezen: gebruik GET.',
      })[kind],
    param: (name: ApiParam) => NL_PARAMS[name],
    docsTitle: 'Open data en API',
    docsIntro:
      'Alle openbare activiteiten, partners, wijken en projecten van het portaal als open data: dezelfde gegevens als op de pagina’s, met dezelfde filters.',
    docsLicence: 'De gegevens mogen vrij worden hergebruikt onder de licentie CC BY 4.0, met bronvermelding “Veerkrachtige Wijken Maastricht”.',
    docsOpenApi: 'OpenAPI 3.1-beschrijving (JSON)',
    docsEndpoints: 'Adressen van de API',
    docsParameters: 'Parameters',
    docsParameter: 'Parameter',
    docsMeaning: 'Betekenis',
    docsExample: 'Voorbeeld',
    docsPaging:
      'Lijsten van activiteiten geven ten hoogste 100 per pagina (limit, standaard 20). De volgende pagina staat in links.next; die cursor bewaart de plek, ook als er activiteiten bijkomen.',
    docsErrors:
      'Fouten komen als application/problem+json (RFC 9457), met de uitleg in het Nederlands en het Engels. Een filter met een onbekende waarde (een wijk, organisatie, pijler of doelgroep die niet bestaat) geeft 400 met de naam van de parameter, nooit een lege lijst.',
    docsCaching: 'Elk antwoord heeft een ETag en Cache-Control; CORS staat open voor GET vanaf elke website.',
    docsOtherFormats: 'Andere formaten',
    docsIcs: 'Agenda (iCalendar) van de lijst met dezelfde filters als /activiteiten',
    docsCsv: 'Spreadsheet (CSV, puntkomma’s) van de lijst met dezelfde filters',
    docsAtom: 'Atom-feed van net gepubliceerde activiteiten, met dezelfde filters',
    docsHsds: 'Open Referral HSDS 3.0-export (JSON)',
    docsWidget: 'Widget voor uw eigen website',
    docsSitemap: 'Sitemap voor zoekmachines',
  },
  {
    problemTitle: (kind: ProblemKind) =>
      ({ 'invalid-parameters': 'Invalid parameters', 'not-found': 'Not found', 'method-not-allowed': 'Method not allowed' })[kind],
    problemDetail: (kind: ProblemKind) =>
      ({
        'invalid-parameters': 'One or more parameters cannot be used; see errors.',
        'not-found': 'This address does not exist in the API, or what you look for is not (or no longer) public.',
        'method-not-allowed': 'The API is read-only: use GET.',
      })[kind],
    param: (name: ApiParam) => EN_PARAMS[name],
    docsTitle: 'Open data and API',
    docsIntro:
      'All public activities, partners, neighbourhoods and projects of the portal as open data: the same data as on the pages, with the same filters.',
    docsLicence: 'The data may be reused freely under the CC BY 4.0 licence, attributed to “Veerkrachtige Wijken Maastricht”.',
    docsOpenApi: 'OpenAPI 3.1 description (JSON)',
    docsEndpoints: 'Addresses of the API',
    docsParameters: 'Parameters',
    docsParameter: 'Parameter',
    docsMeaning: 'Meaning',
    docsExample: 'Example',
    docsPaging:
      'Lists of activities give at most 100 per page (limit, default 20). The next page is in links.next; that cursor keeps the place, also when activities are added.',
    docsErrors:
      'Errors come as application/problem+json (RFC 9457), explained in Dutch and English. A filter with an unknown value (a neighbourhood, organisation, pillar or target group that does not exist) is a 400 naming the parameter, never an empty list.',
    docsCaching: 'Every answer has an ETag and Cache-Control; CORS is open for GET from any website.',
    docsOtherFormats: 'Other formats',
    docsIcs: 'Calendar (iCalendar) of the list with the same filters as /activiteiten',
    docsCsv: 'Spreadsheet (CSV, semicolons) of the list with the same filters',
    docsAtom: 'Atom feed of newly published activities, with the same filters',
    docsHsds: 'Open Referral HSDS 3.0 export (JSON)',
    docsWidget: 'Widget for your own website',
    docsSitemap: 'Sitemap for search engines',
  },
);
