import { MAX_GOAL_DEPTH } from '../../db/enums';
import { parseCsv, type CsvRecord } from '../../formats/csv-parse';
import { toCsv } from '../../formats/csv';
import type { Locale } from '../../i18n';
import { problemMessage, rowErrors, type ImportError } from '../monitor/import-validate';
import { planLabels } from '../plan-links/labels';
import { planCsvTexts } from './csv-texts';
import { checkGoalFields, type GoalFields } from './goal-check';
import { decimalText, targetsText, weightsAllZero, type VersionContent } from './model';
import type { GoalOptions } from './queries';
import { goalSchema, type GoalFormValues } from './schemas';
import { parseWith } from '../../validation/form';
import { planEditingTexts } from './texts';

/**
 * A plan's goals as CSV, one row per goal, in the monitor import's forgiving format (`;` or `,`, UTF-8 with or
 * without BOM, quoted cells). Several values in one cell are separated by `|`. `referentie` names a goal within the
 * file (the export writes the goal's id, so importing an export keeps every goal's identity and its links).
 */
export const CSV_COLUMNS = [
  'referentie',
  'bovenliggend',
  'niveau',
  'titel',
  'beschrijving',
  'pijlers',
  'wijken',
  'partners',
  'indicator',
  'nulmeting',
  'nulwaarde',
  'streefwaarden',
  'gewicht',
  'agendadoel',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['referentie', 'titel'];

const FIELD_COLUMN: Record<string, Column> = {
  title: 'titel',
  description: 'beschrijving',
  parent: 'bovenliggend',
  pillars: 'pijlers',
  neighbourhoods: 'wijken',
  partners: 'partners',
  weight: 'gewicht',
  indicator: 'indicator',
  baselineWave: 'nulmeting',
  baselineValue: 'nulwaarde',
  targets: 'streefwaarden',
  agendaGoal: 'agendadoel',
};

const join = (values: string[]) => values.join(' | ');

export function exportGoalsCsv(content: VersionContent, options: GoalOptions): string {
  const name =
    <T, K>(rows: T[], key: (r: T) => K, label: (r: T) => string) =>
    (k: K) => {
      const row = rows.find((r) => key(r) === k);
      return row ? label(row) : String(k);
    };
  const pillar = name(
    options.pillars,
    (p) => p.id,
    (p) => p.nameNl,
  );
  const neighbourhood = name(
    options.neighbourhoods,
    (n) => n.id,
    (n) => n.name,
  );
  const organisation = name(
    options.organisations,
    (o) => o.id,
    (o) => o.name,
  );
  const rows = content.goals.map((g) => [
    String(g.goalId),
    g.parentGoalId === null ? '' : String(g.parentGoalId),
    planLabels.nl.goalDepth(g.depth),
    g.title,
    g.description,
    join(g.pillars.map(pillar)),
    join(g.neighbourhoods.map(neighbourhood)),
    join(g.partners.map(organisation)),
    g.indicatorCode ?? '',
    g.baselineWaveCode ?? '',
    g.baselineValue === null ? '' : decimalText(g.baselineValue),
    targetsText(g.targets, ' | '),
    g.weight === null ? '' : String(g.weight),
    g.agendaGoalId === null ? '' : String(g.agendaGoalId),
  ]);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** A goal read from the file: its fields, its place (by reference) and, when the reference is a goal of this concept, that goal. */
export type ImportedGoal = GoalFields & {
  line: number;
  ref: string;
  parentRef: string | null;
  depth: number;
  sortOrder: number;
  existingGoalId: number | null;
};
export type GoalsCsvCheck = { goals: ImportedGoal[]; errors: ImportError[] };

const split = (cell: string) =>
  cell
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const LEVELS: Record<string, number> = { '1': 1, '2': 2, '3': 3, ambitie: 1, ambition: 1, doel: 2, goal: 2, subdoel: 3, 'sub-goal': 3 };

/** Checks the whole file: every error with its line; only a file without errors gives goals (all or nothing). */
export function checkGoalsCsv(text: string, content: VersionContent, options: GoalOptions, locale: Locale): GoalsCsvCheck {
  const t = planCsvTexts[locale];
  const parsed = parseCsv(text);
  if ('problems' in parsed) return { goals: [], errors: parsed.problems.map((p) => problemMessage(p, locale)) };
  const { header, records } = parsed.table;
  const columns = header.cells.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length) return { goals: [], errors: [{ line: header.line, message: t.unknownColumns(unknown.join(', ')) }] };
  if (missing.length) return { goals: [], errors: [{ line: header.line, message: t.missingColumns(missing.join(', ')) }] };
  if (records.length === 0) return { goals: [], errors: [{ line: header.line, message: t.noRows }] };

  const errors: ImportError[] = [];
  const rows: { record: CsvRecord; cell: (c: Column) => string }[] = [];
  for (const record of records) {
    const problems = rowErrors(record, columns, locale);
    if (problems.length) errors.push(...problems);
    else rows.push({ record, cell: (c) => (columns.includes(c) ? (record.cells[columns.indexOf(c)] ?? '').trim() : '') });
  }
  const byRef = new Map<string, number>();
  for (const { record, cell } of rows) {
    const ref = cell('referentie');
    if (ref === '') errors.push({ line: record.line, message: t.refRequired });
    else if (byRef.has(ref)) errors.push({ line: record.line, message: t.refDuplicate(byRef.get(ref)!) });
    else byRef.set(ref, record.line);
  }
  const parentOf = new Map(rows.map(({ cell }) => [cell('referentie'), cell('bovenliggend') || null]));
  /** The level from the chain of parents; null for an unknown parent or a cycle (reported at the row itself). */
  const depthOf = (ref: string): number | 'cycle' | 'unknown' => {
    const seen = new Set<string>();
    let current: string | null = ref;
    let depth = 0;
    while (current !== null) {
      if (seen.has(current)) return 'cycle';
      if (!parentOf.has(current)) return 'unknown';
      seen.add(current);
      depth++;
      current = parentOf.get(current) ?? null;
    }
    return depth;
  };

  const lookup = <T>(column: Column, values: string[], find: (v: string) => T | undefined, line: number): T[] =>
    values.flatMap((v) => {
      const found = find(v.toLowerCase());
      if (found === undefined) errors.push({ line, message: t.unknownName(column, v) });
      return found === undefined ? [] : [found];
    });

  const goals: ImportedGoal[] = [];
  const ownIds = new Set(content.goals.map((g) => g.goalId));
  for (const { record, cell } of rows) {
    const line = record.line;
    const ref = cell('referentie');
    const before = errors.length;
    const parentRef = cell('bovenliggend') || null;
    const depth = depthOf(ref);
    if (parentRef !== null && !parentOf.has(parentRef)) errors.push({ line, message: t.parentUnknown(parentRef) });
    else if (depth === 'cycle') errors.push({ line, message: t.cycle });
    else if (typeof depth === 'number' && depth > MAX_GOAL_DEPTH) errors.push({ line, message: t.tooDeep });
    const level = cell('niveau').toLowerCase();
    if (level !== '' && typeof depth === 'number' && LEVELS[level] !== depth) errors.push({ line, message: t.levelMismatch(cell('niveau'), depth) });
    const values: GoalFormValues = {
      title: cell('titel'),
      description: cell('beschrijving'),
      parent: '',
      pillars: lookup(
        'pijlers',
        split(cell('pijlers')),
        (v) => options.pillars.find((p) => p.id === v || p.nameNl.toLowerCase() === v || p.nameEn.toLowerCase() === v)?.id,
        line,
      ),
      neighbourhoods: lookup(
        'wijken',
        split(cell('wijken')),
        (v) => options.neighbourhoods.find((n) => n.slug === v || n.name.toLowerCase() === v)?.id,
        line,
      ).map(String),
      partners: lookup('partners', split(cell('partners')), (v) => options.organisations.find((o) => o.name.toLowerCase() === v)?.id, line).map(
        String,
      ),
      weight: cell('gewicht'),
      indicator: cell('indicator'),
      baselineWave: cell('nulmeting'),
      baselineValue: cell('nulwaarde'),
      targets: cell('streefwaarden'),
      agendaGoal: cell('agendadoel'),
    };
    const parsedGoal = parseWith(goalSchema, values, locale, planEditingTexts);
    const checked = parsedGoal.ok ? checkGoalFields(parsedGoal.data, content, options, locale) : { errors: parsedGoal.errors };
    if ('errors' in checked) {
      for (const [field, message] of Object.entries(checked.errors)) errors.push({ line, message: t.cell(FIELD_COLUMN[field] ?? field, message) });
    }
    if (errors.length > before || 'errors' in checked || typeof depth !== 'number') continue;
    const existing = /^\d+$/.test(ref) && ownIds.has(Number(ref)) ? Number(ref) : null;
    const sortOrder = goals.filter((g) => g.parentRef === parentRef).length;
    goals.push({ ...checked.fields, line, ref, parentRef, depth, sortOrder, existingGoalId: existing });
  }
  for (const parentRef of new Set(goals.map((g) => g.parentRef))) {
    const siblings = goals.filter((g) => g.parentRef === parentRef);
    if (weightsAllZero(siblings.map((g) => g.weight))) errors.push({ line: siblings[0]!.line, message: t.weightsAllZero });
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return errors.length ? { goals: [], errors } : { goals, errors: [] };
}
