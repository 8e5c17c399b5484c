import { defineTexts } from '../../i18n';

export const registrationTexts = defineTexts(
  {
    title: 'Organisatie aanmelden',
    intro:
      'Meld uw organisatie aan als partner van Veerkrachtige Wijken. Het programmateam bekijkt uw aanmelding; na goedkeuring staat uw organisatie in het overzicht van partners en kunt u activiteiten toevoegen.',
    organisationSection: 'Over uw organisatie',
    accountSection: 'Uw account',
    accountIntro: 'Met dit account logt u in op het partnerportaal. Later kunt u collega’s uitnodigen.',
    loggedInIntro: (name: string) => `U bent ingelogd als ${name}. De organisatie wordt aan uw account gekoppeld; u wordt eigenaar.`,
    notForThisRole: 'Met dit account kunt u geen organisatie aanmelden. Log uit en meld de organisatie aan met een eigen account.',
    nameLabel: 'Uw naam',
    nameRequired: 'Vul uw naam in.',
    submit: 'Aanmelding versturen',
    emailTaken: 'Er is al een account met dit e-mailadres. Log in om vanuit uw account een organisatie aan te melden.',
    privacy: 'Wij gebruiken uw naam en e-mailadres alleen voor uw account en om u te berichten over uw aanmelding.',
  },
  {
    title: 'Register your organisation',
    intro:
      'Register your organisation as a partner of Veerkrachtige Wijken. The programme team reviews your registration; once approved, your organisation is listed among the partners and you can add activities.',
    organisationSection: 'About your organisation',
    accountSection: 'Your account',
    accountIntro: 'You log in to the partner portal with this account. Later you can invite colleagues.',
    loggedInIntro: (name: string) => `You are logged in as ${name}. The organisation will be linked to your account; you become its owner.`,
    notForThisRole: 'You cannot register an organisation with this account. Log out and register the organisation with an account of its own.',
    nameLabel: 'Your name',
    nameRequired: 'Enter your name.',
    submit: 'Send registration',
    emailTaken: 'There already is an account with this e-mail address. Log in to register an organisation from your account.',
    privacy: 'We only use your name and e-mail address for your account and to inform you about your registration.',
  },
);
