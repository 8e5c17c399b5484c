import { DemoBadge } from '../activities/components';
import { useAppContext, useTexts } from '../../layout/renderer';
import { formatValue } from '../monitor/model';
import type { GapGoalRow } from './gap-queries';
import type { Gaps } from './gaps';
import { planLabels } from '../plan-links/labels';
import { planTexts } from './texts';

function GoalItem({ goal, children }: { goal: GapGoalRow; children?: unknown }) {
  const t = useTexts(planTexts);
  const l = useTexts(planLabels);
  return (
    <li class="utrecht-unordered-list__item">
      <a class="utrecht-link" href={`/programma/doelen/${goal.goalId}`}>
        {goal.title}
      </a>{' '}
      {t.gapsPlanOf(goal.planTitle)} · {l.goalStatus(goal.status)}
      {goal.isDemo === 1 && (
        <>
          {' '}
          <DemoBadge />
        </>
      )}
      {children}
    </li>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: unknown }) {
  const t = useTexts(planTexts);
  return (
    <section class="vw-section" aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {title} ({count})
      </h2>
      {count === 0 ? <p class="utrecht-paragraph">{t.gapsNone}</p> : children}
    </section>
  );
}

/** The programme team's gap view: four lists, each a plain list or table (no chart needs reading). */
export function GapPage({ gaps, unlinkedLimit }: { gaps: Gaps; unlinkedLimit: number }) {
  const t = useTexts(planTexts);
  const locale = useAppContext().var.locale;
  const pillarName = (c: Gaps['cells'][number]) => (locale === 'nl' ? c.pillarNl : c.pillarEn);
  const neighbourhoods = [...new Map(gaps.cells.map((c) => [c.neighbourhoodId, c.neighbourhoodName])).entries()];
  const pillars = [...new Map(gaps.cells.map((c) => [c.pillarId, pillarName(c)])).entries()];
  return (
    <div class="vw-container vw-plan">
      <h1 class="utrecht-heading-1">{t.gapsTitle}</h1>
      <p class="utrecht-paragraph">{t.gapsIntro}</p>
      <Section id="zonder-activiteit" title={t.gapsNoActivity} count={gaps.withoutActivity.length}>
        <ul class="utrecht-unordered-list" data-gap="zonder-activiteit">
          {gaps.withoutActivity.map((g) => (
            <GoalItem goal={g} />
          ))}
        </ul>
      </Section>
      <Section id="zonder-doel" title={t.gapsUnlinked} count={gaps.unlinked.length}>
        {gaps.unlinkedCut && <p class="utrecht-paragraph">{t.gapsUnlinkedCut(unlinkedLimit)}</p>}
        <ul class="utrecht-unordered-list" data-gap="zonder-doel">
          {gaps.unlinked.map((a) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/activiteiten/${a.id}`}>
                {a.title}
              </a>{' '}
              ({a.organisationName})
              {a.isDemo === 1 && (
                <>
                  {' '}
                  <DemoBadge />
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="cellen" title={t.gapsCells} count={gaps.emptyCells.length}>
        <ul class="utrecht-unordered-list" data-gap="cellen">
          {gaps.emptyCells.map((c) => (
            <li class="utrecht-unordered-list__item">{t.gapsCell(pillarName(c), c.neighbourhoodName)}</li>
          ))}
        </ul>
        <div class="utrecht-table-container">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{t.gapsCells}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t.colPillar}
                </th>
                {neighbourhoods.map(([, name]) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {pillars.map(([id, name]) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {name}
                  </th>
                  {neighbourhoods.map(([nid]) => {
                    const covered = gaps.cells.find((c) => c.pillarId === id && c.neighbourhoodId === nid)?.covered === 1;
                    return <td class="utrecht-table__cell">{covered ? t.gapsCovered : t.gapsMissing}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section id="van-doel-af" title={t.gapsAway} count={gaps.movingAway.length}>
        <ul class="utrecht-unordered-list" data-gap="van-doel-af">
          {gaps.movingAway.map((g) => {
            const f = (v: number) => formatValue(v, g.unit!, locale);
            return (
              <GoalItem goal={g}>
                <br />
                {t.gapsAwayLine(f(g.previous), f(g.latest), `${g.target.label}: ${f(g.target.value)}`)}
              </GoalItem>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}
