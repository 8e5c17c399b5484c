import type { Child } from 'hono/jsx';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { BudgetTotals } from './budget';
import { formatEuro } from './money';
import { isOverdue } from './progress';
import { projectLabels, projectTexts } from './texts';
import type { EventEntry, TimelineEntry } from './timeline';
import { Paragraphs } from '../../layout/components';

export const pillarName = (p: { nameNl: string; nameEn: string }, locale: 'nl' | 'en') => (locale === 'nl' ? p.nameNl : p.nameEn);

export function HealthBadge({ health }: { health: string }) {
  const l = useTexts(projectLabels);
  return <span class={`vw-project-health vw-project-health--${health}`}>{l.health(health)}</span>;
}

export function ProgressText({ percent, id }: { percent: number | null; id: string }) {
  const t = useTexts(projectTexts);
  if (percent === null) return <p class="utrecht-paragraph">{t.progressUnknown}</p>;
  return (
    <p class="utrecht-paragraph vw-project-progress-line">
      <progress class="vw-project-progress" max={100} value={percent} aria-labelledby={id}></progress> <span id={id}>{t.progressValue(percent)}</span>
    </p>
  );
}

/** Utrecht's number-column modifiers: right-aligned, with figures of equal width so amounts line up. */
const NUMBER_HEADER = 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column';
const NUMBER_CELL = 'utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data';

export type MilestoneRow = { title: string; plannedDate: string; actualDate: string | null; status: string; weight: number };

export function MilestoneTable({
  milestones,
  today,
  caption,
  actions,
}: {
  milestones: readonly MilestoneRow[];
  today: string;
  caption: string;
  actions?: (index: number) => Child;
}) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  if (!milestones.length) return <p class="utrecht-paragraph">{t.milestonesEmpty}</p>;
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table vw-project-table">
        <caption class="utrecht-table__caption vw-visually-hidden">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.milestoneTitle}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.plannedDate}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.actualDate}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.milestoneStatus}
            </th>
            <th class={NUMBER_HEADER} scope="col">
              {t.weight}
            </th>
            {actions && (
              <th class="utrecht-table__header-cell vw-no-print" scope="col">
                <span class="vw-visually-hidden">{t.milestoneTitle}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {milestones.map((m, i) => {
            const overdue = isOverdue(m, today);
            return (
              <tr class={`utrecht-table__row${overdue ? ' vw-project-overdue' : ''}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  {m.title}
                </th>
                <td class="utrecht-table__cell">
                  {l.date(m.plannedDate)}
                  {overdue && (
                    <>
                      {' '}
                      <span class="vw-project-flag vw-project-flag--overdue">{t.overdueFlag}</span>
                    </>
                  )}
                </td>
                <td class="utrecht-table__cell">{m.actualDate ? l.date(m.actualDate) : l.none}</td>
                <td class="utrecht-table__cell">{l.milestoneStatus(m.status)}</td>
                <td class={NUMBER_CELL}>{m.weight}</td>
                {actions && <td class="utrecht-table__cell vw-no-print">{actions(i)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export type BudgetRow = { fundingSource: string; allocatedCents: number; committedCents: number; spentCents: number };

export function BudgetTable({
  lines,
  totals,
  caption,
  actions,
}: {
  lines: readonly BudgetRow[];
  totals: BudgetTotals;
  caption: string;
  actions?: (index: number) => Child;
}) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const locale = useAppContext().var.locale;
  if (!lines.length) return <p class="utrecht-paragraph">{t.budgetEmpty}</p>;
  const pct = (part: number, whole: number) => (whole > 0 ? l.percent(Math.round((100 * part) / whole)) : l.none);
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table vw-project-table">
        <caption class="utrecht-table__caption vw-visually-hidden">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.fundingSource}
            </th>
            <th class={NUMBER_HEADER} scope="col">
              {t.allocated}
            </th>
            <th class={NUMBER_HEADER} scope="col">
              {t.committed}
            </th>
            <th class={NUMBER_HEADER} scope="col">
              {t.spent}
            </th>
            <th class={NUMBER_HEADER} scope="col">
              {t.utilisation}
            </th>
            {actions && (
              <th class="utrecht-table__header-cell vw-no-print" scope="col">
                <span class="vw-visually-hidden">{t.fundingSource}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {lines.map((line, i) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {line.fundingSource}
              </th>
              <td class={NUMBER_CELL}>{formatEuro(line.allocatedCents, locale)}</td>
              <td class={NUMBER_CELL}>{formatEuro(line.committedCents, locale)}</td>
              <td class={NUMBER_CELL}>{formatEuro(line.spentCents, locale)}</td>
              <td class={NUMBER_CELL}>{pct(line.spentCents, line.allocatedCents)}</td>
              {actions && <td class="utrecht-table__cell vw-no-print">{actions(i)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot class="utrecht-table__footer">
          <tr class="utrecht-table__row vw-project-total">
            <th class="utrecht-table__header-cell" scope="row">
              {t.total}
            </th>
            <td class={NUMBER_CELL}>{formatEuro(totals.allocatedCents, locale)}</td>
            <td class={NUMBER_CELL}>{formatEuro(totals.committedCents, locale)}</td>
            <td class={NUMBER_CELL}>{formatEuro(totals.spentCents, locale)}</td>
            <td class={NUMBER_CELL}>{totals.utilisation === null ? l.none : l.percent(totals.utilisation)}</td>
            {actions && <td class="utrecht-table__cell vw-no-print"></td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const str = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));

export function EventText({ entry }: { entry: EventEntry }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const d = entry.detail;
  if (entry.kind === 'phase') return <>{t.eventPhase(l.phase(Number(d.from)), l.phase(Number(d.to)))}</>;
  if (entry.kind === 'health') {
    return (
      <>
        {t.eventHealth(l.health(str(d.from)), l.health(str(d.to)))}
        {typeof d.explanation === 'string' && d.explanation !== '' && <> {d.explanation}</>}
      </>
    );
  }
  const title = str(d.title);
  switch (d.action) {
    case 'added':
      return <>{t.eventMilestoneAdded(title, l.date(str(d.plannedDate)))}</>;
    case 'status':
      return <>{t.eventMilestoneStatus(title, l.milestoneStatus(str(d.from)), l.milestoneStatus(str(d.to)))}</>;
    case 'rescheduled':
      return <>{t.eventMilestoneRescheduled(title, l.date(str(d.from)), l.date(str(d.to)))}</>;
    default:
      return <>{t.eventMilestoneRemoved(title)}</>;
  }
}

export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  if (!entries.length) return <p class="utrecht-paragraph">{t.timelineEmpty}</p>;
  return (
    <ol class="vw-project-timeline">
      {entries.map((entry) => (
        <li class={`vw-project-timeline__item vw-project-timeline__item--${entry.type}`}>
          <p class="vw-meta">
            <time datetime={entry.date}>{l.date(entry.date)}</time> · {entry.type === 'update' ? t.updateBadge : t.eventBadge}
          </p>
          {entry.type === 'update' ? (
            <article class="vw-project-timeline__update" id={`bericht-${entry.id}`}>
              <h3 class="utrecht-heading-3">{entry.title}</h3>
              {entry.organisationName && <p class="vw-meta">{t.postedBy(entry.organisationName)}</p>}
              <Paragraphs text={entry.body} />
            </article>
          ) : (
            <p class="utrecht-paragraph">
              <EventText entry={entry} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
