// The filters of /activiteiten, read for a feed or the API with the list page's own parser (`parseListParams`,
// `listFilter`). Where the page ignores a bad value and says so, a feed cannot show a notice: it refuses the request
// and names each parameter that was wrong.
import type { NeighbourhoodRef } from '../activities/cards';
import { listFilter, listHref } from '../activities/list-state';
import { LIST_PARAMS, parseListParams, type ListParams } from '../activities/schemas';
import type { ActivityFilter } from '../activities/upcoming';

/** The filter parameters (paging is the API's own, a feed has none). */
export const FILTER_PARAMS = [
  LIST_PARAMS.search,
  LIST_PARAMS.pillar,
  LIST_PARAMS.neighbourhood,
  LIST_PARAMS.targetGroup,
  LIST_PARAMS.from,
  LIST_PARAMS.until,
  LIST_PARAMS.period,
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export type ParsedFilters = { params: ListParams; filter: ActivityFilter; invalid: FilterParam[] };

/**
 * Each filter parameter is checked on its own with the page's parser, so the answer can say which one was wrong; the
 * whole set is then parsed once more for the combined checks (`tot` before `van`). A search text that is too long is
 * cut to its first SEARCH_MAX_LENGTH characters, as on the page.
 */
export function parseFilters(query: Record<string, string | undefined>, today: string): ParsedFilters {
  const invalid: FilterParam[] = [];
  const filterQuery: Record<string, string> = {};
  for (const name of FILTER_PARAMS) {
    const value = query[name];
    if (value === undefined) continue;
    filterQuery[name] = value;
    if (name === LIST_PARAMS.search) {
      const { params } = parseListParams({ [name]: value });
      if (value.trim() && params.terms.length === 0) invalid.push(name);
    } else if (parseListParams({ [name]: value }).notices.length) invalid.push(name);
  }
  const { params } = parseListParams(filterQuery);
  // The one check across parameters: the page drops a `tot` before `van`.
  if (params.from && filterQuery[LIST_PARAMS.until] && !params.until && !invalid.includes(LIST_PARAMS.until)) invalid.push(LIST_PARAMS.until);
  return { params, filter: listFilter(params, today), invalid };
}

/** A neighbourhood slug of the right shape that names no neighbourhood: the page ignores it, a feed refuses it. */
export function unknownNeighbourhood(params: ListParams, known: NeighbourhoodRef[]): boolean {
  return Boolean(params.neighbourhood) && !known.some((n) => n.slug === params.neighbourhood);
}

/** The query string of the filters as the page writes it (`?pijler=health&wijk=…`, or empty), for links keeping them. */
export function filterQueryString(params: ListParams): string {
  return listHref(params).slice('/activiteiten'.length);
}
