import { toCsv, type Cell } from '../../formats/csv';
import { euroForSpreadsheet } from '../projects/money';
import { projectLabels } from '../projects/texts';
import type { SnapshotData } from './model';
import { SNAPSHOT_CSV as H } from './texts';

/** A report as one spreadsheet: the key figures, then milestones, budget and updates, separated by empty rows. */
export function snapshotCsv(data: SnapshotData): string {
  const l = projectLabels.nl;
  const p = data.project;
  const rows: Cell[][] = [
    [H.report, p.title],
    [H.period, `${l.quarter(data.period.label)} (${data.period.start} t/m ${data.period.end})`],
    [H.frozenAt, data.frozenAt],
    [H.programme, l.programme(p.fundingProgramme)],
    [H.phase, l.phase(p.phase)],
    [H.health, l.health(p.health)],
    [H.healthExplanation, p.healthExplanation ?? ''],
    [H.progress, data.progress],
    [H.overdue, data.overdueMilestones],
    [],
    [...H.milestoneHeaders],
    ...data.milestones.map((m) => [m.title, m.plannedDate, m.actualDate ?? '', l.milestoneStatus(m.status), m.weight, m.overdue ? H.yes : H.no]),
    [],
    [...H.budgetHeaders],
    ...data.budget.lines.map((b) => [
      b.fundingSource,
      euroForSpreadsheet(b.allocatedCents),
      euroForSpreadsheet(b.committedCents),
      euroForSpreadsheet(b.spentCents),
      b.allocatedCents > 0 ? Math.round((100 * b.spentCents) / b.allocatedCents) : null,
    ]),
    [
      H.total,
      euroForSpreadsheet(data.budget.totals.allocatedCents),
      euroForSpreadsheet(data.budget.totals.committedCents),
      euroForSpreadsheet(data.budget.totals.spentCents),
      data.budget.totals.utilisation,
    ],
    [],
    [...H.updateHeaders],
    ...data.updates.map((u) => [u.title, u.publishedOn, u.organisationName ?? '', u.body]),
  ];
  return toCsv(rows);
}
