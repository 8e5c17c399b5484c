import type { OrganisationKind } from '../enums';

export type DemoOrganisation = {
  name: string;
  slug: string;
  kind: OrganisationKind;
  description: string;
  website?: string;
  neighbourhoods: ('pottenberg' | 'nazareth')[];
};

const both: DemoOrganisation['neighbourhoods'] = ['pottenberg', 'nazareth'];

/** Every partner named in the programme's presentation, with its kind. Descriptions are demo content. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // Alliance partners
  { name: 'Servatius', slug: 'servatius', kind: 'alliance', neighbourhoods: both, description: 'Woningcorporatie in Maastricht en omgeving.' },
  { name: 'Woonpunt', slug: 'woonpunt', kind: 'alliance', neighbourhoods: both, description: 'Woningcorporatie in Zuid-Limburg.' },
  {
    name: 'Trajekt',
    slug: 'trajekt',
    kind: 'alliance',
    neighbourhoods: both,
    description: 'Sociaal werk in Zuid-Limburg: opbouwwerk, jongerenwerk en maatschappelijk werk.',
  },
  {
    name: 'Envida',
    slug: 'envida',
    kind: 'alliance',
    neighbourhoods: both,
    description: 'Zorg en ondersteuning thuis, in de wijk en in zorgcentra.',
  },
  { name: 'Mondriaan', slug: 'mondriaan', kind: 'alliance', neighbourhoods: both, description: 'Geestelijke gezondheidszorg in Limburg.' },
  {
    name: 'Gemeente Maastricht',
    slug: 'gemeente-maastricht',
    kind: 'alliance',
    neighbourhoods: both,
    description: 'De gemeente Maastricht, trekker van het programma Veerkrachtige Wijken.',
  },
  {
    name: 'Provincie Limburg',
    slug: 'provincie-limburg',
    kind: 'alliance',
    neighbourhoods: both,
    description: 'De provincie Limburg, partner in de Limburgse wijkenaanpak.',
  },
  // Neighbourhood partners
  {
    name: 'Buurtnetwerk Pottenberg',
    slug: 'buurtnetwerk-pottenberg',
    kind: 'neighbourhood',
    neighbourhoods: ['pottenberg'],
    description: 'Netwerk van bewoners en organisaties in Pottenberg.',
  },
  {
    name: 'Buurtnetwerk Nazareth',
    slug: 'buurtnetwerk-nazareth',
    kind: 'neighbourhood',
    neighbourhoods: ['nazareth'],
    description: 'Netwerk van bewoners en organisaties in Nazareth.',
  },
  {
    name: 'Gemeenschapshuis Pottenberg',
    slug: 'gemeenschapshuis-pottenberg',
    kind: 'neighbourhood',
    neighbourhoods: ['pottenberg'],
    description: 'Ontmoetingsplek voor de buurt.',
  },
  {
    name: 'Gemeenschapshuis Nazareth',
    slug: 'gemeenschapshuis-nazareth',
    kind: 'neighbourhood',
    neighbourhoods: ['nazareth'],
    description: 'Ontmoetingsplek voor de buurt.',
  },
  {
    name: 'Bewonerskrachten',
    slug: 'bewonerskrachten',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Bewoners die zich inzetten voor hun buurtgenoten.',
  },
  { name: 'Wijkagent', slug: 'wijkagent', kind: 'neighbourhood', neighbourhoods: both, description: 'De wijkagenten van Pottenberg en Nazareth.' },
  {
    name: 'Terra Nigra school',
    slug: 'terra-nigra-school',
    kind: 'neighbourhood',
    neighbourhoods: ['pottenberg'],
    description: 'Basisschool in Pottenberg.',
  },
  {
    name: 'Armeense kerk',
    slug: 'armeense-kerk',
    kind: 'neighbourhood',
    neighbourhoods: ['nazareth'],
    description: 'Kerkgemeenschap en ontmoetingsplek.',
  },
  { name: 'Trefpunt', slug: 'trefpunt', kind: 'neighbourhood', neighbourhoods: ['nazareth'], description: 'Inloop- en ontmoetingscentrum.' },
  {
    name: 'Buurtbrök',
    slug: 'buurtbrok',
    kind: 'neighbourhood',
    neighbourhoods: ['nazareth'],
    description: 'Buurtinitiatief dat bewoners met elkaar verbindt.',
  },
  {
    name: 'Sociale teams',
    slug: 'sociale-teams',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Sociale wijkteams voor vragen over zorg, werk, geld en wonen.',
  },
  {
    name: 'Wijkverpleging',
    slug: 'wijkverpleging',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Verpleging en verzorging thuis en in de wijk.',
  },
  {
    name: 'Opbouwwerk',
    slug: 'opbouwwerk',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Ondersteunt bewoners bij het samen aanpakken van wat zij belangrijk vinden.',
  },
  {
    name: 'Jeugdwerk',
    slug: 'jeugdwerk',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Activiteiten en ondersteuning voor kinderen en jongeren.',
  },
  {
    name: 'Buurtvereniging en clubs',
    slug: 'buurtvereniging-en-clubs',
    kind: 'neighbourhood',
    neighbourhoods: both,
    description: 'Lokale clubs en verenigingen in de wijken.',
  },
  // Other partners
  { name: 'Levanto', slug: 'levanto', kind: 'other', neighbourhoods: both, description: 'Dienstverlening op het gebied van werk, welzijn en wonen.' },
  { name: 'GGD Zuid Limburg', slug: 'ggd-zuid-limburg', kind: 'other', neighbourhoods: both, description: 'Gemeentelijke gezondheidsdienst.' },
  { name: 'Politie', slug: 'politie', kind: 'other', neighbourhoods: both, description: 'Politie Limburg, basisteam Maastricht.' },
  { name: 'Cultuurmakers', slug: 'cultuurmakers', kind: 'other', neighbourhoods: both, description: 'Kunst en cultuur in en met de wijk.' },
  { name: 'Maastricht Sport', slug: 'maastricht-sport', kind: 'other', neighbourhoods: both, description: 'Sport en bewegen in de wijken.' },
];
