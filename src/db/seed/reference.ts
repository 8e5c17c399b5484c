import type { PillarId } from '../enums';

/** The three pillars of the programme (texts from the programme's own description). */
export const DEMO_PILLARS: {
  id: PillarId;
  slug: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
}[] = [
  {
    id: 'health',
    slug: 'positieve-gezondheid',
    nameNl: 'Positieve gezondheid',
    nameEn: 'Positive health',
    descriptionNl: 'Eigen regie en veerkracht van bewoners, welbevinden en gezondheid; een gezonde en veilige leefomgeving, ook achter de voordeur.',
    descriptionEn: "Residents' own direction and resilience, well-being and health; a healthy, safe living environment, also behind the front door.",
  },
  {
    id: 'livelihood',
    slug: 'bestaanszekerheid',
    nameNl: 'Bestaanszekerheid',
    nameEn: 'Livelihood security',
    descriptionNl: 'Actief meedoen aan sociale activiteiten, onderwijs en werk; perspectief en (financiële) zelfredzaamheid.',
    descriptionEn: 'Active participation in social activities, education and work; perspective and (financial) self-reliance.',
  },
  {
    id: 'equal-chances',
    slug: 'gelijke-kansen',
    nameNl: 'Gelijke kansen',
    nameEn: 'Equal chances',
    descriptionNl: 'Samen organiseren wat nodig is om verschillen te overbruggen of te verkleinen, zodat bewoners meer gelijke kansen krijgen.',
    descriptionEn: 'Organising together what is needed to bridge or reduce differences, so residents get more equal chances.',
  },
];

export const DEMO_NEIGHBOURHOODS = [
  {
    slug: 'pottenberg',
    name: 'Pottenberg',
    cbsCode: 'BU09350203' as string | null,
    descriptionNl:
      'Pottenberg ligt in Maastricht-West. Samen met bewoners en partners werkt het programma Veerkrachtige Wijken hier aan een wijk waar mensen gezond, zeker en met gelijke kansen kunnen leven, onder meer rond het Terra Cottaplein.',
    descriptionEn:
      'Pottenberg lies in the west of Maastricht. Together with residents and partners, the Veerkrachtige Wijken programme works here on a neighbourhood where people can live healthily, securely and with equal chances, among other things around the Terra Cottaplein.',
  },
  {
    slug: 'nazareth',
    name: 'Nazareth',
    cbsCode: 'BU09350403' as string | null,
    descriptionNl:
      'Nazareth ligt in Maastricht-Noordoost. Het programma werkt hier met bewoners en partners aan veerkracht en ontmoeting, onder meer rond het Miradorplein.',
    descriptionEn:
      'Nazareth lies in the north-east of Maastricht. The programme works here with residents and partners on resilience and meeting one another, among other things around the Miradorplein.',
  },
];
