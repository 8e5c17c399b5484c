import { defineTexts } from '../../i18n';

export const snapshotTexts = defineTexts(
  {
    freezeHeading: 'Kwartaalrapportage vastleggen',
    freezeIntro:
      'Legt de huidige stand vast — fase, status, voortgang, mijlpalen, begroting — met de voortgangsberichten en wijzigingen van het gekozen kwartaal. Een vastgelegde rapportage verandert daarna nooit meer.',
    fieldPeriod: 'Kwartaal',
    freeze: 'Rapportage vastleggen',
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
    freezeHeading: 'Freeze a quarterly report',
    freezeIntro:
      'Records the current state — phase, status, progress, milestones, budget — with the progress updates and changes of the chosen quarter. A frozen report never changes afterwards.',
    fieldPeriod: 'Quarter',
    freeze: 'Freeze report',
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
