import type { Locale } from '../../i18n';
import { planLabels } from '../plan-links/labels';
import { decimalText, targetsText, type GoalContent, type VersionContent } from './model';
import { versionTexts } from './version-texts';

/** A field in words: "titel was „Oud”, wordt „Nieuw”". */
export type FieldChange = { field: string; from: string; to: string };
export type GoalRef = { goalId: number; title: string; level: string };
export type VersionDiff = {
  version: FieldChange[];
  added: GoalRef[];
  removed: GoalRef[];
  changed: (GoalRef & { changes: FieldChange[] })[];
};

/** Names of the codes and ids a goal refers to; what is not known shows as its code. */
export type DiffNames = {
  indicator: (code: string) => string | undefined;
  wave: (code: string) => string | undefined;
  pillar: (id: string) => string | undefined;
  neighbourhood: (id: number) => string | undefined;
  organisation: (id: number) => string | undefined;
  /** Goals of other plans (the strategic agenda's, for an execution plan's goals). */
  goal: (id: number) => string | undefined;
};

const list = (items: (string | undefined)[], fallback: (string | number)[]) =>
  items
    .map((name, i) => name ?? String(fallback[i]))
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .join(', ');

/** Each compared field of a goal as text, so "what changed" is a comparison of words. */
function goalFields(goal: GoalContent, all: readonly GoalContent[], names: DiffNames, locale: Locale): Record<string, string> {
  const t = versionTexts[locale];
  const parent = goal.parentGoalId === null ? '' : (all.find((g) => g.goalId === goal.parentGoalId)?.title ?? names.goal(goal.parentGoalId) ?? '');
  const baseline =
    goal.baselineWaveCode === null || goal.baselineValue === null
      ? ''
      : `${decimalText(goal.baselineValue)} (${names.wave(goal.baselineWaveCode) ?? goal.baselineWaveCode})`;
  return {
    [t.fieldTitle]: goal.title,
    [t.fieldDescription]: goal.description,
    [t.fieldLevel]: planLabels[locale].goalDepth(goal.depth),
    [t.fieldParent]: parent,
    [t.fieldPillars]: list(goal.pillars.map(names.pillar), goal.pillars),
    [t.fieldNeighbourhoods]: list(goal.neighbourhoods.map(names.neighbourhood), goal.neighbourhoods),
    [t.fieldPartners]: list(goal.partners.map(names.organisation), goal.partners),
    [t.fieldWeight]: goal.weight === null ? '' : String(goal.weight),
    [t.fieldIndicator]: goal.indicatorCode === null ? '' : (names.indicator(goal.indicatorCode) ?? goal.indicatorCode),
    [t.fieldBaseline]: baseline,
    [t.fieldTargets]: targetsText(goal.targets, ', '),
    [t.fieldAgendaGoal]: goal.agendaGoalId === null ? '' : (names.goal(goal.agendaGoalId) ?? String(goal.agendaGoalId)),
  };
}

function changesBetween(before: Record<string, string>, after: Record<string, string>): FieldChange[] {
  return Object.keys(after).flatMap((field) => (before[field] === after[field] ? [] : [{ field, from: before[field] ?? '', to: after[field]! }]));
}

/**
 * What changed from one version of a plan to the next: the version's own fields, the goals added and removed (by
 * their identity, which survives versions), and per goal that stayed the fields that differ, in words. Order
 * follows the newer version's tree (removed goals: the older one's).
 */
export function diffVersions(before: VersionContent, after: VersionContent, names: DiffNames, locale: Locale): VersionDiff {
  const t = versionTexts[locale];
  const level = (g: GoalContent) => planLabels[locale].goalDepth(g.depth);
  const ref = (g: GoalContent): GoalRef => ({ goalId: g.goalId, title: g.title, level: level(g) });
  const period = (v: VersionContent['version']) => `${v.periodStart}–${v.periodEnd}`;
  const version = changesBetween(
    { [t.fieldTitle]: before.version.title, [t.fieldSummary]: before.version.summary, [t.fieldPeriod]: period(before.version) },
    { [t.fieldTitle]: after.version.title, [t.fieldSummary]: after.version.summary, [t.fieldPeriod]: period(after.version) },
  );
  const beforeById = new Map(before.goals.map((g) => [g.goalId, g]));
  const afterIds = new Set(after.goals.map((g) => g.goalId));
  const changed: VersionDiff['changed'] = [];
  const added: GoalRef[] = [];
  for (const goal of after.goals) {
    const old = beforeById.get(goal.goalId);
    if (!old) {
      added.push(ref(goal));
      continue;
    }
    // A renamed parent is a change of the parent, not of this goal: "under" counts only when the parent itself differs.
    const changes = changesBetween(goalFields(old, before.goals, names, locale), goalFields(goal, after.goals, names, locale)).filter(
      (c) => c.field !== t.fieldParent || old.parentGoalId !== goal.parentGoalId,
    );
    if (changes.length) changed.push({ ...ref(goal), changes });
  }
  return { version, added, removed: before.goals.filter((g) => !afterIds.has(g.goalId)).map(ref), changed };
}

export const isEmptyDiff = (d: VersionDiff) => d.version.length + d.added.length + d.removed.length + d.changed.length === 0;
