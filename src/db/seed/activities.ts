import { sql, type SQL } from 'drizzle-orm';
import { calendarDate, addDays, endOfWeek, weekdayIndex } from '../../features/activities/dates';
import { occurrenceStatements } from '../../features/activities/occurrences';
import type { HolidayPeriod } from '../../features/activities/recurrence';
import { ordinalMask, weekdayMask, type Schedule } from '../../features/activities/schedule';
import type { Db } from '../client';
import { OPEN_END_DATE, type JoinMethod, type PillarId, type TargetGroup } from '../enums';
import { activities, activityExceptions, holidayPeriods, activityNeighbourhoods, activityOrganisers, activityPillars, activityTargetGroups } from '../schema';
import { neighbourhoodIdBySlug, organisationIdBySlug, type SeedStatement } from './ids';

// Weekday indexes as stored in the bit mask (bit 0 = Monday).
const MA = 0, DI = 1, WO = 2, DO = 3, VR = 4, ZA = 5, ZO = 6;

type When =
  /** One-off, `day` days from today (negative: already past). `thisWeek` keeps it inside the current week. */
  | { once: number; thisWeek?: boolean }
  /** Weekly on these weekdays; starts `startsIn` days from today (default: running for two months), optional end. */
  | { weekly: number[]; startsIn?: number; endsIn?: number; cancelNext?: number[]; every?: 2 | 3 | 4; pause?: boolean }
  /** Monthly on these ordinals (1–4, -1 = last) of one weekday. */
  | { monthly: number[]; weekday: number; startsIn?: number }
  /** A series of `series` dates, one a week on `weekday`, the first on or after `startsIn` days from today. */
  | { series: number; weekday: number; startsIn: number };

type DemoActivity = {
  organisation: string;
  coOrganisers?: string[];
  title: string;
  summary: string;
  description: string;
  location: [name: string, street: string];
  pillars: PillarId[];
  neighbourhoods: ('pottenberg' | 'nazareth')[];
  targetGroups: TargetGroup[];
  when: When;
  time: [start: string, end: string];
  costCents?: number;
  join: JoinMethod;
  joinDetail?: string;
  contact?: { name: string; email?: string; phone?: string };
  accessibility?: string;
  languages?: string;
};

const DEMO_NOTE = 'Voorbeeldactiviteit (demo): bedacht om het portaal te laten zien, deze activiteit vindt niet echt plaats.';
const both: DemoActivity['neighbourhoods'] = ['pottenberg', 'nazareth'];
const GP = ['Gemeenschapshuis Pottenberg', 'Terra Cottaplein'] as [string, string];
const GN = ['Gemeenschapshuis Nazareth', 'Miradorplein'] as [string, string];
const TREFPUNT = ['Trefpunt', 'Miradorplein'] as [string, string];
const wheelchair = 'Rolstoeltoegankelijk, met invalidentoilet.';

/** At least 40 plausible activities of the seeded partners, over all pillars, neighbourhoods, target groups and weekdays. */
export const DEMO_ACTIVITIES: DemoActivity[] = [
  { organisation: 'trajekt', title: 'Inloopspreekuur Trajekt Pottenberg', summary: 'Vragen over geld, wonen, zorg of opvoeding? Loop binnen bij de sociaal werker.', description: 'Een sociaal werker van Trajekt denkt met u mee en zoekt samen met u uit wie u verder kan helpen. Neem gerust iemand mee.', location: GP, pillars: ['livelihood', 'health'], neighbourhoods: ['pottenberg'], targetGroups: ['adults', 'seniors', 'parents'], when: { weekly: [DI] }, time: ['10:00', '12:00'], join: 'walk-in', accessibility: wheelchair, languages: 'Nederlands, Engels' },
  { organisation: 'trajekt', title: 'Inloopspreekuur Trajekt Nazareth', summary: 'Elke week een sociaal werker in de buurt voor al uw vragen.', description: 'Zonder afspraak binnenlopen met vragen over geld, werk, wonen of gezondheid. De koffie staat klaar.', location: TREFPUNT, pillars: ['livelihood', 'health'], neighbourhoods: ['nazareth'], targetGroups: ['adults', 'seniors', 'newcomers'], when: { weekly: [DO] }, time: ['13:30', '15:30'], join: 'walk-in', languages: 'Nederlands, Arabisch, Turks' },
  { organisation: 'envida', title: 'Valpreventie: sterk en stabiel', summary: 'Oefeningen voor evenwicht en spierkracht, zodat u minder snel valt.', description: 'Een fysiotherapeut van Envida begeleidt een groep van maximaal twaalf deelnemers. Na tien weken doet u de oefeningen ook thuis.', location: GN, pillars: ['health'], neighbourhoods: both, targetGroups: ['seniors'], when: { weekly: [MA], startsIn: -30, endsIn: 90 }, time: ['10:00', '11:00'], costCents: 250, join: 'phone', joinDetail: '043 000 00 11', contact: { name: 'Team valpreventie Envida', phone: '043 000 00 11' }, accessibility: wheelchair },
  { organisation: 'maastricht-sport', title: 'Buurtsport Pottenberg', summary: 'Sporten en spelen op het trapveld met de buurtsportcoach.', description: 'Voetbal, trefbal, hockey en andere spellen. Sportkleding is niet nodig, gympen wel.', location: ['Trapveld Pottenberg', 'Terra Cottaplein'], pillars: ['health', 'equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['children', 'youth'], when: { weekly: [WO] }, time: ['15:00', '16:30'], join: 'walk-in' },
  { organisation: 'maastricht-sport', title: 'Buurtsport Nazareth', summary: 'Elke vrijdag sport en spel voor kinderen en jongeren.', description: 'De buurtsportcoach van Maastricht Sport organiseert elke week iets anders. Bij slecht weer in de gymzaal.', location: ['Sportveld Nazareth', 'Miradorplein'], pillars: ['health', 'equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['children', 'youth'], when: { weekly: [VR] }, time: ['15:30', '17:00'], join: 'walk-in' },
  { organisation: 'trefpunt', title: 'Taalcafé Nazareth', summary: 'Samen Nederlands oefenen in een ontspannen sfeer.', description: 'Vrijwilligers praten met u over alledaagse onderwerpen. Elk niveau is welkom, ook als u net begint.', location: TREFPUNT, pillars: ['livelihood', 'equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['newcomers', 'adults'], when: { weekly: [WO] }, time: ['19:00', '20:30'], join: 'walk-in', languages: 'Nederlands, Engels, Arabisch' },
  { organisation: 'bewonerskrachten', title: 'Taalcafé Pottenberg', summary: 'Op zaterdagochtend Nederlands praten met buurtgenoten.', description: 'Bewoners helpen elkaar met de taal. We lezen de krant, oefenen gesprekken en drinken samen koffie.', location: GP, pillars: ['livelihood', 'equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['newcomers'], when: { weekly: [ZA] }, time: ['10:30', '12:00'], join: 'walk-in', languages: 'Nederlands' },
  { organisation: 'sociale-teams', title: 'Schuldhulp-spreekuur', summary: 'Geldzorgen of schulden? Maak een afspraak met de schuldhulpverlener.', description: 'Samen brengen we uw situatie in kaart en kijken we wat de eerste stap is. Neem uw post en rekeningen mee.', location: GP, pillars: ['livelihood'], neighbourhoods: both, targetGroups: ['adults'], when: { weekly: [MA] }, time: ['13:00', '15:00'], join: 'email', joinDetail: 'schuldhulp@sociaalteam.example', contact: { name: 'Sociaal team', email: 'schuldhulp@sociaalteam.example' } },
  { organisation: 'terra-nigra-school', coOrganisers: ['jeugdwerk'], title: 'Huiswerkbegeleiding Terra Nigra', summary: 'Hulp bij huiswerk en leren plannen, na schooltijd.', description: 'Leerkrachten en vrijwilligers van het jeugdwerk helpen kinderen van groep 6 tot en met 8 met huiswerk, lezen en rekenen.', location: ['Terra Nigra school', 'Terra Cottaplein'], pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['children'], when: { weekly: [DI, DO] }, time: ['15:00', '16:30'], join: 'email', joinDetail: 'huiswerk@terranigra.example' },
  { organisation: 'buurtnetwerk-nazareth', coOrganisers: ['woonpunt'], title: 'Buurtmoestuin Miradorplein', summary: 'Samen zaaien, wieden en oogsten in de moestuin van de buurt.', description: 'Geen ervaring nodig. Gereedschap is er; de oogst delen we met elkaar.', location: ['Buurtmoestuin', 'Miradorplein'], pillars: ['health', 'equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['everyone'], when: { weekly: [ZA] }, time: ['10:00', '12:00'], join: 'walk-in' },
  { organisation: 'buurtnetwerk-pottenberg', title: 'Wandelgroep Pottenberg', summary: 'Een uur wandelen door de wijk en het Jekerdal, in uw eigen tempo.', description: 'We vertrekken bij het gemeenschapshuis en sluiten af met koffie.', location: GP, pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['seniors', 'adults'], when: { weekly: [DO] }, time: ['09:30', '10:30'], join: 'walk-in' },
  { organisation: 'trefpunt', title: 'Koffie-ochtend Trefpunt', summary: 'Gezellig een kopje koffie drinken en buurtgenoten ontmoeten.', description: 'Iedereen is welkom. Er is altijd een vrijwilliger die u wegwijs maakt.', location: TREFPUNT, pillars: ['health', 'equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['everyone', 'seniors'], when: { weekly: [MA, VR] }, time: ['10:00', '11:30'], costCents: 50, join: 'walk-in', accessibility: wheelchair },
  { organisation: 'mondriaan', title: 'Lotgenotengroep: omgaan met somberheid', summary: 'Ervaringen delen met anderen die zich somber voelen, onder begeleiding.', description: 'Acht bijeenkomsten met een ervaringsdeskundige en een psycholoog van Mondriaan. Aanmelden vooraf, een verwijzing is niet nodig.', location: GN, pillars: ['health'], neighbourhoods: both, targetGroups: ['adults'], when: { weekly: [WO], startsIn: 14, endsIn: 14 + 7 * 8 }, time: ['14:00', '15:30'], join: 'phone', joinDetail: '043 000 00 22' },
  { organisation: 'ggd-zuid-limburg', title: 'Inloop jeugdgezondheidszorg', summary: 'Vragen over groei, voeding of slapen van uw kind? Loop binnen.', description: 'Een jeugdverpleegkundige van de GGD weegt en meet uw kind en beantwoordt uw vragen.', location: GP, pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['parents', 'children'], when: { weekly: [DO] }, time: ['09:00', '11:00'], join: 'walk-in' },
  { organisation: 'levanto', title: 'Werkcafé: samen op weg naar werk', summary: 'Hulp bij solliciteren, je cv en het vinden van werk of vrijwilligerswerk.', description: 'Elke week een werkcoach van Levanto. Neem uw laptop of telefoon mee als u die heeft.', location: TREFPUNT, pillars: ['livelihood'], neighbourhoods: both, targetGroups: ['adults', 'newcomers'], when: { weekly: [DI] }, time: ['13:30', '15:00'], join: 'link', joinDetail: 'https://levanto.example/werkcafe' },
  { organisation: 'cultuurmakers', title: 'Kinderatelier: tekenen en kleien', summary: 'Creatief bezig zijn met klei, verf en papier.', description: 'Een kunstenaar laat elke week een nieuwe techniek zien. Oude kleren aan!', location: GP, pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['children'], when: { weekly: [WO] }, time: ['14:00', '15:30'], costCents: 100, join: 'link', joinDetail: 'https://cultuurmakers.example/kinderatelier' },
  { organisation: 'jeugdwerk', title: 'Jongerenavond De Plek', summary: 'Chillen, gamen, praten en muziek maken met leeftijdgenoten.', description: 'De jongerenwerkers zijn er voor een goed gesprek of hulp bij school en werk.', location: ['Jongerenruimte De Plek', 'Miradorplein'], pillars: ['equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['youth'], when: { weekly: [VR] }, time: ['19:00', '22:00'], join: 'walk-in' },
  { organisation: 'wijkverpleging', title: 'Bloeddruk meten bij de wijkverpleegkundige', summary: 'Gratis uw bloeddruk laten meten en vragen stellen over uw gezondheid.', description: 'De wijkverpleegkundige geeft ook advies over medicijnen, voeding en bewegen.', location: TREFPUNT, pillars: ['health'], neighbourhoods: ['nazareth'], targetGroups: ['seniors'], when: { weekly: [DI] }, time: ['10:00', '11:00'], join: 'walk-in' },
  { organisation: 'armeense-kerk', title: 'Ontmoetingsmaaltijd op zondag', summary: 'Samen eten met buurtgenoten van alle achtergronden.', description: 'Vrijwilligers koken een warme maaltijd. Wie het niet kan betalen, eet gratis mee.', location: ['Armeense kerk', 'Miradorplein'], pillars: ['equal-chances', 'health'], neighbourhoods: ['nazareth'], targetGroups: ['everyone'], when: { weekly: [ZO] }, time: ['12:30', '14:00'], costCents: 350, join: 'phone', joinDetail: '043 000 00 33', languages: 'Nederlands, Armeens, Engels' },
  { organisation: 'opbouwwerk', title: 'Buurtkamer Pottenberg', summary: 'De huiskamer van de wijk: binnenlopen, meedenken en ideeën delen.', description: 'De opbouwwerker helpt bewoners die iets willen organiseren of verbeteren in de buurt.', location: GP, pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['everyone'], when: { weekly: [WO] }, time: ['10:00', '12:00'], join: 'walk-in' },
  { organisation: 'buurtvereniging-en-clubs', title: 'Seniorengym', summary: 'Rustig bewegen op muziek, ook op de stoel.', description: 'Onder leiding van een vaste docent. U kunt eerst twee keer gratis meedoen.', location: GP, pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['seniors'], when: { weekly: [VR] }, time: ['10:00', '11:00'], costCents: 200, join: 'walk-in', accessibility: wheelchair },
  { organisation: 'gemeente-maastricht', title: 'Spreekuur Veerkrachtige Wijken', summary: 'Praat mee over de plannen voor uw wijk met het programmateam.', description: 'Heeft u een idee of een zorg over Pottenberg of Nazareth? Het programmateam luistert en neemt het mee.', location: GN, pillars: ['equal-chances', 'livelihood'], neighbourhoods: both, targetGroups: ['everyone', 'professionals'], when: { weekly: [DO] }, time: ['16:00', '17:30'], join: 'walk-in' },
  { organisation: 'servatius', title: 'Woonspreekuur Servatius', summary: 'Vragen over uw huurwoning, onderhoud of huurachterstand.', description: 'Een wijkconsulent van Servatius helpt u verder. Maak vooraf een afspraak per e-mail.', location: GP, pillars: ['livelihood'], neighbourhoods: ['pottenberg'], targetGroups: ['adults'], when: { weekly: [MA] }, time: ['09:00', '10:30'], join: 'email', joinDetail: 'wijkconsulent@servatius.example' },
  { organisation: 'woonpunt', title: 'Woonspreekuur Woonpunt', summary: 'De wijkconsulent van Woonpunt beantwoordt uw vragen over wonen.', description: 'Over reparaties, buren, verhuizen of huur. Bel vooraf voor een afspraak.', location: TREFPUNT, pillars: ['livelihood'], neighbourhoods: ['nazareth'], targetGroups: ['adults', 'seniors'], when: { weekly: [WO] }, time: ['09:00', '10:30'], join: 'phone', joinDetail: '043 000 00 44' },
  { organisation: 'trajekt', title: 'Mama-café: ouders ontmoeten elkaar', summary: 'Ouders met jonge kinderen ontmoeten elkaar; de kinderen spelen mee.', description: 'Elke week een ander thema, zoals slapen, voeding of naar school gaan.', location: TREFPUNT, pillars: ['equal-chances', 'health'], neighbourhoods: ['nazareth'], targetGroups: ['parents'], when: { weekly: [VR] }, time: ['09:00', '10:30'], join: 'walk-in', languages: 'Nederlands, Engels, Arabisch' },
  { organisation: 'maastricht-sport', title: 'Walking football 60+', summary: 'Voetballen zonder rennen: goed voor conditie en gezelligheid.', description: 'Samen met Maastricht Sport. Geen ervaring nodig; de eerste keer is gratis.', location: ['Sportveld Pottenberg', 'Terra Cottaplein'], pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['seniors'], when: { weekly: [DI], cancelNext: [1] }, time: ['14:00', '15:00'], costCents: 150, join: 'link', joinDetail: 'https://maastrichtsport.example/walking-football' },
  { organisation: 'envida', coOrganisers: ['wijkverpleging'], title: 'Geheugenfitness', summary: 'Uw geheugen trainen met spelletjes, puzzels en gesprekken.', description: 'Voor iedereen die scherp wil blijven. Een begeleider van Envida leidt de groep.', location: GN, pillars: ['health'], neighbourhoods: ['nazareth'], targetGroups: ['seniors'], when: { weekly: [DO], cancelNext: [0, 2] }, time: ['14:00', '15:30'], costCents: 250, join: 'phone', joinDetail: '043 000 00 55' },
  { organisation: 'sociale-teams', title: 'Formulierenhulp', summary: 'Hulp bij het invullen van formulieren en brieven van instanties.', description: 'Toeslagen, belastingaangifte, uitkering of een brief die u niet begrijpt: vrijwilligers helpen u.', location: GP, pillars: ['livelihood'], neighbourhoods: ['pottenberg'], targetGroups: ['adults', 'seniors', 'newcomers'], when: { weekly: [DO] }, time: ['10:00', '12:00'], join: 'walk-in' },
  { organisation: 'bewonerskrachten', title: 'Kookclub gezond en goedkoop', summary: 'Samen koken en eten voor weinig geld.', description: 'We koken met seizoensgroente en delen recepten die u thuis makkelijk maakt.', location: GP, pillars: ['health', 'livelihood'], neighbourhoods: ['pottenberg'], targetGroups: ['adults', 'parents'], when: { weekly: [DI] }, time: ['17:30', '19:30'], costCents: 300, join: 'email', joinDetail: 'kookclub@bewonerskrachten.example' },
  { organisation: 'gemeenschapshuis-nazareth', title: 'Kaartmiddag: rikken en jokeren', summary: 'Een gezellige middag kaarten met buurtgenoten.', description: 'Beginners leren het spel van de vaste spelers. Koffie en vlaai zijn inbegrepen.', location: GN, pillars: ['health', 'equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['seniors'], when: { weekly: [WO] }, time: ['13:30', '16:30'], costCents: 100, join: 'walk-in' },
  { organisation: 'trajekt', title: 'Budgetcursus: rondkomen met je geld', summary: 'Vijf avonden over je inkomsten, uitgaven en besparen.', description: 'Kleine groep, met een budgetcoach van Trajekt. Aanmelden per e-mail.', location: TREFPUNT, pillars: ['livelihood'], neighbourhoods: both, targetGroups: ['adults'], when: { weekly: [MA], startsIn: 7, endsIn: 7 + 7 * 4 }, time: ['19:00', '21:00'], join: 'email', joinDetail: 'budgetcursus@trajekt.example' },
  { organisation: 'envida', coOrganisers: ['mondriaan'], title: 'Mantelzorgcafé', summary: 'Even op adem komen en ervaringen delen als mantelzorger.', description: 'Wie zorgt voor een ander, mag ook zelf steun krijgen. Elke week een ander thema.', location: GN, pillars: ['health', 'livelihood'], neighbourhoods: both, targetGroups: ['adults', 'seniors'], when: { weekly: [DO] }, time: ['19:30', '21:00'], join: 'walk-in' },
  { organisation: 'gemeenschapshuis-pottenberg', title: 'Spelletjesmiddag voor kinderen', summary: 'Bordspellen, knutselen en limonade in het gemeenschapshuis.', description: 'Voor kinderen van 4 tot 12 jaar. Ouders zijn welkom om te blijven.', location: GP, pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['children'], when: { weekly: [ZO] }, time: ['14:00', '16:00'], join: 'walk-in' },
  // One-off activities
  { organisation: 'buurtbrok', title: 'Buurtbrunch Nazareth', summary: 'Iedereen neemt iets lekkers mee en we ontbijten samen.', description: 'Een ochtend om buren te leren kennen. Er is ook een kleurhoek voor kinderen.', location: TREFPUNT, pillars: ['equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['everyone'], when: { once: 0 }, time: ['10:00', '12:30'], join: 'walk-in' },
  { organisation: 'buurtnetwerk-pottenberg', title: 'Buurtschoonmaak Pottenberg', summary: 'Samen zwerfafval opruimen; handschoenen en grijpers liggen klaar.', description: 'Na afloop drinken we samen soep in het gemeenschapshuis.', location: GP, pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['everyone'], when: { once: 1, thisWeek: true }, time: ['10:00', '12:00'], join: 'walk-in' },
  { organisation: 'jeugdwerk', title: 'Sportinstuif voor jongeren', summary: 'Een middag sporten en spelen in de gymzaal.', description: 'Basketbal, panna en dans. Kom in sportkleding.', location: ['Gymzaal Pottenberg', 'Terra Cottaplein'], pillars: ['health', 'equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['youth'], when: { once: 2 }, time: ['14:00', '17:00'], join: 'walk-in' },
  { organisation: 'wijkagent', coOrganisers: ['politie'], title: 'Koffie met de wijkagent', summary: 'Maak kennis met de wijkagent en vertel wat u ziet in de buurt.', description: 'Over veiligheid, overlast of inbraakpreventie. Gewoon binnenlopen.', location: TREFPUNT, pillars: ['health'], neighbourhoods: both, targetGroups: ['everyone'], when: { once: 5 }, time: ['10:00', '11:30'], join: 'walk-in' },
  { organisation: 'buurtbrok', title: 'Repair Café Nazareth', summary: 'Kapotte spullen samen repareren in plaats van weggooien.', description: 'Neem uw kapotte lamp, broek of fiets mee. Vrijwilligers helpen u het te maken.', location: TREFPUNT, pillars: ['livelihood'], neighbourhoods: ['nazareth'], targetGroups: ['everyone'], when: { once: 9 }, time: ['13:00', '16:00'], join: 'walk-in' },
  { organisation: 'mondriaan', title: 'Workshop: beter slapen', summary: 'Tips en oefeningen om beter te slapen en minder te piekeren.', description: 'Een interactieve workshop van een psycholoog van Mondriaan.', location: GN, pillars: ['health'], neighbourhoods: ['nazareth'], targetGroups: ['adults'], when: { once: 9 }, time: ['19:30', '21:00'], join: 'link', joinDetail: 'https://mondriaan.example/beter-slapen' },
  { organisation: 'levanto', title: 'Vrijwilligerswerk ontdekken', summary: 'Organisaties uit de buurt vertellen over hun vrijwilligerswerk.', description: 'Ontdek wat bij u past en maak meteen kennis. Ook voor wie Nederlands leert.', location: GN, pillars: ['livelihood'], neighbourhoods: ['nazareth'], targetGroups: ['adults', 'newcomers'], when: { once: 12 }, time: ['14:00', '16:00'], join: 'walk-in' },
  { organisation: 'woonpunt', coOrganisers: ['servatius'], title: 'Energiecoach: informatiebijeenkomst', summary: 'Zo bespaart u op uw energierekening, met gratis bespaarpakket.', description: 'Energiecoaches vertellen over kleine maatregelen en maken een afspraak voor een huisbezoek.', location: GP, pillars: ['livelihood'], neighbourhoods: both, targetGroups: ['adults', 'seniors'], when: { once: 12 }, time: ['19:00', '20:30'], join: 'phone', joinDetail: '043 000 00 66' },
  { organisation: 'buurtbrok', title: 'Repair Café Pottenberg', summary: 'Elke eerste dinsdag van de maand repareren met hulp van handige buurtgenoten.', description: 'Elektrische apparaten, kleding en fietsen. Deelname is gratis, een vrijwillige bijdrage mag.', location: GP, pillars: ['livelihood'], neighbourhoods: ['pottenberg'], targetGroups: ['everyone'], when: { monthly: [1], weekday: DI }, time: ['19:00', '21:30'], join: 'walk-in' },
  { organisation: 'ggd-zuid-limburg', title: 'Informatiemiddag gezond ouder worden', summary: 'Over bewegen, voeding, eenzaamheid en valpreventie.', description: 'Met een korte lezing en een informatiemarkt van partners uit de wijk.', location: GP, pillars: ['health'], neighbourhoods: ['pottenberg'], targetGroups: ['seniors'], when: { once: 16 }, time: ['14:00', '16:00'], join: 'walk-in', accessibility: wheelchair },
  { organisation: 'provincie-limburg', coOrganisers: ['gemeente-maastricht'], title: 'Leernetwerk wijkenaanpak Limburg', summary: 'Professionals uit Limburgse wijkprogramma’s leren van elkaar.', description: 'Met deelnemers uit Sittard-Geleen, Heerlen, Maastricht en Vaals. Aanmelden via de website.', location: GN, pillars: ['equal-chances'], neighbourhoods: both, targetGroups: ['professionals'], when: { once: 23 }, time: ['13:00', '17:00'], join: 'link', joinDetail: 'https://limburg.example/leernetwerk-wijken' },
  { organisation: 'politie', title: 'Veilig online: voorlichting voor ouders', summary: 'Wat doen uw kinderen online, en hoe houdt u het veilig?', description: 'Een wijkagent en een mediacoach geven tips over sociale media, gamen en oplichting.', location: TREFPUNT, pillars: ['health'], neighbourhoods: both, targetGroups: ['parents'], when: { once: 30 }, time: ['19:30', '21:00'], join: 'link', joinDetail: 'https://politie.example/veilig-online' },
  { organisation: 'cultuurmakers', title: 'Straattheater op het Miradorplein', summary: 'Theater, muziek en acrobatiek midden in de wijk.', description: 'Een voorstelling voor jong en oud, gemaakt samen met bewoners.', location: ['Miradorplein', 'Miradorplein'], pillars: ['equal-chances'], neighbourhoods: ['nazareth'], targetGroups: ['everyone', 'children'], when: { once: 45 }, time: ['15:00', '16:30'], join: 'walk-in' },
  // Schedules beyond "every week" (issue 13).
  { organisation: 'buurtnetwerk-nazareth', title: 'Natuurwandeling Jekerdal', summary: 'Om de week op zondag samen wandelen door het Jekerdal.', description: 'Een rustige wandeling van anderhalf uur met een gids van het buurtnetwerk. We vertrekken bij het Miradorplein.', location: ['Miradorplein', 'Miradorplein'], pillars: ['health'], neighbourhoods: ['nazareth'], targetGroups: ['adults', 'seniors'], when: { weekly: [ZO], every: 2, startsIn: -14 }, time: ['10:00', '11:30'], join: 'walk-in' },
  { organisation: 'sociale-teams', title: 'Cursus Grip op je geld', summary: 'Acht avonden over budgetteren, sparen en brieven van instanties.', description: 'In acht bijeenkomsten leert u uw geldzaken op orde te krijgen en te houden. Aanmelden per e-mail; de cursus is gratis.', location: TREFPUNT, pillars: ['livelihood'], neighbourhoods: both, targetGroups: ['adults'], when: { series: 8, weekday: WO, startsIn: 5 }, time: ['19:00', '21:00'], join: 'email', joinDetail: 'geld@sociaalteam.example' },
  { organisation: 'trajekt', title: 'Peuterochtend Pottenberg', summary: 'Spelen, zingen en voorlezen voor peuters en hun ouders; niet in de schoolvakanties.', description: 'Elke dinsdag en donderdag een ochtend voor ouders met kinderen van 2 tot 4 jaar. In de schoolvakanties is er geen peuterochtend.', location: GP, pillars: ['health', 'equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['parents', 'children'], when: { weekly: [DI, DO], pause: true }, time: ['09:30', '11:30'], join: 'walk-in' },
  // Already past: stays in the database but is never shown publicly.
  { organisation: 'opbouwwerk', title: 'Informatieavond Terra Cottaplein', summary: 'Het ontwerp voor het nieuwe plein, met tijd voor vragen.', description: 'Bewoners en gemeente bespreken de plannen voor het Terra Cottaplein.', location: GP, pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['everyone'], when: { once: -3 }, time: ['19:00', '21:00'], join: 'walk-in' },
  { organisation: 'buurtnetwerk-pottenberg', title: 'Buurtfeest Pottenberg', summary: 'Muziek, eten en spelletjes voor de hele buurt.', description: 'Georganiseerd door en voor bewoners.', location: ['Terra Cottaplein', 'Terra Cottaplein'], pillars: ['equal-chances'], neighbourhoods: ['pottenberg'], targetGroups: ['everyone'], when: { once: -10 }, time: ['14:00', '18:00'], join: 'walk-in' },
];

/** The occurrence `n` weeks after the first one on or after `today` (n = 0 is the next one). */
function nthWeekday(today: string, weekday: number, n: number): string {
  return addDays(today, ((weekday - weekdayIndex(today) + 7) % 7) + 7 * n);
}

function scheduleOf(when: When, today: string, time: [string, string]): Schedule {
  const base = { startTime: time[0], endTime: time[1], exceptions: [] as string[] };
  if ('once' in when) {
    const date = addDays(today, when.thisWeek ? Math.min(when.once, daysLeftInWeek(today)) : when.once);
    return { ...base, scheduleKind: 'once', firstDate: date, lastDate: date, weekdays: 0 };
  }
  if ('monthly' in when) {
    const firstDate = addDays(today, when.startsIn ?? -60);
    return { ...base, scheduleKind: 'monthly', firstDate, lastDate: OPEN_END_DATE, weekdays: weekdayMask([when.weekday]), monthOrdinals: ordinalMask(when.monthly) };
  }
  if ('series' in when) {
    const first = nthWeekday(addDays(today, when.startsIn), when.weekday, 0);
    const seriesDates = Array.from({ length: when.series }, (_, i) => ({ date: addDays(first, 7 * i), startTime: time[0], endTime: time[1] }));
    return { ...base, scheduleKind: 'series', firstDate: first, lastDate: seriesDates[seriesDates.length - 1]!.date, weekdays: 0, seriesDates };
  }
  const firstDate = addDays(today, when.startsIn ?? -60);
  const lastDate = when.endsIn === undefined ? OPEN_END_DATE : addDays(today, when.endsIn);
  const firstDay = when.weekly[0]!;
  const exceptions = (when.cancelNext ?? []).map((n) => nthWeekday(today, firstDay, n));
  return { ...base, scheduleKind: 'weekly', firstDate, lastDate, weekdays: weekdayMask(when.weekly), exceptions, interval: when.every ?? 1, pauseInHolidays: when.pause ?? false };
}

/** Demo holiday periods, relative to today so the pause always shows (marked as examples in their names). */
export function demoHolidayPeriods(today: string): HolidayPeriod[] {
  return [
    { name: 'Schoolvakantie regio Zuid (voorbeeld)', fromDate: addDays(today, 20), toDate: addDays(today, 33) },
    { name: 'Voorjaarsvakantie regio Zuid (voorbeeld)', fromDate: addDays(today, 75), toDate: addDays(today, 83) },
  ];
}

const daysLeftInWeek = (today: string) => weekdayIndex(endOfWeek(today)) - weekdayIndex(today);

const activityIdByTitle = (title: string): SQL<number> => sql<number>`(select id from activities where title = ${title} and is_demo = 1)`;
const ref = <T>(value: SQL<T>) => value as unknown as T;

/** Insert statements for the demo activities, with dates relative to `now`, so the demo always has upcoming activities. */
export function demoActivityStatements(db: Db, now: Date): SeedStatement[] {
  const today = calendarDate(now);
  const holidays = demoHolidayPeriods(today);
  const statements: SeedStatement[] = holidays.map((period) => db.insert(holidayPeriods).values(period));
  for (const demo of DEMO_ACTIVITIES) {
    const schedule = scheduleOf(demo.when, today, demo.time);
    const id = ref(activityIdByTitle(demo.title));
    statements.push(
      db.insert(activities).values({
        organisationId: ref(organisationIdBySlug(demo.organisation)),
        title: demo.title,
        summary: demo.summary,
        description: `${DEMO_NOTE}\n\n${demo.description}`,
        locationName: demo.location[0],
        street: demo.location[1],
        city: 'Maastricht',
        scheduleKind: schedule.scheduleKind,
        firstDate: schedule.firstDate,
        lastDate: schedule.lastDate,
        weekdays: schedule.weekdays,
        startTime: schedule.startTime,
        endTime: schedule.endTime,
        scheduleInterval: schedule.interval ?? 1,
        monthOrdinals: schedule.monthOrdinals ?? 0,
        monthDay: schedule.monthDay ?? null,
        seriesDates: schedule.seriesDates?.length ? JSON.stringify(schedule.seriesDates) : null,
        pauseInHolidays: schedule.pauseInHolidays ?? false,
        costCents: demo.costCents ?? null,
        joinMethod: demo.join,
        joinDetail: demo.joinDetail ?? null,
        contactName: demo.contact?.name ?? null,
        contactEmail: demo.contact?.email ?? null,
        contactPhone: demo.contact?.phone ?? null,
        accessibility: demo.accessibility ?? null,
        languages: demo.languages ?? null,
        status: 'published',
        isDemo: true,
        submittedAt: now,
        publishedAt: now,
        confirmedAt: now,
      }),
      db.insert(activityPillars).values(demo.pillars.map((pillarId) => ({ activityId: id, pillarId }))),
      db.insert(activityNeighbourhoods).values(demo.neighbourhoods.map((slug) => ({ activityId: id, neighbourhoodId: ref(neighbourhoodIdBySlug(slug)) }))),
      db.insert(activityTargetGroups).values(demo.targetGroups.map((targetGroup) => ({ activityId: id, targetGroup }))),
    );
    if (demo.coOrganisers?.length) {
      statements.push(db.insert(activityOrganisers).values(demo.coOrganisers.map((slug) => ({ activityId: id, organisationId: ref(organisationIdBySlug(slug)) }))));
    }
    if (schedule.exceptions.length) {
      statements.push(db.insert(activityExceptions).values(schedule.exceptions.map((date) => ({ activityId: id, date }))));
    }
    statements.push(...occurrenceStatements(db, activityIdByTitle(demo.title), schedule, { today, holidays }));
  }
  return statements;
}
