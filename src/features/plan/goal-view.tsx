import { useAppContext, useTexts } from '../../layout/renderer';
import { ActivityCardList } from '../activities/card';
import { Paragraphs } from '../activities/components';
import { IndicatorChart } from './chart';
import { GoalProgress, GoalSummary, indicatorLine, PlanNotices } from './components';
import type { GoalPageData } from './goal-queries';
import { seesSmallNumbers } from '../../auth/policy';
import { formatValue } from '../monitor/model';
import { planLabels } from '../plan-links/labels';
import { planTexts } from './texts';
import { pathTo } from './tree';
import { planBase } from './views';

/** One goal: its texts, place in the tree, status and progress, indicator, the activities and projects serving it. */
export function GoalPage({ data }: { data: GoalPageData }) {
  const c = useAppContext();
  const t = useTexts(planTexts);
  const l = useTexts(planLabels);
  const locale = c.var.locale;
  const { tree, goal } = data;
  const path = pathTo(tree, goal.goalId);
  const pillarNames = tree.pillarRefs.filter((p) => goal.pillarIds.includes(p.id)).map((p) => (locale === 'nl' ? p.nameNl : p.nameEn));
  const line = indicatorLine(goal, locale, seesSmallNumbers(c.var.user), new Date().getFullYear());
  const indicatorName = locale === 'nl' ? goal.indicatorNameNl : goal.indicatorNameEn;
  return (
    <div class="vw-container vw-plan">
      <nav class="vw-breadcrumb" aria-label={t.breadcrumb}>
        <ol class="vw-breadcrumb__list">
          <li>
            <a class="utrecht-link" href={planBase(tree)}>
              {tree.version.title}
            </a>
          </li>
          {path.map((step) => (
            <li>
              {step === goal ? (
                <span aria-current="page">{step.title}</span>
              ) : (
                <a class="utrecht-link" href={`/programma/doelen/${step.goalId}`}>
                  {step.title}
                </a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p class="utrecht-paragraph vw-meta">{l.goalDepth(goal.depth)}</p>
      <h1 class="utrecht-heading-1">{goal.title}</h1>
      <PlanNotices version={tree.version} isDemo={tree.isDemo} />
      <Paragraphs text={goal.description} />
      <GoalProgress goal={goal} />
      {goal.progressNote && <p class="utrecht-paragraph">{goal.progressNote}</p>}
      <dl class="vw-facts">
        {pillarNames.length > 0 && <Fact term={t.pillars} value={pillarNames.join(', ')} />}
        {goal.neighbourhoods.length > 0 && <Fact term={t.neighbourhoods} value={goal.neighbourhoods.map((n) => n.name).join(', ')} />}
        {goal.partners.length > 0 && <Fact term={t.partners} value={goal.partners.map((p) => p.name).join(', ')} />}
        {goal.agendaGoalId && goal.agendaGoalTitle && (
          <div>
            <dt>{t.agendaGoal}</dt>
            <dd>
              <a class="utrecht-link" href={`/programma/doelen/${goal.agendaGoalId}`}>
                {goal.agendaGoalTitle}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {line && (
        <section class="vw-section" aria-labelledby="indicator">
          <h2 class="utrecht-heading-2" id="indicator">
            {t.indicator}: {indicatorName}
          </h2>
          <p class="utrecht-paragraph vw-plan-indicator">{line}</p>
          {goal.baselineValue !== null && goal.baselineWaveName && goal.unit && (
            <p class="utrecht-paragraph">{t.baseline(formatValue(goal.baselineValue, goal.unit, locale), goal.baselineWaveName)}</p>
          )}
          <IndicatorChart goal={goal} headingId="indicator" />
        </section>
      )}
      {goal.children.length > 0 && (
        <section class="vw-section" aria-labelledby="subdoelen">
          <h2 class="utrecht-heading-2" id="subdoelen">
            {t.subGoals}
          </h2>
          {goal.children.map((child) => (
            <GoalSummary goal={child} level={3} />
          ))}
        </section>
      )}
      {goal.executionGoals.length > 0 && (
        <section class="vw-section" aria-labelledby="uitvoeringsdoelen">
          <h2 class="utrecht-heading-2" id="uitvoeringsdoelen">
            {t.executionGoals}
          </h2>
          <ul class="utrecht-unordered-list">
            {goal.executionGoals.map((e) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`/programma/doelen/${e.goalId}`}>
                  {e.title}
                </a>{' '}
                ({e.neighbourhoodName}, {l.goalStatus(e.status)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="vw-section" aria-labelledby="activiteiten">
        <h2 class="utrecht-heading-2" id="activiteiten">
          {t.activitiesTitle} ({goal.activityIds.length})
        </h2>
        {data.cards.length ? (
          <ActivityCardList cards={data.cards} refs={data.refs} headingLevel={3} />
        ) : (
          <p class="utrecht-paragraph">{t.noActivities}</p>
        )}
      </section>
      <section class="vw-section" aria-labelledby="projecten">
        <h2 class="utrecht-heading-2" id="projecten">
          {t.projectsTitle} ({goal.projects.length})
        </h2>
        {goal.projects.length ? (
          <ul class="utrecht-unordered-list">
            {goal.projects.map((p) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`/projecten/${encodeURIComponent(p.slug)}`}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t.noProjects}</p>
        )}
      </section>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
