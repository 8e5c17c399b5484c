import { DemoBadge } from '../activities/components';
import { seesSmallNumbers } from '../../auth/policy';
import { formatDay } from '../../layout/dates';
import { useAppContext, useTexts } from '../../layout/renderer';
import { valueText } from '../monitor/components';
import { formatValue } from '../monitor/model';
import { IndicatorChart } from './chart';
import { latestShown, targetFor } from './indicator';
import { planLabels } from '../plan-links/labels';
import type { VersionRow } from './queries';
import { planTexts } from './texts';
import type { Goal } from './tree';

/** The plan's title block: kind, period, version and status, adoption; the concept and demo notices. */
export function PlanHeader({ version, isDemo, title }: { version: VersionRow; isDemo: boolean; title: string }) {
  const locale = useAppContext().var.locale;
  const t = useTexts(planTexts);
  const l = useTexts(planLabels);
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph vw-plan-meta">
        {l.planKind(version.kind)} · {t.period(version.periodStart, version.periodEnd)} ·{' '}
        {t.versionLine(version.number, l.versionStatus(version.status))}
        {version.adoptedOn && (
          <>
            <br />
            {t.adoptedLine(formatDay(version.adoptedOn, locale), version.adoptedBy ?? '')}
          </>
        )}
      </p>
      <PlanNotices version={version} isDemo={isDemo} />
    </>
  );
}

export function PlanNotices({ version, isDemo }: { version: Pick<VersionRow, 'status'>; isDemo: boolean }) {
  const t = useTexts(planTexts);
  return (
    <>
      {version.status === 'concept' && (
        <div class="utrecht-alert utrecht-alert--warning vw-plan-concept" role="note">
          <p class="utrecht-paragraph">
            <strong>{t.conceptNotice}</strong>
          </p>
        </div>
      )}
      {isDemo && (
        <div class="utrecht-alert utrecht-alert--info vw-demo-note">
          <p class="utrecht-paragraph">
            <DemoBadge /> {t.demoNotice}
          </p>
        </div>
      )}
    </>
  );
}

/** Status and progress: a progress bar with the percentage in words next to it. */
export function GoalProgress({ goal }: { goal: Goal }) {
  const t = useTexts(planTexts);
  const l = useTexts(planLabels);
  const id = `voortgang-${goal.goalId}`;
  return (
    <p class="utrecht-paragraph vw-plan-progress-line">
      <span class={`vw-plan-status vw-plan-status--${goal.status}`}>{l.goalStatus(goal.status)}</span>{' '}
      <progress class="vw-plan-progress" max={100} value={goal.percent} aria-labelledby={id}></progress>{' '}
      <span id={id}>
        {t.progressValue(goal.percent)}
        {goal.children.length > 0 && ` (${t.progressRolledUp})`}
      </span>
    </p>
  );
}

/** "doel 2027: 60% · nu 52% (2025)", or null when the goal has no indicator the reader may see. */
export function indicatorLine(goal: Goal, locale: 'nl' | 'en', seesSmall: boolean, year: number): string | null {
  if (!goal.indicatorCode || !goal.unit) return null;
  const t = planTexts[locale];
  const target = targetFor(goal.targets, year);
  const latest = latestShown({ observations: goal.observations, minCount: goal.minCount ?? 10 }, seesSmall);
  const targetText = target ? t.targetPart(target.label, formatValue(target.value, goal.unit, locale)) : t.noTarget;
  const nowText = latest.year === null ? t.noValueYet : t.nowPart(valueText(latest.shown, { unit: goal.unit }, locale), latest.year);
  return t.targetNow(targetText, nowText);
}

/** A goal in a plan list: title (link to its page), status, progress, indicator against target and the counts. */
/** Activity links listed under a goal on an execution plan; all of them are on the goal page. */
const ACTIVITY_LINKS = 5;

export function GoalSummary({ goal, level, withActivities = false }: { goal: Goal; level: 2 | 3 | 4; withActivities?: boolean }) {
  const c = useAppContext();
  const t = useTexts(planTexts);
  const locale = c.var.locale;
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  const line = indicatorLine(goal, locale, seesSmallNumbers(c.var.user), new Date().getFullYear());
  const name = locale === 'nl' ? goal.indicatorNameNl : goal.indicatorNameEn;
  return (
    <article class="vw-card vw-plan-goal" aria-labelledby={`doel-${goal.goalId}`}>
      <H class={`utrecht-heading-${level}`} id={`doel-${goal.goalId}`}>
        <a class="utrecht-link" href={`/programma/doelen/${goal.goalId}`}>
          {goal.title}
        </a>
      </H>
      <GoalProgress goal={goal} />
      {line && (
        <p class="utrecht-paragraph vw-plan-indicator">
          {t.indicator} {name}: {line}
        </p>
      )}
      {line && goal.depth === 1 && <IndicatorChart goal={goal} headingId={`doel-${goal.goalId}`} compact />}
      <p class="utrecht-paragraph vw-meta">{t.counts(goal.activityIds.length, goal.projects.length)}</p>
      {withActivities && goal.activities.length > 0 && (
        <ul class="utrecht-unordered-list vw-plan-activities" aria-label={t.activitiesTitle}>
          {goal.activities.slice(0, ACTIVITY_LINKS).map((a) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/activiteiten/${a.id}`}>
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {goal.children.length > 0 && (
        <ul class="vw-plain-list vw-plan-children">
          {goal.children.map((child) => (
            <li>
              <GoalSummary goal={child} level={Math.min(4, level + 1) as 3 | 4} withActivities={withActivities} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
