import { defineTexts } from '../../i18n';

export const snapshotTexts = defineTexts(
  {
    periodInvalid: 'Kies een van de kwartalen uit de lijst.',
    pageTitle: (quarter: string, title: string) => `Kwartaalrapportage ${quarter}: ${title}`,
    frozenAt: (date: string, time: string) => `Vastgelegd op ${date} om ${time}. Deze rapportage is onveranderlijk.`,
    periodLine: (start: string, end: string) => `Periode: ${start} tot en met ${end}`,
    statusHeading: 'Stand bij vastleggen',
    updatesHeading: 'Voortgangsberichten en wijzigingen in dit kwartaal',
    downloads: 'Downloaden',
    downloadCsv: 'Als CSV (Excel)',
    downloadJson: 'Als JSON',
    backToProject: 'Terug naar de projectpagina',
    printHint: 'Gebruik de afdrukfunctie van uw browser om deze rapportage af te drukken of als pdf op te slaan.',
    created: 'De kwartaalrapportage is vastgelegd.',
  },
  {
    periodInvalid: 'Choose one of the quarters in the list.',
    pageTitle: (quarter: string, title: string) => `Quarterly report ${quarter}: ${title}`,
    frozenAt: (date: string, time: string) => `Frozen on ${date} at ${time}. This report cannot change.`,
    periodLine: (start: string, end: string) => `Period: ${start} up to and including ${end}`,
    statusHeading: 'State when frozen',
    updatesHeading: 'Progress updates and changes in this quarter',
    downloads: 'Download',
    downloadCsv: 'As CSV (Excel)',
    downloadJson: 'As JSON',
    backToProject: 'Back to the project page',
    printHint: "Use your browser's print function to print this report or save it as a PDF.",
    created: 'The quarterly report has been frozen.',
  },
);

/** Section and column names of the report CSV: always Dutch, like the funder overview export. */
export const SNAPSHOT_CSV = {
  report: 'Kwartaalrapportage',
  period: 'Periode',
  frozenAt: 'Vastgelegd op',
  programme: 'Financieringsprogramma',
  phase: 'Fase',
  health: 'Status',
  healthExplanation: 'Toelichting status',
  progress: 'Voortgang (%)',
  overdue: 'Mijlpalen over tijd',
  milestoneHeaders: ['Mijlpaal', 'Gepland', 'Gerealiseerd', 'Status', 'Gewicht', 'Over tijd'],
  budgetHeaders: ['Financieringsbron', 'Toegekend (EUR)', 'Verplicht (EUR)', 'Besteed (EUR)', 'Benutting (%)'],
  total: 'Totaal',
  updateHeaders: ['Voortgangsbericht', 'Datum', 'Namens', 'Tekst'],
  yes: 'ja',
  no: 'nee',
} as const;
