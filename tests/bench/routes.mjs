// The routes `npm run bench` loads, in report order. `path(ctx)` gets the chosen activity id and project slug of the
// size being measured; `cached` routes are loaded anonymously (the edge cache answers), `session` ones logged in.
// tests/bench/routes.test.ts requests every one against the demo data, so a wrong path fails there, not in the bench.
import { SEARCH_TERM } from './dataset.mjs';

export const ROUTES = [
  { key: 'home', label: '`/`', path: () => '/' },
  { key: 'home-cached', label: '`/` cached', path: () => '/', cached: true },
  { key: 'activities', label: '`/activiteiten`', path: () => '/activiteiten' },
  { key: 'activities-cached', label: '`/activiteiten` cached', path: () => '/activiteiten', cached: true },
  { key: 'filtered', label: '`/activiteiten` pillar + neighbourhood', path: () => '/activiteiten?pijler=health&wijk=pottenberg' },
  { key: 'search', label: `\`/activiteiten\` search "${SEARCH_TERM}"`, path: () => `/activiteiten?zoek=${encodeURIComponent(SEARCH_TERM)}` },
  { key: 'page-50', label: '`/activiteiten` page 50', path: () => '/activiteiten?pagina=50' },
  // The day view: one index range of activity_occurrences per page (src/features/activities/agenda.ts).
  { key: 'days', label: '`/activiteiten` per dag', path: () => '/activiteiten?weergave=dagen' },
  {
    key: 'days-filtered',
    label: '`/activiteiten` per dag, weekend + pillar + neighbourhood',
    path: () => '/activiteiten?weergave=dagen&wanneer=weekend&pijler=health&wijk=pottenberg',
  },
  {
    key: 'days-search',
    label: `\`/activiteiten\` per dag, search "${SEARCH_TERM}"`,
    path: () => `/activiteiten?weergave=dagen&zoek=${encodeURIComponent(SEARCH_TERM)}`,
  },
  { key: 'detail', label: 'activity detail', path: (ctx) => `/activiteiten/${ctx.activityId}` },
  { key: 'project', label: 'project page', path: (ctx) => `/projecten/${ctx.projectSlug}` },
  { key: 'monitor', label: '`/monitor` map and table', path: () => '/monitor?indicator=lage-inkomens' },
  { key: 'monitor-resilience', label: '`/monitor/veerkracht`', path: () => '/monitor/veerkracht' },
  { key: 'monitor-coverage', label: '`/monitor/dekking`', path: () => '/monitor/dekking' },
  { key: 'workspace', label: '`/portaal` logged in', path: () => '/portaal', session: true },
  // Open data (src/features/open-data): each one D1 round trip and bounded (API page ≤ 100, a feed ≤ the next 500,
  // Atom ≤ 50). The feeds of a filter, the Atom feed, the CSV, the API list and one activity.
  { key: 'ics', label: '`/activiteiten.ics`', path: () => '/activiteiten.ics' },
  { key: 'ics-filtered', label: '`/activiteiten.ics` pillar + neighbourhood', path: () => '/activiteiten.ics?pijler=health&wijk=pottenberg' },
  { key: 'atom', label: '`/activiteiten.atom`', path: () => '/activiteiten.atom' },
  { key: 'atom-filtered', label: '`/activiteiten.atom` pillar', path: () => '/activiteiten.atom?pijler=health' },
  { key: 'csv', label: '`/activiteiten.csv`', path: () => '/activiteiten.csv' },
  { key: 'api', label: '`/api/v1/activities`', path: () => '/api/v1/activities' },
  { key: 'api-activities', label: '`/api/v1/activities?limit=100`', path: () => '/api/v1/activities?limit=100' },
  { key: 'api-activities-cached', label: '`/api/v1/activities` cached', path: () => '/api/v1/activities', cached: true },
  { key: 'api-activity', label: '`/api/v1/activities/{id}`', path: (ctx) => `/api/v1/activities/${ctx.activityId}` },
  // The other calendars and open-data answers: one activity, one organisation, one neighbourhood; the API's reference
  // lists, its document, the HSDS export, the sitemap and the widget.
  { key: 'ics-activity', label: 'one activity `.ics`', path: (ctx) => `/activiteiten/${ctx.activityId}.ics` },
  { key: 'ics-organisation', label: '`/partners/{slug}/activiteiten.ics`', path: (ctx) => `/partners/${ctx.organisationSlug}/activiteiten.ics` },
  { key: 'ics-neighbourhood', label: '`/wijken/pottenberg/activiteiten.ics`', path: () => '/wijken/pottenberg/activiteiten.ics' },
  { key: 'api-organisations', label: '`/api/v1/organisations`', path: () => '/api/v1/organisations' },
  { key: 'api-neighbourhoods', label: '`/api/v1/neighbourhoods`', path: () => '/api/v1/neighbourhoods' },
  { key: 'api-projects', label: '`/api/v1/projects`', path: () => '/api/v1/projects' },
  { key: 'api-indicators', label: '`/api/v1/indicators`', path: () => '/api/v1/indicators' },
  { key: 'openapi', label: '`/api/v1/openapi.json`', path: () => '/api/v1/openapi.json' },
  { key: 'hsds', label: '`/api/hsds/export.json`', path: () => '/api/hsds/export.json' },
  { key: 'sitemap', label: '`/sitemap.xml`', path: () => '/sitemap.xml' },
  { key: 'widget', label: '`/widget/activiteiten` neighbourhood', path: () => '/widget/activiteiten?wijk=pottenberg' },
];
