import { TARGET_GROUPS } from '../../db/enums';
import { FilterSelect as SharedFilterSelect, type Option } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { ActivityCardList } from './card';
import { ViewSwitch } from './view-switch';
import { dayViewHref, listHref, type ListState } from './list-state';
import { LIST_PARAMS, THIS_WEEK } from './schemas';
import { SEARCH_MAX_LENGTH } from './search';
import { listLayoutTexts } from './list-layout-texts';
import { PartnerContentNote } from './partner-content-note';
import { activityTexts } from './texts';
import { ListFeedLinks } from '../open-data/links';

export const RESULTS_ID = 'resultaten';
/** The filter form's id: inputs in the results (the day view's quick period) belong to it through `form=`. */
export const FILTER_FORM_ID = 'filterformulier';

/** htmx attributes that load a list address into the results region and put it in the address bar. */
const resultsRequest = (href: string) => ({
  'hx-get': href,
  'hx-target': `#${RESULTS_ID}`,
  'hx-swap': 'innerMorph',
  'hx-push-url': 'true',
});

function FilterSelect(props: { name: string; label: string; value: string | undefined; all: string; options: Option[] }) {
  return <SharedFilterSelect id={`filter-${props.name}`} {...props} />;
}

function FilterText(props: { name: string; label: string; hint?: string; value: string | undefined; type: 'search' | 'date'; maxLength?: number }) {
  const id = `filter-${props.name}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--text vw-filter-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {props.label}
        </label>
      </div>
      {props.hint && (
        <div class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {props.hint}
        </div>
      )}
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id={id}
          name={props.name}
          type={props.type}
          value={props.value ?? ''}
          maxlength={props.maxLength}
          aria-describedby={props.hint ? `${id}-uitleg` : undefined}
        />
      </div>
    </div>
  );
}

/** How many filters other than the search words are set; shown on the closed disclosure. */
export function activeFilterCount(p: ListState['params']): number {
  return [p.pillar, p.neighbourhood, p.targetGroup, p.from, p.until].filter(Boolean).length + (p.thisWeek ? 1 : 0);
}

/**
 * One form for both paths: a plain GET form without JavaScript, an htmx request into the results with it. On a
 * phone the search field comes first and the other filters wait in a closed `<details>` ("Filters (2 actief)"), so
 * the first result is on the first screen; the disclosure works without JavaScript.
 */
export function FilterForm({
  state,
  hidden = {},
  clearHref = '/activiteiten',
}: {
  state: Pick<ListState, 'params' | 'pillars' | 'neighbourhoods'>;
  hidden?: Record<string, string>;
  clearHref?: string;
}) {
  const action = '/activiteiten';
  const t = useTexts(activityTexts);
  const l = useTexts(listLayoutTexts);
  const locale = useAppContext().var.locale;
  const p = state.params;
  const active = activeFilterCount(p);
  return (
    <form
      class="vw-filter-form"
      id={FILTER_FORM_ID}
      method="get"
      action={action}
      role="search"
      aria-labelledby="filters-titel"
      data-drop-empty
      {...resultsRequest(action)}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <h2 class="utrecht-heading-2 vw-visually-hidden" id="filters-titel">
        {t.filtersLabel}
      </h2>
      <div class="vw-search-row">
        <FilterText
          name={LIST_PARAMS.search}
          type="search"
          label={t.searchLabel}
          hint={t.searchHint}
          value={p.search}
          maxLength={SEARCH_MAX_LENGTH}
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action vw-search-button">
          {l.searchButton}
        </button>
      </div>
      <details class="vw-filter-disclosure">
        <summary class="vw-filter-disclosure__summary">{l.filtersSummary(active)}</summary>
        <div class="vw-filter-disclosure__body">
          <FilterSelect
            name={LIST_PARAMS.pillar}
            label={t.pillarLabel}
            all={t.allPillars}
            value={p.pillar}
            options={state.pillars.map((pillar) => ({ value: pillar.id, label: locale === 'nl' ? pillar.nameNl : pillar.nameEn }))}
          />
          <FilterSelect
            name={LIST_PARAMS.neighbourhood}
            label={t.neighbourhoodLabel}
            all={t.allNeighbourhoods}
            value={p.neighbourhood}
            options={state.neighbourhoods.map((n) => ({ value: n.slug, label: n.name }))}
          />
          <FilterSelect
            name={LIST_PARAMS.targetGroup}
            label={t.targetGroupLabel}
            all={t.allTargetGroups}
            value={p.targetGroup}
            options={TARGET_GROUPS.map((code) => ({ value: code, label: t.targetGroup(code) }))}
          />
          <FilterText name={LIST_PARAMS.from} type="date" label={t.fromLabel} hint={l.fromHint} value={p.from} />
          <FilterText name={LIST_PARAMS.until} type="date" label={t.untilLabel} hint={l.untilHint} value={p.until} />
          <div class="utrecht-form-field utrecht-form-field--checkbox vw-filter-field">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
              type="checkbox"
              id="filter-periode"
              name={LIST_PARAMS.period}
              value={THIS_WEEK}
              checked={p.thisWeek}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="filter-periode">
              {t.thisWeekLabel}
            </label>
          </div>
          <div class="vw-filter-actions">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t.applyFilters}
            </button>
            <a class="utrecht-link" href={clearHref}>
              {t.clearFilters}
            </a>
          </div>
        </div>
      </details>
    </form>
  );
}

function Pagination({ state }: { state: ListState }) {
  const t = useTexts(activityTexts);
  if (state.pages === 1 || !state.pageLinks.length) return null;
  return (
    <nav class="vw-pager" aria-label={t.paginationLabel}>
      <ul>
        {state.previousHref && (
          <li>
            <a class="utrecht-link" href={state.previousHref} rel="prev" data-results-link {...resultsRequest(state.previousHref)}>
              {t.previousPage}
            </a>
          </li>
        )}
        {state.pageLinks.map((link) =>
          'gap' in link ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a
                class="utrecht-link"
                href={link.href}
                aria-label={t.pageLink(link.page)}
                aria-current={link.current ? 'page' : undefined}
                data-results-link
                {...resultsRequest(link.href)}
              >
                {link.page}
              </a>
            </li>
          ),
        )}
        {state.nextHref && (
          <li>
            <a class="utrecht-link" href={state.nextHref} rel="next" data-results-link {...resultsRequest(state.nextHref)}>
              {t.nextPage}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * The content of the results region; also the whole answer to an htmx request. The status paragraph keeps its id
 * across swaps (htmx morphs it in place), so screen readers announce the new count politely.
 */
export function ActivityResults({ state }: { state: ListState }) {
  const t = useTexts(activityTexts);
  return (
    <>
      <h2 class="utrecht-heading-2" id="resultaten-titel" tabindex={-1}>
        {t.resultsHeading}
      </h2>
      <div id="resultaten-status" class="vw-results-status" role="status" aria-live="polite">
        <p class="utrecht-paragraph">
          <strong>{t.resultCount(state.total)}</strong>{' '}
          {state.total > 0 && !state.outOfRange && (state.pages === null ? t.pageNumber(state.page) : t.pageOf(state.page, state.pages))}
        </p>
        {state.notices.length > 0 && (
          <div class="utrecht-alert utrecht-alert--warning vw-notices">
            <p class="utrecht-paragraph vw-visually-hidden">{t.noticesLabel}</p>
            <ul class="utrecht-unordered-list">
              {state.notices.map((notice) => (
                <li>{notice(t)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {state.cards.length > 0 && <ActivityCardList cards={state.cards} refs={state} headingLevel={3} />}
      {state.total === 0 && <p class="utrecht-paragraph">{t.noResults}</p>}
      {state.outOfRange && (
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={state.outOfRange.firstHref} data-results-link {...resultsRequest(state.outOfRange.firstHref)}>
              {t.firstPageLink}
            </a>
          </li>
          {state.outOfRange.last && (
            <li>
              <a class="utrecht-link" href={state.outOfRange.last.href} data-results-link {...resultsRequest(state.outOfRange.last.href)}>
                {t.lastPageLink(state.outOfRange.last.page)}
              </a>
            </li>
          )}
        </ul>
      )}
      <Pagination state={state} />
      <ListFeedLinks params={state.params} />
    </>
  );
}

export function ActivityListPage({ state }: { state: ListState }) {
  const t = useTexts(activityTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph vw-list-intro">{t.listIntro}</p>
      <PartnerContentNote />
      <ViewSwitch current="list" listHref={listHref(state.params)} dayViewHref={dayViewHref(state.params)} />
      <div class="vw-layout-filters">
        <FilterForm state={state} />
        <section id={RESULTS_ID} class="vw-results" aria-labelledby="resultaten-titel">
          <ActivityResults state={state} />
        </section>
      </div>
    </>
  );
}
