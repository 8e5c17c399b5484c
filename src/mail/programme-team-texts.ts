import { defineTexts } from '../i18n';
import { mailSignature } from './signature';

/** The mail that tells the programme team something waits for review. */
export const programmeTeamMailTexts = defineTexts(
  {
    mailReviewRequestSubject: (title: string) => `Nieuw ter beoordeling: ${title}`,
    mailReviewRequestBody: (what: string, title: string, organisation: string) =>
      `Beste collega,\n\nEr wacht iets nieuws op een besluit van het programmateam.\n\nWat: ${what}\nTitel: ${title}\nIngediend door: ${organisation}\n\nBeoordeel het hier:\n`,
    mailReviewRequestClosing: `\n\nU ontvangt dit bericht omdat u lid bent van het programmateam.\n\n${mailSignature.nl.closing}`,
    reviewItemActivity: 'Nieuwe activiteit',
    reviewItemActivityAgain: 'Activiteit, opnieuw ingediend na gevraagde aanpassingen',
    reviewItemActivityRevision: 'Wijziging van een gepubliceerde activiteit',
    reviewItemActivityRevisionAgain: 'Wijziging van een gepubliceerde activiteit, opnieuw ingediend na gevraagde aanpassingen',
    reviewItemOrganisation: 'Aanmelding van een nieuwe organisatie',
    reviewItemOrganisationAgain: 'Aanmelding van een organisatie, opnieuw ingediend na afwijzing',
    reviewItemOrganisationRevision: 'Profielwijziging van een organisatie',
  },
  {
    mailReviewRequestSubject: (title: string) => `New for review: ${title}`,
    mailReviewRequestBody: (what: string, title: string, organisation: string) =>
      `Dear colleague,\n\nSomething new is waiting for a decision of the programme team.\n\nWhat: ${what}\nTitle: ${title}\nSubmitted by: ${organisation}\n\nReview it here:\n`,
    mailReviewRequestClosing: `\n\nYou receive this message because you are a member of the programme team.\n\n${mailSignature.en.closing}`,
    reviewItemActivity: 'New activity',
    reviewItemActivityAgain: 'Activity, submitted again after changes were requested',
    reviewItemActivityRevision: 'Change to a published activity',
    reviewItemActivityRevisionAgain: 'Change to a published activity, submitted again after changes were requested',
    reviewItemOrganisation: 'Registration of a new organisation',
    reviewItemOrganisationAgain: 'Registration of an organisation, submitted again after a rejection',
    reviewItemOrganisationRevision: 'Profile change of an organisation',
  },
);
