import { useTexts } from '../../layout/renderer';
import { planLabels } from '../plan-links/labels';
import { planPath, VersionButton } from './editor-parts';
import { childrenOf, type GoalContent } from './model';
import type { LoadedVersion } from './queries';
import { planEditingTexts } from './texts';

function GoalActions({ goal, loaded, goals }: { goal: GoalContent; loaded: LoadedVersion; goals: GoalContent[] }) {
  const t = useTexts(planEditingTexts);
  const base = `${planPath(loaded.version.id)}/doelen/${goal.goalId}`;
  const v = loaded.version.version;
  const progress = (
    <a class="utrecht-link" href={`${base}/voortgang`}>
      {t.progressHeading}
    </a>
  );
  if (loaded.version.status !== 'concept') return progress;
  const siblings = childrenOf(goals, goal.parentGoalId);
  const index = siblings.findIndex((s) => s.goalId === goal.goalId);
  const hasChildren = goals.some((g) => g.parentGoalId === goal.goalId);
  return (
    <>
      <a class="utrecht-link" href={base} aria-label={t.editNamed(goal.title)}>
        {t.edit}
      </a>
      {index > 0 && (
        <>
          {' · '}
          <VersionButton action={`${base}/omhoog`} version={v} label={t.moveUp} ariaLabel={t.moveUpNamed(goal.title)} />
        </>
      )}
      {index < siblings.length - 1 && (
        <>
          {' · '}
          <VersionButton action={`${base}/omlaag`} version={v} label={t.moveDown} ariaLabel={t.moveDownNamed(goal.title)} />
        </>
      )}
      {goal.depth < 3 && (
        <>
          {' · '}
          <a class="utrecht-link" href={`${planPath(loaded.version.id)}/doelen/nieuw?onder=${goal.goalId}`}>
            {t.addChild}
          </a>
        </>
      )}
      {!hasChildren && (
        <>
          {' · '}
          <VersionButton action={`${base}/verwijderen`} version={v} label={t.remove} ariaLabel={t.removeNamed(goal.title)} />
        </>
      )}
      {' · '}
      {progress}
    </>
  );
}

/** The goal tree, indented by level (nested lists), with each goal's actions. */
export function GoalTree({ loaded, parentId = null }: { loaded: LoadedVersion; parentId?: number | null }) {
  const l = useTexts(planLabels);
  const children = childrenOf(loaded.goals, parentId);
  if (children.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list vw-plan-tree">
      {children.map((g) => {
        const state = loaded.states.get(g.goalId);
        return (
          <li id={`doel-${g.goalId}`}>
            <strong>{l.goalDepth(g.depth)}:</strong> {g.title}
            <span class="vw-meta">
              {' '}
              · {state ? l.goalStatus(state.status) : ''}
              {state?.progress !== null && state?.progress !== undefined ? ` · ${state.progress}%` : ''}
              {g.weight !== null ? ` · ${g.weight}×` : ''}
              {g.indicatorCode ? ` · ${g.indicatorCode}` : ''}
            </span>
            <br />
            <GoalActions goal={g} loaded={loaded} goals={loaded.goals} />
            <GoalTree loaded={loaded} parentId={g.goalId} />
          </li>
        );
      })}
    </ul>
  );
}
