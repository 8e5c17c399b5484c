import { defineTexts } from '../../i18n';

export const mailboxTexts = defineTexts(
  {
    title: 'Postvak (ontwikkeling)',
    intro:
      'Alle e-mails die het portaal heeft klaargezet, de nieuwste bovenaan. Deze pagina bestaat alleen buiten productie, zodat u elke stap (bevestigen, wachtwoord herstellen, uitnodiging) zelf kunt afmaken.',
    filterLabel: 'Alleen e-mails aan',
    filterButton: 'Filteren',
    empty: 'Er staan geen e-mails in het postvak.',
    to: 'Aan',
    sentAt: 'Klaargezet',
    status: 'Status',
    sent: 'verstuurd',
    queued: 'in de wachtrij (lokaal wordt niets verstuurd)',
  },
  {
    title: 'Mailbox (development)',
    intro:
      'Every e-mail the portal has queued, newest first. This page only exists outside production, so you can finish every step (confirmation, password reset, invitation) yourself.',
    filterLabel: 'Only e-mails to',
    filterButton: 'Filter',
    empty: 'The mailbox is empty.',
    to: 'To',
    sentAt: 'Queued',
    status: 'Status',
    sent: 'sent',
    queued: 'queued (nothing is sent locally)',
  },
);
