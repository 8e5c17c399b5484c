import { describe, expect, it } from 'vitest';
import { diffVersions, isEmptyDiff, type DiffNames } from '../../../src/features/plan-editing/diff';
import {
  moveProblem,
  parseTargets,
  treeOrder,
  weightsAllZero,
  type GoalContent,
  type VersionContent,
} from '../../../src/features/plan-editing/model';
import { versionTexts } from '../../../src/features/plan-editing/version-texts';

const goal = (goalId: number, parentGoalId: number | null, depth: number, over: Partial<GoalContent> = {}): GoalContent => ({
  goalId,
  parentGoalId,
  depth,
  sortOrder: goalId,
  title: `Doel ${goalId}`,
  description: '',
  weight: null,
  indicatorCode: null,
  baselineWaveCode: null,
  baselineValue: null,
  agendaGoalId: null,
  pillars: [],
  neighbourhoods: [],
  partners: [],
  targets: [],
  ...over,
});

const version = (goals: GoalContent[], over: Partial<VersionContent['version']> = {}): VersionContent => ({
  plan: { id: 1, slug: 'strategische-agenda', kind: 'strategic-agenda', neighbourhoodId: null, isDemo: false, createdAt: new Date(0) },
  version: {
    id: 1,
    planId: 1,
    number: 1,
    status: 'adopted',
    title: 'Agenda',
    summary: '',
    periodStart: 2026,
    periodEnd: 2030,
    adoptedOn: null,
    adoptedBy: null,
    adoptedByUserId: null,
    version: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...over,
  },
  goals: treeOrder(goals),
});

const names: DiffNames = {
  indicator: (c) => ({ eenzaamheid: 'Ernstig eenzaam' })[c],
  wave: (c) => ({ 'kaarten-2025': 'Kaarten 2025' })[c],
  pillar: (p) => ({ health: 'Gezondheid', livelihood: 'Bestaanszekerheid' })[p],
  neighbourhood: () => undefined,
  organisation: () => undefined,
  goal: () => undefined,
};

describe('what changed between two versions', () => {
  it('lists goals added and removed by identity, and changed fields in words', () => {
    const before = version([goal(1, null, 1, { title: 'Gezond leven' }), goal(2, 1, 2), goal(3, 1, 2)]);
    const after = version(
      [
        goal(1, null, 1, {
          title: 'Gezonder leven',
          pillars: ['health', 'livelihood'],
          indicatorCode: 'eenzaamheid',
          targets: [{ year: 2027, waveCode: null, value: 12.5 }],
        }),
        goal(2, 1, 2),
        goal(4, 2, 3),
      ],
      { number: 2, title: 'Agenda', periodEnd: 2031 },
    );
    const diff = diffVersions(before, after, names, 'nl');
    expect(diff.added.map((g) => g.goalId)).toEqual([4]);
    expect(diff.added[0]!.level).toBe('Subdoel');
    expect(diff.removed.map((g) => g.goalId)).toEqual([3]);
    expect(diff.version).toEqual([{ field: 'Looptijd', from: '2026–2030', to: '2026–2031' }]);
    const changes = diff.changed.find((c) => c.goalId === 1)!.changes;
    expect(changes).toContainEqual({ field: 'Titel', from: 'Gezond leven', to: 'Gezonder leven' });
    expect(changes).toContainEqual({ field: 'Pijlers', from: '', to: 'Bestaanszekerheid, Gezondheid' });
    expect(changes).toContainEqual({ field: 'Indicator', from: '', to: 'Ernstig eenzaam' });
    expect(changes).toContainEqual({ field: 'Streefwaarden', from: '', to: '2027: 12,5' });
    expect(diff.changed.some((c) => c.goalId === 2)).toBe(false);
    expect(versionTexts.nl.change('Titel', 'Gezond leven', 'Gezonder leven')).toBe('titel was “Gezond leven”, wordt “Gezonder leven”');
    expect(versionTexts.nl.change('Indicator', '', 'Ernstig eenzaam')).toBe('indicator was leeg, wordt “Ernstig eenzaam”');
  });

  it('reports a goal moved to another parent and level', () => {
    const before = version([goal(1, null, 1), goal(2, null, 1), goal(3, 1, 2)]);
    const after = version([goal(1, null, 1), goal(2, null, 1), goal(3, 2, 2)]);
    expect(diffVersions(before, after, names, 'nl').changed).toEqual([
      { goalId: 3, title: 'Doel 3', level: 'Doel', changes: [{ field: 'Valt onder', from: 'Doel 1', to: 'Doel 2' }] },
    ]);
  });

  it('is empty for a copy', () => {
    const v = version([goal(1, null, 1), goal(2, 1, 2)]);
    expect(isEmptyDiff(diffVersions(v, { ...v, version: { ...v.version, number: 2, status: 'concept' } }, names, 'nl'))).toBe(true);
  });
});

describe('tree rules', () => {
  const tree = [goal(1, null, 1), goal(2, 1, 2), goal(3, 2, 3), goal(4, null, 1), goal(5, 4, 2)];
  it('refuses a cycle: a goal under itself or under its own sub-goal', () => {
    expect(moveProblem(tree, 1, 1)).toBe('cycle');
    expect(moveProblem(tree, 1, 3)).toBe('cycle');
  });
  it('refuses a fourth level, counting the sub-goals that move along', () => {
    expect(moveProblem(tree, 2, 5)).toBe('too-deep'); // 2 (with 3 under it) under a level-2 goal: 3 would be level 4
    expect(moveProblem(tree, 3, 5)).toBeNull();
    expect(moveProblem(tree, 2, null)).toBeNull();
    expect(moveProblem(tree, 2, 99)).toBe('parent-unknown');
  });
  it('refuses weights that are all zero, not a mix or equal weights', () => {
    expect(weightsAllZero([0, 0])).toBe(true);
    expect(weightsAllZero([0, null])).toBe(false);
    expect(weightsAllZero([0, 2])).toBe(false);
    expect(weightsAllZero([])).toBe(false);
  });
});

describe('targets as typed', () => {
  const years = new Map([
    ['kaarten-2025', 2025],
    ['circusvis-2023', 2023],
    ['kaarten-2026', 2026],
  ]);
  const waves = { years, measured: null };
  const period = { start: 2025, end: 2027 };
  it('reads years and waves, with comma or point decimals, per line or with |', () => {
    expect(parseTargets('2027: 60\nkaarten-2025 = 55,5 | 2026:58.5', period, waves)).toEqual({
      targets: [
        { year: 2027, waveCode: null, value: 60 },
        { year: null, waveCode: 'kaarten-2025', value: 55.5 },
        { year: 2026, waveCode: null, value: 58.5 },
      ],
    });
  });
  it('refuses a year outside the period, an unknown wave, a duplicate and garbage', () => {
    expect(parseTargets('2029: 60', period, waves)).toEqual({ problem: { kind: 'year-outside', year: 2029 } });
    expect(parseTargets('meting-2031: 60', period, waves)).toEqual({ problem: { kind: 'wave-unknown', code: 'meting-2031' } });
    expect(parseTargets('2027: 60\n2027: 61', period, waves)).toEqual({ problem: { kind: 'duplicate', period: '2027' } });
    expect(parseTargets('zestig', period, waves)).toEqual({ problem: { kind: 'line', line: 'zestig' } });
  });
  it("refuses a wave outside the plan's period, and a wave in which the goal's indicator was not measured", () => {
    expect(parseTargets('circusvis-2023: 60', period, waves)).toEqual({ problem: { kind: 'wave-outside', code: 'circusvis-2023', year: 2023 } });
    const measured = { years, measured: new Set(['kaarten-2025']) };
    expect(parseTargets('kaarten-2026: 60', period, measured)).toEqual({ problem: { kind: 'wave-not-measured', code: 'kaarten-2026' } });
    expect(parseTargets('kaarten-2025: 60', period, measured)).toEqual({ targets: [{ year: null, waveCode: 'kaarten-2025', value: 60 }] });
  });
});
