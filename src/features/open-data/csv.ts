// The activity list as a spreadsheet: the list's filters, Dutch headers, `;`, BOM and formulas neutralised by the
// funder export's own writer.
import type { Locale } from '../../i18n';
import { activityTexts } from '../activities/texts';
import { describeSchedule } from '../activities/schedule';
import { toCsv, type Cell } from '../../formats/csv';
import { locationText } from './ical/calendar';
import type { OpenActivity } from './queries';

const HEADERS = [
  'Nummer',
  'Titel',
  'Samenvatting',
  'Organisatie',
  'Wanneer',
  'Volgende datum',
  'Begintijd',
  'Eindtijd',
  'Locatie',
  'Pijlers',
  'Wijken',
  'Doelgroepen',
  'Kosten (euro)',
  'Demo',
  'Adres op het portaal',
];

export function activitiesCsv(activities: readonly OpenActivity[], origin: string, today: string, locale: Locale = 'nl'): string {
  const t = activityTexts[locale];
  const rows: Cell[][] = activities.map((a) => [
    a.id,
    a.title,
    a.summary,
    a.organisation.name,
    describeSchedule(a.schedule, today, locale),
    a.nextDate,
    a.schedule.startTime,
    a.schedule.endTime,
    locationText(a),
    a.pillarIds.join(', '),
    a.neighbourhoodSlugs.join(', '),
    a.targetGroups.map((g) => t.targetGroup(g)).join(', '),
    a.costCents ? (a.costCents / 100).toFixed(2).replace('.', ',') : '0',
    a.isDemo ? 'ja' : 'nee',
    `${origin}/activiteiten/${a.id}`,
  ]);
  return toCsv([HEADERS, ...rows]);
}
