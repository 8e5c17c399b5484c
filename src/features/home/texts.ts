import { defineTexts } from '../../i18n';

export const homeTexts = defineTexts(
  {
    title: 'Veerkrachtige Wijken Pottenberg en Nazareth',
    metaDescription: 'Activiteiten, partners en projecten van het programma Veerkrachtige Wijken in Pottenberg en Nazareth, Maastricht.',
    ambitionHeading: 'Onze ambitie',
    ambition:
      'Veerkrachtige Wijken is een programma van twintig jaar, een generatie lang. De gemeente Maastricht en een alliantie van partners werken samen met bewoners aan de veerkracht van de wijken Pottenberg en Nazareth en van de mensen die er wonen.',
    approach:
      'We werken van onderop, samen met partners en zij aan zij met bewoners. We kijken met de buurtbril op, houden samenhang, zoeken doorbraken waar dat nodig is en leren onderweg: denken én doen.',
    pillarsHeading: 'Drie pijlers',
    pillarActivities: (pillar: string) => `Activiteiten voor ${pillar}`,
    neighbourhoodsHeading: 'Twee wijken',
    neighbourhoodLink: (name: string) => `Meer over ${name}`,
    upcomingHeading: 'Binnenkort in de wijk',
    noUpcoming: 'Er staan op dit moment geen activiteiten gepland.',
    allActivities: 'Bekijk alle activiteiten',
    partnerHeading: 'Zelf iets organiseren?',
    partnerText: 'Organiseert uw organisatie activiteiten in Pottenberg of Nazareth? Meld uw organisatie aan en zet ze op dit portaal.',
    partnerLink: 'Organisatie aanmelden',
    partnersLink: 'Bekijk alle partners',
  },
  {
    title: 'Resilient Neighbourhoods Pottenberg and Nazareth',
    metaDescription: 'Activities, partners and projects of the Veerkrachtige Wijken programme in Pottenberg and Nazareth, Maastricht.',
    ambitionHeading: 'Our ambition',
    ambition:
      'Veerkrachtige Wijken (Resilient Neighbourhoods) is a twenty-year programme, a generation long. The municipality of Maastricht and an alliance of partners work with residents on the resilience of the neighbourhoods Pottenberg and Nazareth and of the people who live there.',
    approach:
      'We work from the bottom up, together with partners and side by side with residents. We look through the neighbourhood’s eyes, keep things coherent, seek breakthroughs where needed and learn as we go: thinking and doing.',
    pillarsHeading: 'Three pillars',
    pillarActivities: (pillar: string) => `Activities for ${pillar}`,
    neighbourhoodsHeading: 'Two neighbourhoods',
    neighbourhoodLink: (name: string) => `More about ${name}`,
    upcomingHeading: 'Coming up in the neighbourhood',
    noUpcoming: 'No activities are planned at the moment.',
    allActivities: 'See all activities',
    partnerHeading: 'Organising something yourself?',
    partnerText: 'Does your organisation run activities in Pottenberg or Nazareth? Register your organisation and list them on this portal.',
    partnerLink: 'Register your organisation',
    partnersLink: 'See all partners',
  },
);
