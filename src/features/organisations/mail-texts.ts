import { composeMail, type LocalisedMail } from '../../mail/compose';

export function organisationApprovedMail(organisationName: string, link: string): LocalisedMail {
  return composeMail({
    nl: {
      subject: `${organisationName} is goedgekeurd`,
      paragraphs: [
        `Goed nieuws: het programmateam heeft de aanmelding van ${organisationName} goedgekeurd. Uw organisatie staat nu in het openbare overzicht van partners en u kunt activiteiten toevoegen.`,
        `Log in om verder te gaan: ${link}`,
      ],
    },
    en: {
      subject: `${organisationName} has been approved`,
      paragraphs: [
        `Good news: the programme team has approved the registration of ${organisationName}. Your organisation is now listed in the public partner directory and you can add activities.`,
        `Log in to continue: ${link}`,
      ],
    },
  });
}

export function organisationRejectedMail(organisationName: string, reason: string, link: string): LocalisedMail {
  return composeMail({
    nl: {
      subject: `Besluit over de aanmelding van ${organisationName}`,
      paragraphs: [
        `Het programmateam heeft de aanmelding van ${organisationName} afgewezen, met deze reden:`,
        reason,
        `U kunt uw aanmelding aanpassen en opnieuw indienen: ${link}`,
      ],
    },
    en: {
      subject: `Decision on the registration of ${organisationName}`,
      paragraphs: [
        `The programme team has rejected the registration of ${organisationName}, for this reason:`,
        reason,
        `You can change your registration and submit it again: ${link}`,
      ],
    },
  });
}

export function revisionDecidedMail(organisationName: string, approved: boolean, reason: string | null, link: string): LocalisedMail {
  return composeMail({
    nl: {
      subject: approved ? `Profielwijziging van ${organisationName} overgenomen` : `Profielwijziging van ${organisationName} niet overgenomen`,
      paragraphs: approved
        ? [`Het programmateam heeft de wijziging van het profiel van ${organisationName} overgenomen. Het openbare profiel is bijgewerkt.`, link]
        : [`Het programmateam heeft de wijziging van het profiel van ${organisationName} niet overgenomen, met deze reden:`, reason ?? '', link],
    },
    en: {
      subject: approved ? `Profile change of ${organisationName} applied` : `Profile change of ${organisationName} not applied`,
      paragraphs: approved
        ? [`The programme team has applied the change to the profile of ${organisationName}. The public profile has been updated.`, link]
        : [`The programme team has not applied the change to the profile of ${organisationName}, for this reason:`, reason ?? '', link],
    },
  });
}
