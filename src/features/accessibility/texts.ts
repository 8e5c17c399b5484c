import { defineTexts } from '../../i18n';

/** Where accessibility problems are reported; set to the programme team's real address before going live. */
export const ACCESSIBILITY_EMAIL = 'toegankelijkheid@veerkrachtigewijken.example';

export const accessibilityTexts = defineTexts(
  {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'De gemeente Maastricht en de partners van Veerkrachtige Wijken willen dat iedereen dit portaal kan gebruiken, ook mensen met een beperking en mensen die een hulpmiddel gebruiken, zoals een schermlezer, vergroting of alleen een toetsenbord.',
    standardHeading: 'Welke eisen wij volgen',
    standard:
      'Het portaal is gebouwd om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA. Die eisen staan in de Europese norm EN 301 549, die voor overheidswebsites verplicht is via het Besluit digitale toegankelijkheid overheid.',
    measures: [
      'We gebruiken de componenten van het NL Design System.',
      'Elke pagina heeft één hoofdkop, vaste herkenningspunten (kop, menu, inhoud en voettekst) en een link ‘Direct naar de inhoud’.',
      'Elk formulierveld en elk filter heeft een zichtbaar label. Foutmeldingen staan bij het veld en in een overzicht bovenaan het formulier.',
      'Alles werkt ook zonder JavaScript. Met JavaScript worden zoekresultaten bijgewerkt zonder dat de pagina opnieuw laadt; het aantal resultaten wordt dan voorgelezen.',
      'De pagina’s werken vanaf 320 pixels breed en bij 400% vergroting, zonder horizontaal te scrollen. De focus is altijd zichtbaar.',
      'De teksten van het portaal zelf (menu’s, formulieren, uitleg) zijn er in het Nederlands en in het Engels. Wat partners schrijven, zoals activiteiten en beschrijvingen van organisaties, is in het Nederlands; op Engelse pagina’s is dat gemarkeerd als Nederlands en staat dat er ook bij.',
    ].join('\n'),
    testingHeading: 'Hoe wij testen',
    testing: 'Bij elke wijziging van het portaal draaien automatische tests:',
    tests: [
      'axe-core controleert in een echte browser elk soort pagina: de homepage, de activiteiten (lijst met filters en detailpagina), de partners, de wijken, de projecten, deze verklaring, het inloggen en de formulieren van het partnerportaal.',
      'Toetsenbordtests controleren dat alles met Tab, Shift+Tab, Enter en de spatiebalk te bedienen is, in een logische volgorde, met een zichtbare focus en zonder dat u ergens vast komt te zitten.',
    ].join('\n'),
    auditNote:
      'Automatische tests vinden niet alle problemen. Een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan; daarom kunnen we nog niet zeggen dat het portaal volledig aan de eisen voldoet.',
    knownHeading: 'Bekende problemen',
    known: 'Deze problemen kennen we en werken we aan. Komt u een ander probleem tegen? Meld het ons, dan lossen we het op.',
    knownItems: [
      'Activiteiten en beschrijvingen van partners zijn alleen in het Nederlands, ook op de Engelse pagina’s.',
      'Brede tabellen (zoals het financiersoverzicht, mijlpalen en begroting) schuiven op een smal scherm opzij in plaats van onder elkaar te staan. Een regel boven de tabel zegt dat, en de tabel is met het toetsenbord te bedienen.',
      '‘Alles selecteren’ in de beoordelingswachtrij werkt alleen met JavaScript; zonder JavaScript vinkt u elk item apart aan.',
      'De CSV-bestanden en de afdrukversie van rapportages zijn niet apart op toegankelijkheid getest.',
      'Een onafhankelijk onderzoek naar de toegankelijkheid is nog niet gedaan.',
    ].join('\n'),
    reportHeading: 'Een probleem melden',
    report: 'Kunt u iets niet lezen, vinden of gebruiken? Laat het ons weten. Vertel ons dan:',
    reportItems: [
      'op welke pagina het was (het webadres);',
      'wat er misging of wat u zocht;',
      'welk apparaat, welke browser en welk hulpmiddel u gebruikt.',
    ].join('\n'),
    reportEmail: 'Mail naar',
    reportPhone: 'Of bel de gemeente Maastricht via 14 043 en vraag naar het programmateam Veerkrachtige Wijken.',
    reportResponse: 'U krijgt binnen vijf werkdagen een reactie.',
    complaintHeading: 'Niet tevreden?',
    complaint:
      'Bent u niet tevreden over hoe wij uw melding hebben behandeld? Dan kunt u een klacht indienen bij de gemeente Maastricht. Komen we er samen niet uit, dan kunt u terecht bij de Nationale ombudsman.',
  },
  {
    title: 'Accessibility statement',
    intro:
      'The municipality of Maastricht and the Veerkrachtige Wijken partners want everyone to be able to use this portal, including people with a disability and people who use assistive technology such as a screen reader, magnification or only a keyboard.',
    standardHeading: 'The standard we follow',
    standard:
      'The portal is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level A and AA. These requirements are part of the European standard EN 301 549, which Dutch government websites must meet under the Besluit digitale toegankelijkheid overheid.',
    measures: [
      'We use the components of the NL Design System.',
      'Every page has one main heading, fixed landmarks (header, menu, content and footer) and a “Skip to content” link.',
      'Every form field and every filter has a visible label. Error messages are shown at the field and in a summary at the top of the form.',
      'Everything also works without JavaScript. With JavaScript, search results update without reloading the page, and the number of results is announced.',
      'Pages work from 320 pixels wide and at 400% zoom without horizontal scrolling. The focus is always visible.',
      'The portal’s own texts (menus, forms, explanations) are available in Dutch and in English. What partners write, such as activities and organisation descriptions, is in Dutch; on English pages it is marked as Dutch and says so.',
    ].join('\n'),
    testingHeading: 'How we test',
    testing: 'Every change to the portal runs automated tests:',
    tests: [
      'axe-core checks every kind of page in a real browser: the home page, the activities (list with filters and detail page), the partners, the neighbourhoods, the projects, this statement, logging in and the forms of the partner portal.',
      'Keyboard tests check that everything can be operated with Tab, Shift+Tab, Enter and the space bar, in a logical order, with a visible focus and without getting stuck anywhere.',
    ].join('\n'),
    auditNote:
      'Automated tests do not find every problem. A full evaluation by an independent expert has not been done yet, so we cannot yet say that the portal fully meets the requirements.',
    knownHeading: 'Known problems',
    known: 'We know about these problems and are working on them. Do you run into another one? Let us know and we will fix it.',
    knownItems: [
      'Activities and descriptions written by partners are in Dutch only, also on the English pages.',
      'Wide tables (such as the funder overview, milestones and budget) scroll sideways on a narrow screen instead of stacking. A line above the table says so, and the table can be operated with the keyboard.',
      '“Select all” in the review queue only works with JavaScript; without it you tick each item separately.',
      'The CSV files and the printed version of reports have not been tested for accessibility separately.',
      'An independent accessibility evaluation has not been done yet.',
    ].join('\n'),
    reportHeading: 'Reporting a problem',
    report: 'Is there something you cannot read, find or use? Let us know. Please tell us:',
    reportItems: [
      'which page it was (the web address);',
      'what went wrong or what you were looking for;',
      'which device, browser and assistive technology you use.',
    ].join('\n'),
    reportEmail: 'E-mail',
    reportPhone: 'Or call the municipality of Maastricht on 14 043 and ask for the Veerkrachtige Wijken programme team.',
    reportResponse: 'You will receive a reply within five working days.',
    complaintHeading: 'Not satisfied?',
    complaint:
      'Are you not satisfied with how we handled your report? You can file a complaint with the municipality of Maastricht. If we cannot resolve it together, you can turn to the National Ombudsman (Nationale ombudsman).',
  },
);
