import { defineTexts } from '../../i18n';

export const privacyTexts = defineTexts(
  {
    yourDataTitle: 'Uw gegevens',
    yourDataIntro: 'U heeft het recht om te zien welke gegevens het portaal over u bewaart, ze mee te nemen en uw account te laten verwijderen.',
    downloadJson: 'Mijn gegevens downloaden (JSON)',
    downloadHtml: 'Mijn gegevens bekijken (leesbare pagina)',
    deleteLink: 'Account verwijderen',
    privacyLink: 'Privacyverklaring',
    exportTitle: 'Mijn gegevens',
    exportIntro:
      'Dit is alles wat het portaal over u bewaart. Wachtwoord, tweestapsgeheim en herstelcodes bewaren wij alleen versleuteld of als hash; die kan niemand teruglezen.',
    account: 'Account',
    memberships: 'Lidmaatschappen',
    activities: 'Activiteiten die u maakte of wijzigde',
    auditRows: 'Logregels over u of door u',
    mails: 'E-mails aan u',
    none: 'Geen.',
    deleteTitle: 'Account verwijderen',
    deleteIntro:
      'Na verwijderen kunt u niet meer inloggen. Uw naam, e-mailadres, wachtwoord, tweestapsverificatie, lidmaatschappen en de e-mails aan u worden gewist. In het logboek, bij wijzigingsvoorstellen en bij besluiten blijft alleen een pseudoniem staan ("Verwijderd account …"): die vastleggingen moeten volgens de Archiefwet bewaard blijven.',
    deleteConfirmLabel: 'Typ VERWIJDEREN om te bevestigen',
    deleteConfirmWrong: 'Typ het woord VERWIJDEREN in hoofdletters om te bevestigen.',
    deleteButton: 'Mijn account definitief verwijderen',
    soleOwner: (names: string) =>
      `U bent de enige eigenaar van ${names}. Maak eerst iemand anders eigenaar op de ledenpagina van die organisatie, of vraag het programmateam om hulp.`,
    deleted: 'Uw account is verwijderd. Bedankt voor uw bijdrage aan Veerkrachtige Wijken.',
    adminDeleteButton: 'Account verwijderen (op verzoek)',
    adminDeleted: (pseudonym: string) => `Het account is verwijderd en heet nu "${pseudonym}".`,
  },
  {
    yourDataTitle: 'Your data',
    yourDataIntro: 'You have the right to see what the portal keeps about you, to take it with you and to have your account deleted.',
    downloadJson: 'Download my data (JSON)',
    downloadHtml: 'View my data (readable page)',
    deleteLink: 'Delete account',
    privacyLink: 'Privacy statement',
    exportTitle: 'My data',
    exportIntro:
      'This is everything the portal keeps about you. Password, second-factor secret and recovery codes are only stored encrypted or hashed; nobody can read them back.',
    account: 'Account',
    memberships: 'Memberships',
    activities: 'Activities you created or changed',
    auditRows: 'Log entries about you or by you',
    mails: 'E-mails to you',
    none: 'None.',
    deleteTitle: 'Delete account',
    deleteIntro:
      'After deletion you can no longer log in. Your name, e-mail address, password, second factor, memberships and the e-mails to you are erased. The audit log, change proposals and decisions keep only a pseudonym ("Verwijderd account …"): the Dutch Archives Act requires those records to be kept.',
    deleteConfirmLabel: 'Type VERWIJDEREN to confirm',
    deleteConfirmWrong: 'Type the word VERWIJDEREN in capitals to confirm.',
    deleteButton: 'Delete my account permanently',
    soleOwner: (names: string) =>
      `You are the only owner of ${names}. First make someone else owner on that organisation's members page, or ask the programme team for help.`,
    deleted: 'Your account has been deleted. Thank you for contributing to Veerkrachtige Wijken.',
    adminDeleteButton: 'Delete account (on request)',
    adminDeleted: (pseudonym: string) => `The account was deleted and is now called "${pseudonym}".`,
  },
);
