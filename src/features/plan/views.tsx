import { useAppContext, useTexts } from '../../layout/renderer';
import { GoalSummary, PlanHeader } from './components';
import { planTexts } from './texts';
import { byPillar, withoutPillar, type PlanTree } from './tree';

/** Where a plan's pages live: the agenda under /programma, an execution plan under its neighbourhood. */
export const planBase = (tree: Pick<PlanTree, 'version'>) =>
  tree.version.kind === 'strategic-agenda' ? '/programma' : `/wijken/${tree.version.neighbourhoodSlug}/plan`;

/** A plan read on screen: its title block and its goals by pillar, each with status, progress, indicator and counts. */
export function PlanPage({ tree, title, intro }: { tree: PlanTree; title: string; intro: string }) {
  const t = useTexts(planTexts);
  const locale = useAppContext().var.locale;
  const base = planBase(tree);
  const rest = withoutPillar(tree);
  const v = tree.version;
  return (
    <div class="vw-container vw-plan">
      <PlanHeader version={v} isDemo={tree.isDemo} title={title} />
      <p class="utrecht-paragraph">{v.summary || intro}</p>
      <ul class="vw-plain-list vw-plan-links">
        {v.kind === 'execution-plan' && v.neighbourhoodSlug && (
          <li>
            <a class="utrecht-link" href={`/activiteiten?wijk=${v.neighbourhoodSlug}`}>
              {t.neighbourhoodActivities(v.neighbourhoodName ?? '')}
            </a>
          </li>
        )}
        <li>
          <a class="utrecht-link" href={`${base}/versies`}>
            {t.versionsLink}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={`${base}/afdrukken`}>
            {t.printLink}
          </a>
        </li>
      </ul>
      {byPillar(tree).map(({ pillar, goals }) => (
        <section class="vw-section" aria-labelledby={`pijler-${pillar.id}`}>
          <h2 class="utrecht-heading-2" id={`pijler-${pillar.id}`}>
            {locale === 'nl' ? pillar.nameNl : pillar.nameEn}
          </h2>
          {goals.map((goal) => (
            <GoalSummary goal={goal} level={3} withActivities={v.kind === 'execution-plan'} />
          ))}
        </section>
      ))}
      {rest.length > 0 && (
        <section class="vw-section" aria-labelledby="pijler-overig">
          <h2 class="utrecht-heading-2" id="pijler-overig">
            {t.otherGoals}
          </h2>
          {rest.map((goal) => (
            <GoalSummary goal={goal} level={3} withActivities={v.kind === 'execution-plan'} />
          ))}
        </section>
      )}
    </div>
  );
}

/** No plan (yet): the page still answers, with a sentence instead of goals. */
export function NoPlanPage({ title, message }: { title: string; message: string }) {
  return (
    <div class="vw-container vw-plan">
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{message}</p>
    </div>
  );
}
