import { defineTexts } from '../../i18n';

const NL_ORDINALS: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' };
const EN_ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** The wording of schedules beyond "elke dinsdag": every N weeks, monthly, a series, holidays, today/tomorrow. */
export const scheduleTexts = defineTexts(
  {
    everyOtherWeek: (days: string, time: string) => `om de week op ${days} ${time}`,
    everyNWeeks: (n: number, days: string, time: string) => `om de ${n} weken op ${days} ${time}`,
    ordinal: (ordinal: number) => NL_ORDINALS[String(ordinal)] ?? '',
    monthlyByDay: (ordinals: string, days: string, time: string) => `elke ${ordinals} ${days} van de maand ${time}`,
    monthlyByDate: (day: number, time: string) => `elke maand op de ${day}e ${time}`,
    series: (count: number, from: string, until: string) =>
      count === 1 ? `1 bijeenkomst, op ${from}` : `${count} bijeenkomsten, van ${from} tot ${until}`,
    seriesTime: (time: string) => time,
    notInHolidays: 'niet in de schoolvakanties',
    today: 'Vandaag',
    tomorrow: 'Morgen',
    dayMonth: (weekday: string, day: number, month: string) => `${weekday} ${day} ${month}`,
    // The agenda (per day)
    agendaTitle: 'Agenda per dag',
    agendaIntro: 'Wat is er wanneer te doen in Pottenberg en Nazareth? Per dag alle bijeenkomsten, op begintijd.',
    viewLabel: 'Weergave',
    viewList: 'Lijst',
    viewDays: 'Per dag',
    quickLabel: 'Snel kiezen',
    quick: (period: string) => ({ vandaag: 'Vandaag', morgen: 'Morgen', weekend: 'Dit weekend', week: 'Deze week' })[period] ?? period,
    quickAll: 'Alle dagen',
    agendaEmpty: 'Op deze dagen staat niets in de agenda. Kies andere dagen of minder filters.',
    agendaNext: 'Verder in de agenda',
    agendaPrevious: 'Eerder in de agenda',
    agendaPager: 'Bladeren in de agenda',
    agendaBy: (organisation: string) => `door ${organisation}`,
  },
  {
    everyOtherWeek: (days: string, time: string) => `every other week on ${days} ${time}`,
    everyNWeeks: (n: number, days: string, time: string) => `every ${n} weeks on ${days} ${time}`,
    ordinal: (ordinal: number) => EN_ORDINALS[String(ordinal)] ?? '',
    monthlyByDay: (ordinals: string, days: string, time: string) => `every ${ordinals} ${days} of the month ${time}`,
    monthlyByDate: (day: number, time: string) => `every month on day ${day} ${time}`,
    series: (count: number, from: string, until: string) => (count === 1 ? `1 session, on ${from}` : `${count} sessions, from ${from} to ${until}`),
    seriesTime: (time: string) => time,
    notInHolidays: 'not during the school holidays',
    today: 'Today',
    tomorrow: 'Tomorrow',
    dayMonth: (weekday: string, day: number, month: string) => `${weekday} ${day} ${month}`,
    agendaTitle: 'Agenda by day',
    agendaIntro: 'What is on when in Pottenberg and Nazareth? Every session per day, by start time.',
    viewLabel: 'View',
    viewList: 'List',
    viewDays: 'By day',
    quickLabel: 'Quick choice',
    quick: (period: string) => ({ vandaag: 'Today', morgen: 'Tomorrow', weekend: 'This weekend', week: 'This week' })[period] ?? period,
    quickAll: 'All days',
    agendaEmpty: 'Nothing is on these days. Choose other days or fewer filters.',
    agendaNext: 'Later in the agenda',
    agendaPrevious: 'Earlier in the agenda',
    agendaPager: 'Browse the agenda',
    agendaBy: (organisation: string) => `by ${organisation}`,
  },
);
