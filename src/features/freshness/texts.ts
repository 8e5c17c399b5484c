import { mailSignature } from '../../mail/signature';
import { defineTexts } from '../../i18n';

/** The e-mails of the daily freshness job. */
export const freshnessTexts = defineTexts(
  {
    reminderSubject: (title: string) => `Klopt "${title}" nog?`,
    reminderBody: (name: string, title: string, url: string) =>
      `Beste ${name},\n\nDe activiteit "${title}" staat al een half jaar ongewijzigd op de website van Veerkrachtige Wijken. Klopt alles nog: dag, tijd, plaats en aanmelden?\n\nBevestig het met één klik, of pas de activiteit aan:\n${url}\n\nZonder bevestiging verbergen we de activiteit over een maand van de openbare lijst, zodat bewoners niet voor een dichte deur staan.\n\n${mailSignature.nl.closing}`,
    hiddenSubject: (title: string) => `"${title}" is verborgen op de website`,
    hiddenBody: (name: string, title: string, url: string) =>
      `Beste ${name},\n\nWe hebben een maand geleden gevraagd of de activiteit "${title}" nog klopt, maar geen bevestiging gekregen. Daarom staat zij niet meer op de openbare lijst.\n\nKlopt zij nog? Bevestig het, dan is zij direct weer zichtbaar:\n${url}\n\n${mailSignature.nl.closing}`,
  },
  {
    reminderSubject: (title: string) => `Is "${title}" still correct?`,
    reminderBody: (name: string, title: string, url: string) =>
      `Dear ${name},\n\nThe activity "${title}" has been on the Veerkrachtige Wijken website unchanged for six months. Is everything still correct: day, time, place and how to join?\n\nConfirm it with one click, or update the activity:\n${url}\n\nWithout confirmation we will hide the activity from the public list in a month, so residents do not find a closed door.\n\n${mailSignature.en.closing}`,
    hiddenSubject: (title: string) => `"${title}" is hidden on the website`,
    hiddenBody: (name: string, title: string, url: string) =>
      `Dear ${name},\n\nA month ago we asked whether the activity "${title}" is still correct, but received no confirmation. It is therefore no longer on the public list.\n\nIs it still correct? Confirm it and it is visible again at once:\n${url}\n\n${mailSignature.en.closing}`,
  },
);
