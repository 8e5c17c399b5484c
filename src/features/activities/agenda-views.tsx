import { useAppContext, useTexts } from '../../layout/renderer';
import { byDay, AGENDA_PERIODS, type AgendaPeriod, type AgendaRow } from './agenda';
import type { NeighbourhoodRef, PillarRef } from './cards';
import { DemoBadge } from './components';
import { listHref, type ListState } from './list-state';
import { FilterForm } from './list-views';
import { formatDay } from './schedule';
import { ViewSwitch } from './view-switch';
import { scheduleTexts } from './schedule-texts';
import { activityTexts } from './texts';

export const AGENDA_PATH = '/activiteiten/agenda';
export const AGENDA_RESULTS_ID = 'agenda';

export type AgendaState = {
  today: string;
  period?: AgendaPeriod;
  /** The list's filters (the same form and parameters). */
  list: Pick<ListState, 'params' | 'pillars' | 'neighbourhoods' | 'notices'> & { pillars: PillarRef[]; neighbourhoods: NeighbourhoodRef[] };
  rows: AgendaRow[];
  previousHref: string | null;
  nextHref: string | null;
};

const request = (href: string) => ({ 'hx-get': href, 'hx-target': `#${AGENDA_RESULTS_ID}`, 'hx-swap': 'innerMorph', 'hx-push-url': 'true' });

/** The agenda address with the list's filters and a quick period. */
export function agendaHref(list: AgendaState['list'], period?: AgendaPeriod, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(listHref(list.params).split('?')[1] ?? '');
  if (period) query.set('wanneer', period);
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  const search = query.toString();
  return search ? `${AGENDA_PATH}?${search}` : AGENDA_PATH;
}

export function AgendaResults({ state }: { state: AgendaState }) {
  const s = useTexts(scheduleTexts);
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      <nav class="vw-quick-filters" aria-label={s.quickLabel}>
        <ul class="vw-inline-list">
          {[undefined, ...AGENDA_PERIODS].map((period) => {
            const href = agendaHref(state.list, period);
            return (
              <li>
                <a class="utrecht-link" href={href} aria-current={state.period === period ? 'page' : undefined} {...request(href)}>
                  {period ? s.quick(period) : s.quickAll}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {state.list.notices.length > 0 && (
        <div class="utrecht-alert utrecht-alert--warning vw-notices" role="status">
          <ul class="utrecht-unordered-list">
            {state.list.notices.map((notice) => (
              <li>{notice(t)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.rows.length === 0 && <p class="utrecht-paragraph">{s.agendaEmpty}</p>}
      {byDay(state.rows).map((day) => (
        <section class="vw-agenda-day" aria-labelledby={`dag-${day.date}`}>
          <h2 class="utrecht-heading-2" id={`dag-${day.date}`}>
            <time datetime={day.date}>{formatDay(day.date, state.today, locale)}</time>
          </h2>
          <ul class="vw-agenda-list">
            {day.rows.map((row) => (
              <li class="vw-agenda-item">
                <span class="vw-agenda-time">{t.timeRange(row.startTime, row.endTime)}</span>{' '}
                <a class="utrecht-link" href={`/activiteiten/${row.id}`}>
                  {row.title}
                </a>
                {row.isDemo === 1 && (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                )}
                <br />
                <span class="vw-meta">
                  {row.locationName}, {s.agendaBy(row.organisationName)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(state.previousHref || state.nextHref) && (
        <nav class="vw-pager" aria-label={s.agendaPager}>
          <ul>
            {state.previousHref && (
              <li>
                <a class="utrecht-link" href={state.previousHref} rel="prev" {...request(state.previousHref)}>
                  {s.agendaPrevious}
                </a>
              </li>
            )}
            {state.nextHref && (
              <li>
                <a class="utrecht-link" href={state.nextHref} rel="next" {...request(state.nextHref)}>
                  {s.agendaNext}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

export function AgendaPage({ state }: { state: AgendaState }) {
  const s = useTexts(scheduleTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{s.agendaTitle}</h1>
      <p class="utrecht-paragraph">{s.agendaIntro}</p>
      <ViewSwitch current="agenda" listHref={listHref(state.list.params)} agendaHref={agendaHref(state.list, state.period)} />
      <div class="vw-layout-filters">
        <FilterForm state={state.list as ListState} action={AGENDA_PATH} target={AGENDA_RESULTS_ID} hidden={state.period ? { wanneer: state.period } : {}} />
        <section id={AGENDA_RESULTS_ID} class="vw-results" aria-label={s.agendaTitle}>
          <AgendaResults state={state} />
        </section>
      </div>
    </>
  );
}
