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
  },
  {
    everyOtherWeek: (days: string, time: string) => `every other week on ${days} ${time}`,
    everyNWeeks: (n: number, days: string, time: string) => `every ${n} weeks on ${days} ${time}`,
    ordinal: (ordinal: number) => EN_ORDINALS[String(ordinal)] ?? '',
    monthlyByDay: (ordinals: string, days: string, time: string) => `every ${ordinals} ${days} of the month ${time}`,
    monthlyByDate: (day: number, time: string) => `every month on day ${day} ${time}`,
    series: (count: number, from: string, until: string) =>
      count === 1 ? `1 session, on ${from}` : `${count} sessions, from ${from} to ${until}`,
    seriesTime: (time: string) => time,
    notInHolidays: 'not during the school holidays',
    today: 'Today',
    tomorrow: 'Tomorrow',
    dayMonth: (weekday: string, day: number, month: string) => `${weekday} ${day} ${month}`,
  },
);
