import type { OrganisationKind } from '../../db/enums';
import { defineTexts } from '../../i18n';

const NL_KINDS: Record<OrganisationKind, string> = { alliance: 'Alliantiepartners', neighbourhood: 'Wijkpartners', other: 'Overige partners' };
const EN_KINDS: Record<OrganisationKind, string> = {
  alliance: 'Alliance partners',
  neighbourhood: 'Neighbourhood partners',
  other: 'Other partners',
};
const NL_KIND: Record<OrganisationKind, string> = { alliance: 'Alliantiepartner', neighbourhood: 'Wijkpartner', other: 'Overige partner' };
const EN_KIND: Record<OrganisationKind, string> = { alliance: 'Alliance partner', neighbourhood: 'Neighbourhood partner', other: 'Other partner' };
const NL_KIND_INTRO: Record<OrganisationKind, string> = {
  alliance:
    'De organisaties die samen met de gemeente het programma dragen: woningcorporaties, sociaal werk, zorg, geestelijke gezondheidszorg, gemeente en provincie.',
  neighbourhood: 'Netwerken, gemeenschapshuizen, scholen, kerken, clubs en teams die dichtbij de bewoners werken.',
  other: 'Andere partners die bijdragen, zoals GGD, politie, cultuur en sport.',
};
const EN_KIND_INTRO: Record<OrganisationKind, string> = {
  alliance:
    'The organisations that carry the programme together with the municipality: housing corporations, social work, care, mental health care, municipality and province.',
  neighbourhood: 'Networks, community centres, schools, churches, clubs and teams working close to residents.',
  other: 'Other partners who contribute, such as public health, police, culture and sport.',
};

export const partnerTexts = defineTexts(
  {
    directoryTitle: 'Partners',
    directoryIntro:
      'Veerkrachtige Wijken is een samenwerking. Hier vindt u alle partners die met bewoners werken aan Pottenberg en Nazareth, met hun activiteiten.',
    kindHeading: (kind: OrganisationKind) => NL_KINDS[kind],
    kindLabel: (kind: OrganisationKind) => NL_KIND[kind],
    kindIntro: (kind: OrganisationKind) => NL_KIND_INTRO[kind],
    noPartnersOfKind: 'Nog geen partners in deze groep.',
    activityCount: (count: number) => (count === 0 ? 'Nu geen activiteiten' : count === 1 ? '1 activiteit' : `${count} activiteiten`),
    kindField: 'Soort partner',
    websiteField: 'Website',
    emailField: 'E-mail',
    phoneField: 'Telefoon',
    neighbourhoodsField: 'Actief in',
    activitiesHeading: (name: string) => `Activiteiten van ${name}`,
    noActivities: 'Deze partner heeft op dit moment geen activiteiten op het portaal.',
    demoOrganisation: 'Deze partnerpagina is gevuld met voorbeeldgegevens (demo).',
    backToDirectory: 'Alle partners',
    registerHeading: 'Staat uw organisatie er niet bij?',
    registerLink: 'Meld uw organisatie aan',
  },
  {
    directoryTitle: 'Partners',
    directoryIntro:
      'Veerkrachtige Wijken is a collaboration. Here you find all partners who work with residents on Pottenberg and Nazareth, with their activities.',
    kindHeading: (kind: OrganisationKind) => EN_KINDS[kind],
    kindLabel: (kind: OrganisationKind) => EN_KIND[kind],
    kindIntro: (kind: OrganisationKind) => EN_KIND_INTRO[kind],
    noPartnersOfKind: 'No partners in this group yet.',
    activityCount: (count: number) => (count === 0 ? 'No activities at the moment' : count === 1 ? '1 activity' : `${count} activities`),
    kindField: 'Kind of partner',
    websiteField: 'Website',
    emailField: 'E-mail',
    phoneField: 'Phone',
    neighbourhoodsField: 'Active in',
    activitiesHeading: (name: string) => `Activities by ${name}`,
    noActivities: 'This partner has no activities on the portal at the moment.',
    demoOrganisation: 'This partner page is filled with example data (demo).',
    backToDirectory: 'All partners',
    registerHeading: 'Is your organisation not listed?',
    registerLink: 'Register your organisation',
  },
);
