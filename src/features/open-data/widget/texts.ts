import { defineTexts } from '../../../i18n';

export const widgetTexts = defineTexts(
  {
    title: 'Activiteiten Veerkrachtige Wijken',
    none: 'Er staan op dit moment geen activiteiten gepland.',
    more: 'Alle activiteiten op Veerkrachtige Wijken',
    badParameters: 'Deze widget is niet goed ingesteld: een van de filters bestaat niet. Neem de code opnieuw over van het portaal.',
    demo: 'demo',
    embedTitle: 'Op uw eigen website',
    embedIntro: 'Zet de komende activiteiten op uw eigen website. Kopieer deze code en plak die in uw webpagina; de lijst blijft vanzelf actueel.',
    embedCodeLabel: 'Code om in te sluiten',
    embedPlain: 'Wilt u de lijst zonder de opmaak van het portaal? Zet dan &stijl=eenvoudig achter het adres.',
    embedPreview: 'Zo ziet het eruit',
  },
  {
    title: 'Activities Veerkrachtige Wijken',
    none: 'No activities are planned at the moment.',
    more: 'All activities on Veerkrachtige Wijken',
    badParameters: 'This widget is not set up right: one of its filters does not exist. Copy the code from the portal again.',
    demo: 'demo',
    embedTitle: 'On your own website',
    embedIntro: 'Show the upcoming activities on your own website. Copy this code into your web page; the list keeps itself up to date.',
    embedCodeLabel: 'Code to embed',
    embedPlain: 'Want the list without the portal’s styling? Add &stijl=eenvoudig to the address.',
    embedPreview: 'This is how it looks',
  },
);
