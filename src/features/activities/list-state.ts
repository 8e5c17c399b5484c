import type { ActivityCard, CursorKey, NeighbourhoodRef, PageRequest, PillarRef } from './cards';
import { earlierDate, endOfWeek } from '../../dates';
import type { ActivityListData } from './queries';
import { DAY_VIEW, formatCursor, LIST_PARAMS, THIS_WEEK, type ListParams, type Notice } from './schemas';
import { toFtsQuery } from './search';
import { COUNT_CAP } from './count-cap';
import type { ActivityFilter } from './upcoming';

export const PAGE_SIZE = 12;

export function listFilter(params: ListParams, today: string): ActivityFilter {
  const weekEnd = params.thisWeek ? endOfWeek(today) : undefined;
  const until = params.until && weekEnd ? earlierDate(params.until, weekEnd) : (params.until ?? weekEnd);
  return {
    pillar: params.pillar,
    neighbourhoodSlug: params.neighbourhood,
    targetGroup: params.targetGroup,
    ftsQuery: toFtsQuery(params.terms) ?? undefined,
    from: params.from,
    until,
  };
}

/** A seek on the sort key when the link carried one, otherwise an offset (a page typed or shared by number). */
export function listPageRequest(params: ListParams): PageRequest {
  if (params.after) return { limit: PAGE_SIZE, after: params.after };
  if (params.before) return { limit: PAGE_SIZE, before: params.before };
  return { limit: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE };
}

/** The address of the list with the given filters, for links, the language switch and shared URLs. */
export function listHref(params: ListParams, page = 1, cursor?: { after?: CursorKey; before?: CursorKey }): string {
  const query = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) query.set(name, value);
  };
  set(LIST_PARAMS.search, params.search);
  set(LIST_PARAMS.pillar, params.pillar);
  set(LIST_PARAMS.neighbourhood, params.neighbourhood);
  set(LIST_PARAMS.targetGroup, params.targetGroup);
  set(LIST_PARAMS.from, params.from);
  set(LIST_PARAMS.until, params.until);
  if (params.thisWeek) set(LIST_PARAMS.period, THIS_WEEK);
  if (page > 1) {
    set(LIST_PARAMS.page, String(page));
    if (cursor?.after) set(LIST_PARAMS.after, formatCursor(cursor.after));
    if (cursor?.before) set(LIST_PARAMS.before, formatCursor(cursor.before));
  }
  const search = query.toString();
  return search ? `/activiteiten?${search}` : '/activiteiten';
}

/** The day view of the same filters (`weergave=dagen`), with a quick period and further parameters (a cursor). */
export function dayViewHref(params: ListParams, period?: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(listHref(params).split('?')[1] ?? '');
  query.set(LIST_PARAMS.view, DAY_VIEW);
  if (period) query.set(LIST_PARAMS.when, period);
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return `/activiteiten?${query}`;
}

export type PageLink = { page: number; href: string; current: boolean } | { gap: true };

export type ListState = {
  params: ListParams;
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  /** Above COUNT_CAP the count stopped: there are more than COUNT_CAP results and the last page is unknown. */
  total: number;
  page: number;
  /** Null when the count was capped. */
  pages: number | null;
  cards: ActivityCard[];
  notices: Notice[];
  previousHref: string | null;
  nextHref: string | null;
  pageLinks: PageLink[];
  /** Set when the page asked for holds nothing: where to go instead. */
  outOfRange: { firstHref: string; last: { href: string; page: number } | null } | null;
};

const keyOf = (card: ActivityCard): CursorKey => ({ date: card.nextDate, time: card.startTime, id: card.id });

/** 1, the neighbours of the current page and the last page (when known), with gaps between them. */
function pageNumbers(page: number, pages: number | null): (number | null)[] {
  const known = pages ?? page + 1;
  const wanted = new Set([1, page - 1, page, page + 1, known].filter((n) => n >= 1 && n <= known));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) result.push(null);
    result.push(n);
  });
  return result;
}

export function listState(params: ListParams, parseNotices: Notice[], data: ActivityListData): ListState {
  const notices = [...parseNotices];
  if (params.neighbourhood && !data.neighbourhoods.some((n) => n.slug === params.neighbourhood)) {
    const value = params.neighbourhood;
    notices.push((t) => t.unknownNeighbourhood(value));
  }
  const capped = data.total > COUNT_CAP;
  const pages = capped ? null : Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  const page = params.page;
  const empty = data.cards.length === 0 && data.total > 0;
  if (empty) {
    if (pages === null) notices.push((t) => t.pageNotFound(page));
    else notices.push(page > pages ? (t) => t.pageOutOfRange(page, pages) : (t) => t.pageChanged);
  }
  const first = data.cards[0];
  const last = data.cards[data.cards.length - 1];
  const hasNext = pages === null ? data.hasMore : page < pages;
  return {
    params,
    pillars: data.pillars,
    neighbourhoods: data.neighbourhoods,
    total: data.total,
    page,
    pages,
    cards: data.cards,
    notices,
    previousHref: page > 1 && !empty && first ? listHref(params, page - 1, { before: keyOf(first) }) : null,
    nextHref: hasNext && !empty && last ? listHref(params, page + 1, { after: keyOf(last) }) : null,
    pageLinks: empty
      ? []
      : pageNumbers(page, pages).map((n) => (n === null ? { gap: true as const } : { page: n, href: listHref(params, n), current: n === page })),
    outOfRange: empty ? { firstHref: listHref(params, 1), last: pages && pages > 1 ? { href: listHref(params, pages), page: pages } : null } : null,
  };
}
