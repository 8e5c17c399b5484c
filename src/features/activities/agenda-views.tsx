import { useAppContext, useTexts } from '../../layout/renderer';
import { byDay, AGENDA_PERIODS, type AgendaPeriod, type AgendaRow } from './agenda';
import type { NeighbourhoodRef, PillarRef } from './cards';
import { DemoBadge } from './components';
import { dayViewHref, listHref, type ListState } from './list-state';
import { FILTER_FORM_ID, FilterForm, RESULTS_ID } from './list-views';
import { DAY_VIEW, LIST_PARAMS } from './schemas';
import { formatDay } from './schedule';
import { ViewSwitch } from './view-switch';
import { scheduleTexts } from './schedule-texts';
import { activityTexts } from './texts';

export type AgendaState = {
  today: string;
  period?: AgendaPeriod;
  /** The list's filters (the same form and parameters). */
  list: Pick<ListState, 'params' | 'pillars' | 'neighbourhoods' | 'notices'> & { pillars: PillarRef[]; neighbourhoods: NeighbourhoodRef[] };
  rows: AgendaRow[];
  previousHref: string | null;
  nextHref: string | null;
};

const request = (href: string) => ({ 'hx-get': href, 'hx-target': `#${RESULTS_ID}`, 'hx-swap': 'innerMorph', 'hx-push-url': 'true' });

/** The day view's address with the list's filters and a quick period. */
export const agendaHref = (list: AgendaState['list'], period?: AgendaPeriod, extra: Record<string, string> = {}) =>
  dayViewHref(list.params, period, extra);

export function AgendaResults({ state }: { state: AgendaState }) {
  const s = useTexts(scheduleTexts);
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      {/* The quick period belongs to the filter form (form=), and is swapped with the results it chose. */}
      {state.period && <input type="hidden" name={LIST_PARAMS.when} value={state.period} form={FILTER_FORM_ID} />}
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
      <ViewSwitch current="days" listHref={listHref(state.list.params)} dayViewHref={agendaHref(state.list, state.period)} />
      <div class="vw-layout-filters">
        <FilterForm
          state={state.list}
          hidden={{ [LIST_PARAMS.view]: DAY_VIEW }}
          clearHref={dayViewHref({ thisWeek: false, search: '', terms: [], page: 1 })}
        />
        <section id={RESULTS_ID} class="vw-results" aria-label={s.agendaTitle}>
          <AgendaResults state={state} />
        </section>
      </div>
    </>
  );
}
