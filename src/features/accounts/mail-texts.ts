import { composeMail, type LocalisedMail } from '../../mail/compose';

/** E-mails of the account flows, in Dutch and English; each recipient gets the language of their account. */

export function verifyEmailMail(name: string, link: string): LocalisedMail {
  return composeMail(
    {
      nl: {
        subject: 'Bevestig uw e-mailadres voor het partnerportaal Veerkrachtige Wijken',
        paragraphs: [
          'Bevestig uw e-mailadres via deze link:',
          link,
          'De link werkt 48 uur. Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren.',
        ],
      },
      en: {
        subject: 'Confirm your e-mail address for the Veerkrachtige Wijken partner portal',
        paragraphs: [
          'Please confirm your e-mail address with this link:',
          link,
          'The link works for 48 hours. Did you not register? Then you can ignore this e-mail.',
        ],
      },
    },
    name,
  );
}

/** Sent whether or not the name is known: the reset request must look the same for every address. */
export function resetPasswordMail(link: string): LocalisedMail {
  return composeMail({
    nl: {
      subject: 'Nieuw wachtwoord kiezen voor het partnerportaal Veerkrachtige Wijken',
      paragraphs: [
        'Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account. Kies een nieuw wachtwoord via deze link:',
        link,
        'De link werkt één uur en één keer. Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft zoals het is.',
      ],
    },
    en: {
      subject: 'Choose a new password for the Veerkrachtige Wijken partner portal',
      paragraphs: [
        'Someone (hopefully you) asked for a new password for your account. Choose a new password with this link:',
        link,
        'The link works for one hour and once. Did you not ask for this? Then you can ignore this e-mail; your password stays as it is.',
      ],
    },
  });
}

export function invitationMail(name: string, invitedFor: { nl: string; en: string }, link: string): LocalisedMail {
  return composeMail(
    {
      nl: {
        subject: 'Uitnodiging voor het partnerportaal Veerkrachtige Wijken',
        paragraphs: [
          `U bent uitgenodigd voor het partnerportaal Veerkrachtige Wijken ${invitedFor.nl}.`,
          'Kies via deze link een wachtwoord om uw account te activeren:',
          link,
          'De link werkt zeven dagen en één keer. Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.',
        ],
      },
      en: {
        subject: 'Invitation to the Veerkrachtige Wijken partner portal',
        paragraphs: [
          `You have been invited to the Veerkrachtige Wijken partner portal ${invitedFor.en}.`,
          'Choose a password with this link to activate your account:',
          link,
          'The link works for seven days and once. Did you not expect this invitation? Then you can ignore this e-mail.',
        ],
      },
    },
    name,
  );
}

export function addedToOrganisationMail(name: string, organisationName: string, link: string): LocalisedMail {
  return composeMail(
    {
      nl: {
        subject: `U bent toegevoegd aan ${organisationName}`,
        paragraphs: [`U bent in het partnerportaal toegevoegd aan de organisatie ${organisationName}.`, `Log in om verder te gaan: ${link}`],
      },
      en: {
        subject: `You have been added to ${organisationName}`,
        paragraphs: [`You have been added to the organisation ${organisationName} in the partner portal.`, `Log in to continue: ${link}`],
      },
    },
    name,
  );
}

export function passwordChangedMail(name: string, resetLink: string): LocalisedMail {
  return composeMail(
    {
      nl: {
        subject: 'Uw wachtwoord is gewijzigd',
        paragraphs: [
          'Het wachtwoord van uw account bij het partnerportaal Veerkrachtige Wijken is zojuist gewijzigd.',
          `Was u dit niet? Kies dan direct een nieuw wachtwoord via ${resetLink} en neem contact op met het programmateam.`,
        ],
      },
      en: {
        subject: 'Your password has been changed',
        paragraphs: [
          'The password of your Veerkrachtige Wijken partner portal account has just been changed.',
          `Was this not you? Choose a new password at ${resetLink} right away and contact the programme team.`,
        ],
      },
    },
    name,
  );
}
