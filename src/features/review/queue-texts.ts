import { defineTexts } from '../../i18n';

/** Texts of the queue rows (summary, when and where, duplicates, select all, bulk results with names). */
export const queueRowTexts = defineTexts(
  {
    likelyDuplicate: 'Mogelijk dubbel',
    fromDay: (day: string) => `Vanaf ${day}`,
    duplicatesHeading: (n: number) => `${n} items lijken dubbel ingediend.`,
    duplicatesHelp: 'Ze hebben dezelfde organisatie, titel, begindatum en begintijd. Keur er één goed en wijs de andere af of vraag na.',
    selectAll: 'Alles selecteren',
    columnWhenWhere: 'Wanneer en waar',
    columnPillars: 'Pijlers',
    bulkApproved: (titles: string[]) => `Goedgekeurd (${titles.length}): ${titles.join(', ')}.`,
    bulkSkipped: (n: number) =>
      n === 1
        ? '1 item overgeslagen: dat is intussen door iemand anders beoordeeld of gewijzigd.'
        : `${n} items overgeslagen: die zijn intussen door iemand anders beoordeeld of gewijzigd.`,
    waiting: (days: number) =>
      days === 0 ? 'minder dan een dag' : days === 1 ? '1 dag' : days < 14 ? `${days} dagen` : `${Math.floor(days / 7)} weken`,
    nextItem: 'Volgend item in de wachtrij',
    queueEmpty: 'De wachtrij is leeg: er wacht niets meer op een beoordeling.',
  },
  {
    likelyDuplicate: 'Possible duplicate',
    fromDay: (day: string) => `From ${day}`,
    duplicatesHeading: (n: number) => `${n} items look like they were submitted twice.`,
    duplicatesHelp: 'They have the same organisation, title, first date and start time. Approve one and reject or ask about the others.',
    selectAll: 'Select all',
    columnWhenWhere: 'When and where',
    columnPillars: 'Pillars',
    bulkApproved: (titles: string[]) => `Approved (${titles.length}): ${titles.join(', ')}.`,
    bulkSkipped: (n: number) =>
      n === 1
        ? '1 item skipped: someone else decided on it or it changed in the meantime.'
        : `${n} items skipped: someone else decided on them or they changed in the meantime.`,
    waiting: (days: number) => (days === 0 ? 'less than a day' : days === 1 ? '1 day' : days < 14 ? `${days} days` : `${Math.floor(days / 7)} weeks`),
    nextItem: 'Next item in the queue',
    queueEmpty: 'The queue is empty: nothing is waiting for a review.',
  },
);
