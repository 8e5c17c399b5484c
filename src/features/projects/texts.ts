import { defineTexts } from '../../i18n';

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The IATI ActivityStatus code list's own (English) names. */
const IATI_STATUS = ['', 'Pipeline/identification', 'Implementation', 'Finalisation', 'Closed', 'Cancelled', 'Suspended'];

/** Labels of the project code values, shared by every project-related feature. */
export const projectLabels = defineTexts(
  {
    phase: (code: number) => ['', 'Voorbereiding', 'Uitvoering', 'Afronding', 'Afgesloten', 'Geannuleerd', 'Opgeschort'][code] ?? String(code),
    /** The phase's code in the IATI activity status list, as detail for those who report to funders. */
    phaseIati: (code: number) => `IATI-activiteitstatus ${code} (${IATI_STATUS[code] ?? '?'})`,
    health: (code: string) => ({ 'on-track': 'Op koers', 'at-risk': 'Risico', 'off-track': 'Uit koers' })[code] ?? code,
    programme: (code: string) =>
      ({
        'regio-deal-4': 'Regio Deal Zuid-Limburg (4e tranche)',
        'regio-deal-6': 'Regio Deal (6e tranche)',
        'elke-regio-telt': "Elke Regio Telt / Vitale Regio's",
        'limburg-wijkenaanpak': 'Provincie Limburg – wijkenaanpak',
        other: 'Overig',
      })[code] ?? code,
    partnerRole: (code: string) => ({ lead: 'Trekker', implementing: 'Uitvoerend partner', funding: 'Financier', venue: 'Locatie' })[code] ?? code,
    partnerRolePlural: (code: string) =>
      ({ lead: 'Trekkers', implementing: 'Uitvoerende partners', funding: 'Financiers', venue: 'Locaties' })[code] ?? code,
    milestoneStatus: (code: string) => ({ planned: 'Gepland', 'in-progress': 'Bezig', done: 'Gereed', delayed: 'Vertraagd' })[code] ?? code,
    reviewStatus: (code: string) =>
      ({
        draft: 'Concept',
        submitted: 'Ingediend, wacht op beoordeling',
        'changes-requested': 'Aanpassing gevraagd',
        approved: 'Gepubliceerd',
        rejected: 'Afgewezen',
        withdrawn: 'Ingetrokken',
      })[code] ?? code,
    date: (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return `${d} ${NL_MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
    },
    quarter: (label: string) => label.replace(/^(\d{4})-Q([1-4])$/, '$2e kwartaal $1'),
    percent: (n: number) => `${n}%`,
    none: '—',
  },
  {
    phase: (code: number) => ['', 'Preparation', 'Implementation', 'Finalisation', 'Closed', 'Cancelled', 'Suspended'][code] ?? String(code),
    phaseIati: (code: number) => `IATI activity status ${code} (${IATI_STATUS[code] ?? '?'})`,
    health: (code: string) => ({ 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' })[code] ?? code,
    programme: (code: string) =>
      ({
        'regio-deal-4': 'Regio Deal South Limburg (4th tranche)',
        'regio-deal-6': 'Regio Deal (6th tranche)',
        'elke-regio-telt': "Elke Regio Telt / Vitale Regio's",
        'limburg-wijkenaanpak': 'Province of Limburg – neighbourhood approach',
        other: 'Other',
      })[code] ?? code,
    partnerRole: (code: string) => ({ lead: 'Lead', implementing: 'Implementing partner', funding: 'Funder', venue: 'Venue' })[code] ?? code,
    partnerRolePlural: (code: string) =>
      ({ lead: 'Leads', implementing: 'Implementing partners', funding: 'Funders', venue: 'Venues' })[code] ?? code,
    milestoneStatus: (code: string) => ({ planned: 'Planned', 'in-progress': 'In progress', done: 'Done', delayed: 'Delayed' })[code] ?? code,
    reviewStatus: (code: string) =>
      ({
        draft: 'Draft',
        submitted: 'Submitted, awaiting review',
        'changes-requested': 'Changes requested',
        approved: 'Published',
        rejected: 'Rejected',
        withdrawn: 'Withdrawn',
      })[code] ?? code,
    date: (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return `${d} ${EN_MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
    },
    quarter: (label: string) => label.replace(/^(\d{4})-Q([1-4])$/, 'Q$2 $1'),
    percent: (n: number) => `${n}%`,
    none: '—',
  },
);

export const projectTexts = defineTexts(
  {
    listTitle: 'Projecten',
    listIntro:
      'Met regionale, provinciale en landelijke partners werkt het programma Veerkrachtige Wijken aan projecten in Pottenberg en Nazareth. Hier leest u waar elk project staat en wie eraan meewerken.',
    listEmpty: 'Er zijn nog geen projecten.',
    listCount: (n: number) => (n === 1 ? '1 project' : `${n} projecten`),
    phaseLabel: 'Fase',
    neighbourhoodsLabel: 'Wijken',
    pillarsLabel: 'Pijlers',
    programmeLabel: 'Financieringsprogramma',
    totalBudgetLabel: 'Totale begroting',
    aboutHeading: 'Over het project',
    partnersHeading: 'Partners',
    partnersEmpty: 'Er zijn nog geen partners aan dit project gekoppeld.',
    activitiesHeading: 'Activiteiten bij dit project',
    activitiesEmpty: 'Er zijn nog geen activiteiten aan dit project gekoppeld.',
    factsLabel: 'Kerngegevens',
    statusHeading: 'Stand van zaken',
    healthLabel: 'Status',
    healthExplanationLabel: 'Toelichting op de status',
    progressLabel: 'Voortgang',
    progressValue: (n: number) => `${n}% van de mijlpalen (naar gewicht) gereed`,
    progressUnknown: 'Nog niet te bepalen: er zijn nog geen mijlpalen.',
    overdueLabel: 'Mijlpalen over tijd',
    milestonesHeading: 'Mijlpalen',
    milestonesEmpty: 'Er zijn nog geen mijlpalen.',
    milestoneTitle: 'Mijlpaal',
    plannedDate: 'Gepland',
    actualDate: 'Gerealiseerd',
    milestoneStatus: 'Status',
    weight: 'Gewicht',
    overdueFlag: 'Over tijd',
    budgetHeading: 'Begroting',
    budgetEmpty: 'Er zijn nog geen begrotingsregels.',
    fundingSource: 'Financieringsbron',
    allocated: 'Toegekend',
    committed: 'Verplicht',
    spent: 'Besteed',
    utilisation: 'Benutting',
    utilisationHelp: 'Benutting is het bestede bedrag als deel van het toegekende bedrag.',
    total: 'Totaal',
    timelineHeading: 'Tijdlijn',
    timelineEmpty: 'Nog geen berichten of wijzigingen.',
    updateBadge: 'Voortgangsbericht',
    eventBadge: 'Wijziging',
    eventPhase: (from: string, to: string) => `Fase gewijzigd van ${from} naar ${to}.`,
    eventHealth: (from: string, to: string) => `Status gewijzigd van ${from} naar ${to}.`,
    eventMilestoneAdded: (title: string, date: string) => `Mijlpaal toegevoegd: ${title} (gepland ${date}).`,
    eventMilestoneStatus: (title: string, from: string, to: string) => `Mijlpaal ${title}: ${from} → ${to}.`,
    eventMilestoneRescheduled: (title: string, from: string, to: string) => `Mijlpaal ${title} verplaatst van ${from} naar ${to}.`,
    eventMilestoneRemoved: (title: string) => `Mijlpaal verwijderd: ${title}.`,
    postedBy: (org: string) => `Namens ${org}`,
    reportsHeading: 'Kwartaalrapportages',
    reportsEmpty: 'Er zijn nog geen kwartaalrapportages vastgelegd.',
    reportFrozenOn: (date: string) => `vastgelegd op ${date}`,
    reportView: 'Bekijken en afdrukken',
    reportCsv: 'CSV',
    reportJson: 'JSON',
    feedLink: 'Volg de voortgangsberichten (Atom-feed)',
    printHint: 'Deze pagina drukt af als statusrapport: gebruik de afdrukfunctie van uw browser.',
    manageLink: 'Project beheren',
    manageProjectsLink: 'Projecten beheren',
    postUpdateLink: 'Voortgangsbericht plaatsen',
    ownUpdatesHeading: 'Voortgangsberichten van uw organisatie',
    ownUpdatesEmpty: 'Uw organisatie heeft voor dit project nog geen voortgangsberichten ingediend.',
    reviseLink: 'Aanpassen en opnieuw indienen',
    reviewComment: 'Opmerking van het programmateam',
    publicNote: 'U ziet het openbare deel van dit project.',
    statusFor: (title: string) => `Status van ${title}`,
  },
  {
    listTitle: 'Projects',
    listIntro:
      'With regional, provincial and national partners, the Veerkrachtige Wijken programme runs projects in Pottenberg and Nazareth. Here you can read where each project stands and who works on it.',
    listEmpty: 'There are no projects yet.',
    listCount: (n: number) => (n === 1 ? '1 project' : `${n} projects`),
    phaseLabel: 'Phase',
    neighbourhoodsLabel: 'Neighbourhoods',
    pillarsLabel: 'Pillars',
    programmeLabel: 'Funding programme',
    totalBudgetLabel: 'Total budget',
    aboutHeading: 'About the project',
    partnersHeading: 'Partners',
    partnersEmpty: 'No partners have been linked to this project yet.',
    activitiesHeading: 'Activities in this project',
    activitiesEmpty: 'No activities have been linked to this project yet.',
    factsLabel: 'Key facts',
    statusHeading: 'Current status',
    healthLabel: 'Status',
    healthExplanationLabel: 'Explanation of the status',
    progressLabel: 'Progress',
    progressValue: (n: number) => `${n}% of the milestones (by weight) done`,
    progressUnknown: 'Not known yet: there are no milestones.',
    overdueLabel: 'Overdue milestones',
    milestonesHeading: 'Milestones',
    milestonesEmpty: 'There are no milestones yet.',
    milestoneTitle: 'Milestone',
    plannedDate: 'Planned',
    actualDate: 'Achieved',
    milestoneStatus: 'Status',
    weight: 'Weight',
    overdueFlag: 'Overdue',
    budgetHeading: 'Budget',
    budgetEmpty: 'There are no budget lines yet.',
    fundingSource: 'Funding source',
    allocated: 'Allocated',
    committed: 'Committed',
    spent: 'Spent',
    utilisation: 'Utilisation',
    utilisationHelp: 'Utilisation is the amount spent as a share of the amount allocated.',
    total: 'Total',
    timelineHeading: 'Timeline',
    timelineEmpty: 'No updates or changes yet.',
    updateBadge: 'Progress update',
    eventBadge: 'Change',
    eventPhase: (from: string, to: string) => `Phase changed from ${from} to ${to}.`,
    eventHealth: (from: string, to: string) => `Status changed from ${from} to ${to}.`,
    eventMilestoneAdded: (title: string, date: string) => `Milestone added: ${title} (planned ${date}).`,
    eventMilestoneStatus: (title: string, from: string, to: string) => `Milestone ${title}: ${from} → ${to}.`,
    eventMilestoneRescheduled: (title: string, from: string, to: string) => `Milestone ${title} moved from ${from} to ${to}.`,
    eventMilestoneRemoved: (title: string) => `Milestone removed: ${title}.`,
    postedBy: (org: string) => `On behalf of ${org}`,
    reportsHeading: 'Quarterly reports',
    reportsEmpty: 'No quarterly reports have been frozen yet.',
    reportFrozenOn: (date: string) => `frozen on ${date}`,
    reportView: 'View and print',
    reportCsv: 'CSV',
    reportJson: 'JSON',
    feedLink: 'Follow the progress updates (Atom feed)',
    printHint: "This page prints as a status report: use your browser's print function.",
    manageLink: 'Manage project',
    manageProjectsLink: 'Manage projects',
    postUpdateLink: 'Post a progress update',
    ownUpdatesHeading: "Your organisation's progress updates",
    ownUpdatesEmpty: 'Your organisation has not submitted progress updates for this project yet.',
    reviseLink: 'Revise and resubmit',
    reviewComment: 'Comment from the programme team',
    publicNote: 'You are seeing the public part of this project.',
    statusFor: (title: string) => `Status of ${title}`,
  },
);

/** The freeze form on the status page, also the heading of the snapshots feature's problem page. */
export const freezeTexts = defineTexts(
  {
    freezeHeading: 'Kwartaalrapportage vastleggen',
    freezeIntro:
      'Legt de huidige stand vast — fase, status, voortgang, mijlpalen, begroting — met de voortgangsberichten en wijzigingen van het gekozen kwartaal. Een vastgelegde rapportage verandert daarna nooit meer.',
    fieldPeriod: 'Kwartaal',
    freeze: 'Rapportage vastleggen',
  },
  {
    freezeHeading: 'Freeze a quarterly report',
    freezeIntro:
      'Records the current state — phase, status, progress, milestones, budget — with the progress updates and changes of the chosen quarter. A frozen report never changes afterwards.',
    fieldPeriod: 'Quarter',
    freeze: 'Freeze report',
  },
);

/** The notice on the project page after a progress update was sent (the project-updates feature redirects here). */
export const updateNoticeTexts = defineTexts(
  {
    published: 'Het voortgangsbericht is gepubliceerd.',
    submitted: 'Het voortgangsbericht is ingediend. U hoort het zodra het programmateam het heeft beoordeeld.',
  },
  {
    published: 'The progress update has been published.',
    submitted: 'The progress update has been submitted. You will hear from us once the programme team has reviewed it.',
  },
);
