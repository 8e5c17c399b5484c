import { defineTexts } from '../i18n';

/** Generic validation messages, used when a schema gives no field-specific message key. */
export const validationTexts = defineTexts(
  {
    required: 'Vul dit veld in.',
    chooseOne: 'Maak een keuze.',
    chooseAtLeastOne: 'Kies minstens één mogelijkheid.',
    invalidOption: 'Kies een van de mogelijkheden uit de lijst.',
    tooLong: (max: number) => `Gebruik maximaal ${max} tekens.`,
    tooShort: (min: number) => `Gebruik minstens ${min} tekens.`,
    tooMany: (max: number) => `Kies maximaal ${max}.`,
    invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    invalidUrl: 'Vul een geldig webadres in dat begint met https://, zoals https://www.voorbeeld.nl.',
    invalidNumber: 'Vul een getal in.',
    invalidDate: 'Vul een geldige datum in, zoals 2026-03-15.',
    invalidTime: 'Vul een geldige tijd in, zoals 09:30.',
    invalidValue: 'Deze waarde klopt niet. Controleer wat u heeft ingevuld.',
    unsafeCharacters: 'Dit veld bevat onzichtbare stuurtekens (zoals tekens die de leesrichting omdraaien). Typ de tekst opnieuw zonder die tekens.',
  },
  {
    required: 'Please fill in this field.',
    chooseOne: 'Please make a choice.',
    chooseAtLeastOne: 'Choose at least one option.',
    invalidOption: 'Choose one of the options in the list.',
    tooLong: (max: number) => `Use at most ${max} characters.`,
    tooShort: (min: number) => `Use at least ${min} characters.`,
    tooMany: (max: number) => `Choose at most ${max}.`,
    invalidEmail: 'Enter a valid e-mail address, such as name@example.nl.',
    invalidUrl: 'Enter a valid web address starting with https://, such as https://www.example.nl.',
    invalidNumber: 'Enter a number.',
    invalidDate: 'Enter a valid date, such as 2026-03-15.',
    invalidTime: 'Enter a valid time, such as 09:30.',
    invalidValue: 'This value is not right. Please check what you entered.',
    unsafeCharacters:
      'This field contains invisible control characters (such as characters that reverse the reading direction). Type the text again without them.',
  },
);
