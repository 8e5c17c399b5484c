import { seesSmallNumbers } from '../../auth/policy';
import { useAppContext, useTexts } from '../../layout/renderer';
import { Paragraphs } from '../activities/components';
import { valueText } from '../monitor/components';
import { formatValue } from '../monitor/model';
import { GoalProgress, indicatorLine, PlanHeader } from './components';
import { latestShown } from './indicator';
import { planLabels } from '../plan-links/labels';
import { planTexts } from './texts';
import { byPillar, inReadingOrder, withoutPillar, type Goal, type PlanTree } from './tree';
import { planBase } from './views';

const sectionId = (pillarId: string) => `hoofdstuk-${pillarId}`;

function PrintGoal({ goal }: { goal: Goal }) {
  const c = useAppContext();
  const l = useTexts(planLabels);
  const t = useTexts(planTexts);
  const locale = c.var.locale;
  const H = (['h3', 'h4', 'h5'] as const)[goal.depth - 1] ?? 'h5';
  const line = indicatorLine(goal, locale, seesSmallNumbers(c.var.user), new Date().getFullYear());
  return (
    <div class="vw-plan-print__goal">
      <H class={`utrecht-heading-${goal.depth + 2}`}>
        {l.goalDepth(goal.depth)}: {goal.title}
      </H>
      <Paragraphs text={goal.description} />
      <GoalProgress goal={goal} />
      {line && (
        <p class="utrecht-paragraph">
          {t.indicator} {locale === 'nl' ? goal.indicatorNameNl : goal.indicatorNameEn}: {line}
        </p>
      )}
      {goal.partners.length > 0 && (
        <p class="utrecht-paragraph">
          {t.partners}: {goal.partners.map((p) => p.name).join(', ')}
        </p>
      )}
      {goal.children.map((child) => (
        <PrintGoal goal={child} />
      ))}
    </div>
  );
}

/** The plan as its document: title page, contents by pillar, the goals per pillar, and a table of the indicators. */
export function PlanPrintPage({ tree }: { tree: PlanTree }) {
  const c = useAppContext();
  const t = useTexts(planTexts);
  const locale = c.var.locale;
  const seesSmall = seesSmallNumbers(c.var.user);
  const chapters = byPillar(tree).map((g) => ({
    id: sectionId(g.pillar.id),
    title: locale === 'nl' ? g.pillar.nameNl : g.pillar.nameEn,
    goals: g.goals,
  }));
  const rest = withoutPillar(tree);
  if (rest.length) chapters.push({ id: 'hoofdstuk-overig', title: t.otherGoals, goals: rest });
  const measured = inReadingOrder(tree.roots).filter((g) => g.indicatorCode && g.unit);
  return (
    <div class="vw-container vw-plan vw-plan-print">
      <p class="utrecht-paragraph vw-no-print">
        <a class="utrecht-link" href={planBase(tree)}>
          {t.backToPlan}
        </a>{' '}
        · {t.printButtonHint}
      </p>
      <section class="vw-plan-print__title-page">
        <PlanHeader version={tree.version} isDemo={tree.isDemo} title={tree.version.title} />
        {tree.version.summary && <Paragraphs text={tree.version.summary} />}
      </section>
      <nav class="vw-plan-print__contents" aria-labelledby="inhoud-plan">
        <h2 class="utrecht-heading-2" id="inhoud-plan">
          {t.contents}
        </h2>
        <ol class="utrecht-ordered-list">
          {chapters.map((ch) => (
            <li class="utrecht-ordered-list__item">
              <a class="utrecht-link" href={`#${ch.id}`}>
                {ch.title}
              </a>
            </li>
          ))}
          {measured.length > 0 && (
            <li class="utrecht-ordered-list__item">
              <a class="utrecht-link" href="#indicatoren">
                {t.indicatorsTable}
              </a>
            </li>
          )}
        </ol>
      </nav>
      {chapters.map((ch) => (
        <section class="vw-plan-print__chapter" aria-labelledby={ch.id}>
          <h2 class="utrecht-heading-2" id={ch.id}>
            {ch.title}
          </h2>
          {ch.goals.map((goal) => (
            <PrintGoal goal={goal} />
          ))}
        </section>
      ))}
      {measured.length > 0 && (
        <section class="vw-plan-print__chapter" aria-labelledby="indicatoren">
          <h2 class="utrecht-heading-2" id="indicatoren">
            {t.indicatorsTable}
          </h2>
          <div class="utrecht-table-container">
            <table class="utrecht-table vw-plan-print__table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.colGoal}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.indicator}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.colBaseline}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.colLatest}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.targets}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {measured.map((g) => {
                  const latest = latestShown({ observations: g.observations, minCount: g.minCount ?? 10 }, seesSmall);
                  const f = (v: number) => formatValue(v, g.unit!, locale);
                  return (
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="row">
                        {g.title}
                      </th>
                      <td class="utrecht-table__cell">{locale === 'nl' ? g.indicatorNameNl : g.indicatorNameEn}</td>
                      <td class="utrecht-table__cell">
                        {g.baselineValue !== null && g.baselineWaveName ? `${f(g.baselineValue)} (${g.baselineWaveName})` : '–'}
                      </td>
                      <td class="utrecht-table__cell">
                        {latest.year === null ? t.noValueYet : `${valueText(latest.shown, { unit: g.unit! }, locale)} (${latest.year})`}
                      </td>
                      <td class="utrecht-table__cell">
                        {g.targets.length ? g.targets.map((x) => `${x.label}: ${f(x.value)}`).join('; ') : t.noTarget}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
