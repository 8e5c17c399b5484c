import type { JoinMethod, TargetGroup } from '../../db/enums';
import { defineTexts } from '../../i18n';
import { COUNT_CAP } from './count-cap';

const NL_WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const NL_TARGET_GROUPS: Record<TargetGroup, string> = {
  everyone: 'Iedereen',
  children: 'Kinderen',
  youth: 'Jongeren',
  parents: 'Ouders',
  adults: 'Volwassenen',
  seniors: 'Ouderen',
  newcomers: 'Nieuwkomers',
  professionals: 'Professionals',
};
const EN_TARGET_GROUPS: Record<TargetGroup, string> = {
  everyone: 'Everyone',
  children: 'Children',
  youth: 'Young people',
  parents: 'Parents',
  adults: 'Adults',
  seniors: 'Older people',
  newcomers: 'Newcomers',
  professionals: 'Professionals',
};

const NL_JOIN: Record<JoinMethod, string> = {
  'walk-in': 'U kunt gewoon binnenlopen; aanmelden is niet nodig.',
  link: 'Aanmelden via de website:',
  email: 'Aanmelden per e-mail:',
  phone: 'Aanmelden per telefoon:',
};
const EN_JOIN: Record<JoinMethod, string> = {
  'walk-in': 'Just walk in; no need to sign up.',
  link: 'Sign up on the website:',
  email: 'Sign up by e-mail:',
  phone: 'Sign up by phone:',
};

/** "a", "a en b", "a, b en c" */
function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export const activityTexts = defineTexts(
  {
    // Calendar words
    weekday: (index: number) => NL_WEEKDAYS[index] ?? '',
    month: (index: number) => NL_MONTHS[index] ?? '',
    list: (items: string[]) => joinList(items, 'en'),
    date: (weekday: string, day: number, month: string, year: number) => `${weekday} ${day} ${month} ${year}`,
    dateWithoutWeekday: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    timeRange: (start: string, end: string) => `${start}–${end}`,
    onceWhen: (date: string, time: string) => `${date}, ${time}`,
    weeklyWhen: (days: string, time: string) => `elke ${days} ${time}`,
    periodFrom: (date: string) => `vanaf ${date}`,
    periodUntil: (date: string) => `tot en met ${date}`,
    periodBetween: (from: string, until: string) => `van ${from} tot en met ${until}`,
    exceptions: (dates: string) => `niet op ${dates}`,
    nextTime: (date: string) => `Volgende keer: ${date}`,
    // Labels of stored codes
    targetGroup: (code: TargetGroup) => NL_TARGET_GROUPS[code],
    join: (method: JoinMethod) => NL_JOIN[method],
    free: 'Gratis',
    cost: (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`,
    // Card and detail
    when: 'Wanneer',
    where: 'Waar',
    organiser: 'Organisatie',
    together: 'Samen met',
    costLabel: 'Kosten',
    pillarsLabel: 'Pijlers',
    neighbourhoodsLabel: 'Wijken',
    targetGroupsLabel: 'Voor wie',
    joinLabel: 'Meedoen',
    contactLabel: 'Contact',
    accessibilityLabel: 'Toegankelijkheid',
    languagesLabel: 'Talen',
    aboutLabel: 'Over deze activiteit',
    nextDatesLabel: 'Eerstvolgende data',
    noNextDates: 'Er staan op dit moment geen volgende data gepland.',
    demoNote: 'Dit is een voorbeeldactiviteit (demo) om het portaal te laten zien. Ze vindt niet echt plaats.',
    backToList: 'Terug naar alle activiteiten',
    // List page
    listTitle: 'Activiteiten',
    listIntro: 'Wat is er te doen in Pottenberg en Nazareth? Zoek op een woord of kies onder Filters een pijler, wijk, doelgroep of datum.',
    filtersLabel: 'Activiteiten zoeken en filteren',
    searchLabel: 'Zoek op woord',
    searchHint: 'Bijvoorbeeld: taalcafé, wandelen of spreekuur',
    pillarLabel: 'Pijler',
    allPillars: 'Alle pijlers',
    neighbourhoodLabel: 'Wijk',
    allNeighbourhoods: 'Alle wijken',
    targetGroupLabel: 'Voor wie',
    allTargetGroups: 'Alle doelgroepen',
    fromLabel: 'Vanaf datum',
    untilLabel: 'Tot en met datum',
    dateHint: 'Bijvoorbeeld 2026-03-14',
    thisWeekLabel: 'Alleen deze week',
    applyFilters: 'Toon activiteiten',
    clearFilters: 'Wis alle filters',
    resultsHeading: 'Resultaten',
    resultCount: (count: number) =>
      count === 0
        ? 'Geen activiteiten gevonden.'
        : count === 1
          ? '1 activiteit gevonden.'
          : count > COUNT_CAP
            ? `Meer dan ${COUNT_CAP} activiteiten gevonden. Kies een pijler, wijk of datum om er minder te zien.`
            : `${count} activiteiten gevonden.`,
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}.`,
    pageNumber: (page: number) => `Pagina ${page}.`,
    noResults: 'Er zijn geen activiteiten die bij uw keuze passen. Probeer een ander woord of minder filters.',
    paginationLabel: 'Paginanummers',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    pageLink: (page: number) => `Pagina ${page}`,
    firstPageLink: 'Ga naar pagina 1',
    lastPageLink: (page: number) => `Ga naar de laatste pagina (${page})`,
    // Messages about the query (bad input is shown back as data, never used as markup)
    noticesLabel: 'Let op',
    unknownPillar: (value: string) => `De pijler “${shorten(value)}” bestaat niet. We tonen de activiteiten van alle pijlers.`,
    unknownNeighbourhood: (value: string) => `De wijk “${shorten(value)}” kennen we niet. We tonen de activiteiten in alle wijken.`,
    unknownTargetGroup: (value: string) => `De doelgroep “${shorten(value)}” kennen we niet. We tonen de activiteiten voor alle doelgroepen.`,
    invalidFrom: (value: string) =>
      `“${shorten(value)}” is geen geldige vanaf-datum. Gebruik de vorm 2026-03-14. We hebben deze datum niet gebruikt.`,
    invalidUntil: (value: string) => `“${shorten(value)}” is geen geldige tot-datum. Gebruik de vorm 2026-03-14. We hebben deze datum niet gebruikt.`,
    untilBeforeFrom: 'De tot-datum ligt vóór de vanaf-datum. We hebben de tot-datum niet gebruikt.',
    unknownPeriod: (value: string) => `De periode “${shorten(value)}” kennen we niet. We tonen alle datums.`,
    searchTooLong: (max: number) => `Uw zoektekst is erg lang. We zoeken alleen op de eerste ${max} tekens.`,
    searchTooManyWords: (max: number) => `We zoeken op de eerste ${max} woorden van uw zoektekst.`,
    searchNoWords: 'Uw zoektekst bevat geen letters of cijfers om op te zoeken. We tonen alle activiteiten.',
    invalidPage: (value: string) => `“${shorten(value)}” is geen paginanummer. We tonen pagina 1.`,
    pageOutOfRange: (page: number, pages: number) =>
      pages === 1
        ? `Pagina ${page} bestaat niet: er is maar 1 pagina met resultaten.`
        : `Pagina ${page} bestaat niet: er zijn ${pages} pagina's met resultaten.`,
    pageNotFound: (page: number) => `Pagina ${page} bestaat niet: zoveel resultaten zijn er niet.`,
    pageChanged: 'De resultaten zijn intussen veranderd, daardoor is deze pagina leeg. Begin opnieuw bij pagina 1.',
  },
  {
    weekday: (index: number) => EN_WEEKDAYS[index] ?? '',
    month: (index: number) => EN_MONTHS[index] ?? '',
    list: (items: string[]) => joinList(items, 'and'),
    date: (weekday: string, day: number, month: string, year: number) => `${weekday} ${day} ${month} ${year}`,
    dateWithoutWeekday: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    timeRange: (start: string, end: string) => `${start}–${end}`,
    onceWhen: (date: string, time: string) => `${date}, ${time}`,
    weeklyWhen: (days: string, time: string) => `every ${days} ${time}`,
    periodFrom: (date: string) => `from ${date}`,
    periodUntil: (date: string) => `until ${date}`,
    periodBetween: (from: string, until: string) => `from ${from} until ${until}`,
    exceptions: (dates: string) => `not on ${dates}`,
    nextTime: (date: string) => `Next time: ${date}`,
    targetGroup: (code: TargetGroup) => EN_TARGET_GROUPS[code],
    join: (method: JoinMethod) => EN_JOIN[method],
    free: 'Free',
    cost: (cents: number) => `€${(cents / 100).toFixed(2)}`,
    when: 'When',
    where: 'Where',
    organiser: 'Organisation',
    together: 'Together with',
    costLabel: 'Cost',
    pillarsLabel: 'Pillars',
    neighbourhoodsLabel: 'Neighbourhoods',
    targetGroupsLabel: 'For whom',
    joinLabel: 'How to join',
    contactLabel: 'Contact',
    accessibilityLabel: 'Accessibility',
    languagesLabel: 'Languages',
    aboutLabel: 'About this activity',
    nextDatesLabel: 'Next dates',
    noNextDates: 'No further dates are planned at the moment.',
    demoNote: 'This is an example activity (demo) to show the portal. It does not really take place.',
    backToList: 'Back to all activities',
    listTitle: 'Activities',
    listIntro: "What's on in Pottenberg and Nazareth? Search for a word or choose a pillar, neighbourhood, target group or date under Filters.",
    filtersLabel: 'Search and filter activities',
    searchLabel: 'Search for a word',
    searchHint: 'For example: language café, walking or consultation hour',
    pillarLabel: 'Pillar',
    allPillars: 'All pillars',
    neighbourhoodLabel: 'Neighbourhood',
    allNeighbourhoods: 'All neighbourhoods',
    targetGroupLabel: 'For whom',
    allTargetGroups: 'All target groups',
    fromLabel: 'From date',
    untilLabel: 'Until date',
    dateHint: 'For example 2026-03-14',
    thisWeekLabel: 'This week only',
    applyFilters: 'Show activities',
    clearFilters: 'Clear all filters',
    resultsHeading: 'Results',
    resultCount: (count: number) =>
      count === 0
        ? 'No activities found.'
        : count === 1
          ? '1 activity found.'
          : count > COUNT_CAP
            ? `More than ${COUNT_CAP} activities found. Choose a pillar, neighbourhood or date to see fewer.`
            : `${count} activities found.`,
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}.`,
    pageNumber: (page: number) => `Page ${page}.`,
    noResults: 'No activities match your choice. Try another word or fewer filters.',
    paginationLabel: 'Page numbers',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageLink: (page: number) => `Page ${page}`,
    firstPageLink: 'Go to page 1',
    lastPageLink: (page: number) => `Go to the last page (${page})`,
    noticesLabel: 'Please note',
    unknownPillar: (value: string) => `The pillar “${shorten(value)}” does not exist. We show the activities of all pillars.`,
    unknownNeighbourhood: (value: string) => `We do not know the neighbourhood “${shorten(value)}”. We show the activities in all neighbourhoods.`,
    unknownTargetGroup: (value: string) => `We do not know the target group “${shorten(value)}”. We show the activities for all target groups.`,
    invalidFrom: (value: string) => `“${shorten(value)}” is not a valid from date. Use the form 2026-03-14. We did not use this date.`,
    invalidUntil: (value: string) => `“${shorten(value)}” is not a valid until date. Use the form 2026-03-14. We did not use this date.`,
    untilBeforeFrom: 'The until date is before the from date. We did not use the until date.',
    unknownPeriod: (value: string) => `We do not know the period “${shorten(value)}”. We show all dates.`,
    searchTooLong: (max: number) => `Your search text is very long. We only search for the first ${max} characters.`,
    searchTooManyWords: (max: number) => `We search for the first ${max} words of your search text.`,
    searchNoWords: 'Your search text has no letters or digits to search for. We show all activities.',
    invalidPage: (value: string) => `“${shorten(value)}” is not a page number. We show page 1.`,
    pageOutOfRange: (page: number, pages: number) =>
      pages === 1
        ? `Page ${page} does not exist: there is only 1 page of results.`
        : `Page ${page} does not exist: there are ${pages} pages of results.`,
    pageNotFound: (page: number) => `Page ${page} does not exist: there are not that many results.`,
    pageChanged: 'The results have changed in the meantime, so this page is empty. Start again at page 1.',
  },
);

export type ActivityTexts = (typeof activityTexts)['nl'];
