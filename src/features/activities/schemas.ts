import * as z from 'zod';
import { PILLAR_IDS, TARGET_GROUPS, type PillarId, type TargetGroup } from '../../db/enums';
import type { CursorKey } from './cards';
import { isCalendarDate } from '../../dates';
import { SEARCH_MAX_LENGTH, searchTerms, type SearchInput } from './search';
import type { ActivityTexts } from './texts';

/** A message about the query, rendered in the visitor's language. */
export type Notice = (t: ActivityTexts) => string;

/** The query parameters of /activiteiten (Dutch names, as in the address bar). */
export const LIST_PARAMS = {
  pillar: 'pijler',
  neighbourhood: 'wijk',
  targetGroup: 'doelgroep',
  from: 'van',
  until: 'tot',
  period: 'periode',
  search: 'zoek',
  page: 'pagina',
  after: 'na',
  before: 'voor',
  /** `weergave=dagen`: the day-by-day view of the same filters. */
  view: 'weergave',
  /** The day view's quick filter: `wanneer=vandaag|morgen|weekend|week`. */
  when: 'wanneer',
} as const;

export const THIS_WEEK = 'deze-week';
export const DAY_VIEW = 'dagen';

export type ListParams = {
  pillar?: PillarId;
  neighbourhood?: string;
  targetGroup?: TargetGroup;
  from?: string;
  until?: string;
  thisWeek: boolean;
  /** The search text as used: trimmed and at most SEARCH_MAX_LENGTH characters. */
  search: string;
  terms: string[];
  page: number;
  after?: CursorKey;
  before?: CursorKey;
};

const pillarParam = z.enum(PILLAR_IDS);
const targetGroupParam = z.enum(TARGET_GROUPS);
const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const dateParam = z.string().refine(isCalendarDate);
const periodParam = z.literal(THIS_WEEK);
const pageParam = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));
const cursorParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}_\d{4}_\d{1,12}$/)
  .transform((value): CursorKey => {
    const [date, time, id] = value.split('_') as [string, string, string];
    return { date, time: `${time.slice(0, 2)}:${time.slice(2)}`, id: Number(id) };
  })
  .refine((key) => isCalendarDate(key.date));

/** `2026-03-14_1000_42`: date, start time and id of a row; needs no escaping in an address. */
export const formatCursor = (key: CursorKey) => `${key.date}_${key.time.replace(':', '')}_${key.id}`;

/**
 * Reads the list's query parameters. Nothing here can fail: an unknown or malformed value is dropped and a notice
 * tells the visitor what was ignored, so the page always renders.
 */
export function parseListParams(query: Record<string, string | undefined>): { params: ListParams; notices: Notice[] } {
  const notices: Notice[] = [];
  const raw = (name: string) => {
    const value = query[name]?.trim();
    return value ? value : undefined;
  };
  function read<T>(name: string, schema: z.ZodType<T>, notice: (value: string) => Notice): T | undefined {
    const value = raw(name);
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    notices.push(notice(value));
    return undefined;
  }

  const pillar = read(LIST_PARAMS.pillar, pillarParam, (v) => (t) => t.unknownPillar(v));
  const neighbourhood = read(LIST_PARAMS.neighbourhood, slugParam, (v) => (t) => t.unknownNeighbourhood(v));
  const targetGroup = read(LIST_PARAMS.targetGroup, targetGroupParam, (v) => (t) => t.unknownTargetGroup(v));
  const from = read(LIST_PARAMS.from, dateParam, (v) => (t) => t.invalidFrom(v));
  let until = read(LIST_PARAMS.until, dateParam, (v) => (t) => t.invalidUntil(v));
  if (from && until && until < from) {
    notices.push((t) => t.untilBeforeFrom);
    until = undefined;
  }
  const thisWeek = read(LIST_PARAMS.period, periodParam, (v) => (t) => t.unknownPeriod(v)) === THIS_WEEK;

  const rawSearch = raw(LIST_PARAMS.search) ?? '';
  const search: SearchInput = searchTerms(rawSearch);
  if (search.truncated) notices.push((t) => t.searchTooLong(SEARCH_MAX_LENGTH));
  if (search.tooManyWords) notices.push((t) => t.searchTooManyWords(search.terms.length));
  if (rawSearch && !search.terms.length) notices.push((t) => t.searchNoWords);

  const page = read(LIST_PARAMS.page, pageParam, (v) => (t) => t.invalidPage(v)) ?? 1;
  const after = page > 1 ? cursorParam.safeParse(raw(LIST_PARAMS.after) ?? '') : undefined;
  const before = page > 1 ? cursorParam.safeParse(raw(LIST_PARAMS.before) ?? '') : undefined;
  const cursors = after?.success && !before?.success ? { after: after.data } : before?.success && !after?.success ? { before: before.data } : {};

  return {
    params: {
      pillar,
      neighbourhood,
      targetGroup,
      from,
      until,
      thisWeek,
      search: rawSearch.slice(0, SEARCH_MAX_LENGTH),
      terms: search.terms,
      page,
      ...cursors,
    },
    notices,
  };
}
