import { agendaQuery, AGENDA_PAGE_SIZE, periodRange, type AgendaPeriod, type AgendaRow } from './agenda';
import { agendaHref, type AgendaState } from './agenda-views';
import { neighbourhoodsQuery, pillarsQuery, type CursorKey, type NeighbourhoodRef, type PillarRef } from './cards';
import { earlierDate, laterDate } from '../../dates';
import { listFilter } from './list-state';
import { formatCursor, type ListParams, type Notice } from './schemas';
import { rowsOf, statement } from './statement';

const keyOf = (row: AgendaRow): CursorKey => ({ date: row.date, time: row.startTime, id: row.id });

/** Everything the agenda shows, in one round trip: the filter options and one page of occurrences. */
export async function loadAgenda(d1: D1Database, today: string, params: ListParams, notices: Notice[], period?: AgendaPeriod): Promise<AgendaState> {
  const filter = listFilter(params, today);
  if (period) {
    const range = periodRange(period, today);
    filter.from = laterDate(filter.from ?? range.from, range.from);
    filter.until = earlierDate(filter.until ?? range.until, range.until);
  }
  const window = { limit: AGENDA_PAGE_SIZE + 1, after: params.after, before: params.before };
  const [pillarRows, neighbourhoodRows, occurrenceRows] = await d1.batch([
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, agendaQuery(today, filter, window)),
  ]);
  const fetched = rowsOf<AgendaRow>(occurrenceRows);
  const more = fetched.length > AGENDA_PAGE_SIZE;
  const page = fetched.slice(0, AGENDA_PAGE_SIZE);
  const rows = params.before ? page.reverse() : page;
  const list = { params, notices, pillars: rowsOf<PillarRef>(pillarRows), neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows) };
  const cursor = (name: 'na' | 'voor', row: AgendaRow | undefined) =>
    row ? agendaHref(list, period, { pagina: String(params.page + (name === 'na' ? 1 : -1) || 2), [name]: formatCursor(keyOf(row)) }) : null;
  const backwards = Boolean(params.before);
  const hasEarlier = backwards ? more : Boolean(params.after);
  const hasLater = backwards ? true : more;
  return {
    today,
    period,
    list,
    rows,
    previousHref: hasEarlier && params.page > 1 ? cursor('voor', rows[0]) : null,
    nextHref: hasLater ? cursor('na', rows[rows.length - 1]) : null,
  };
}
