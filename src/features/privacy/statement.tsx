import { useTexts } from '../../layout/renderer';
import { PURGE_PERIODS } from '../../security/purge';

const days = (ms: number) => Math.round(ms / (24 * 60 * 60 * 1000));
const RETENTION = { deliveredMailDays: days(PURGE_PERIODS.deliveredMailMs), failedMailDays: days(PURGE_PERIODS.failedMailMs), draftHours: 24 };

// Lists of sentences, so a plain table rather than defineTexts (which holds strings and functions).
const statementTexts = {
  nl: {
    title: 'Privacyverklaring',
    intro:
      'Het partnerportaal Veerkrachtige Wijken is van de gemeente Maastricht. Het bewaart gegevens van medewerkers en vrijwilligers van partnerorganisaties, van het programmateam, van financiers en van beheerders — nooit van bewoners die alleen de openbare pagina’s bekijken (die pagina’s zetten geen cookies behalve uw taalkeuze).',
    whatTitle: 'Wat wij bewaren en waarom',
    what: [
      'Uw account: naam, e-mailadres, rol, taal, wachtwoord (alleen als hash), tweestapsverificatie (versleuteld) — om u te laten inloggen.',
      'Lidmaatschappen van organisaties en wat u in het portaal maakt of wijzigt (activiteiten, profielen, voortgangsberichten) — om het programma uit te voeren.',
      'Een logboek van inloggen, wijzigingen en besluiten met tijd en IP-adres — voor de beveiliging en de verantwoording.',
      'E-mails die het portaal u stuurt — zodat ze verstuurd kunnen worden.',
    ],
    periodsTitle: 'Bewaartermijnen',
    periods: [
      'Sessies: tot ze verlopen (12 uur na inloggen, na 2 uur zonder activiteit); de dagelijkse opruiming wist ze daarna.',
      'Tellers tegen te veel inlogpogingen: tot hun venster van 15 of 60 minuten voorbij is.',
      'Links in e-mails (bevestigen, wachtwoord herstellen, uitnodiging): tot ze verlopen, een gebruikte link één dag na gebruik (hij werkt meteen niet meer).',
      `Verstuurde e-mails: ${RETENTION.deliveredMailDays} dagen na verzending; e-mails die niet bezorgd konden worden: ${RETENTION.failedMailDays} dagen.`,
      `Een formulier dat u verstuurde nadat uw sessie verlopen was: ${RETENTION.draftHours} uur.`,
      'Uw account en logboek: zolang u het account heeft. Besluiten over organisaties en activiteiten en het logboek daarvan blijven bewaard (Archiefwet), na verwijdering van uw account onder een pseudoniem.',
    ],
    rightsTitle: 'Uw rechten',
    rights: [
      'Inzien en meenemen: op Mijn account, "Mijn gegevens downloaden" (JSON en een leesbare pagina).',
      'Verwijderen: op Mijn account, "Account verwijderen". Bent u de enige eigenaar van een organisatie, maak dan eerst een ander eigenaar. U kunt het ook per e-mail aan het programmateam vragen; een beheerder voert het dan uit.',
    ],
    deletionTitle: 'Wat er gebeurt bij verwijderen',
    deletion:
      'Naam, e-mailadres, wachtwoord, tweestapsverificatie, herstelcodes, lidmaatschappen, sessies, links, feedsleutels en de e-mails aan u worden gewist; de IP-adressen in uw logregels ook. In het logboek, bij wijzigingsvoorstellen en bij besluiten blijft alleen een pseudoniem staan ("Verwijderd account 3f9a1c2e"). Activiteiten van uw organisatie blijven van de organisatie.',
    backupsTitle: 'Back-ups',
    backups:
      'De database heeft een herstelmogelijkheid van 30 dagen (Cloudflare D1 Time Travel). Een verwijderd account is daarna ook uit die herstelpunten verdwenen.',
  },
  en: {
    title: 'Privacy statement',
    intro:
      'The Veerkrachtige Wijken partner portal belongs to the municipality of Maastricht. It keeps data of staff and volunteers of partner organisations, the programme team, funders and admins — never of residents who only read the public pages (those set no cookie except your language choice).',
    whatTitle: 'What we keep and why',
    what: [
      'Your account: name, e-mail address, role, language, password (hashed only), second factor (encrypted) — to let you log in.',
      'Memberships of organisations and what you create or change in the portal (activities, profiles, progress updates) — to run the programme.',
      'An audit log of logins, changes and decisions with time and IP address — for security and accountability.',
      'E-mails the portal sends you — so they can be delivered.',
    ],
    periodsTitle: 'Retention periods',
    periods: [
      'Sessions: until they expire (12 hours after login, after 2 hours without activity); the daily clean-up removes them afterwards.',
      'Counters against too many login attempts: until their window of 15 or 60 minutes has ended.',
      'Links in e-mails (confirmation, password reset, invitation): until they expire, a used link one day after use (it stops working at once).',
      `Sent e-mails: ${RETENTION.deliveredMailDays} days after sending; e-mails that could not be delivered: ${RETENTION.failedMailDays} days.`,
      `A form you sent after your session had expired: ${RETENTION.draftHours} hours.`,
      'Your account and log: as long as you have the account. Decisions about organisations and activities and their log stay (Dutch Archives Act), under a pseudonym once your account is deleted.',
    ],
    rightsTitle: 'Your rights',
    rights: [
      'Access and portability: on My account, "Download my data" (JSON and a readable page).',
      'Erasure: on My account, "Delete account". If you are the only owner of an organisation, make someone else owner first. You can also ask the programme team by e-mail; an admin then does it.',
    ],
    deletionTitle: 'What deletion does',
    deletion:
      'Name, e-mail address, password, second factor, recovery codes, memberships, sessions, links, feed keys and the e-mails to you are erased; so are the IP addresses in your log entries. The audit log, change proposals and decisions keep only a pseudonym ("Verwijderd account 3f9a1c2e"). Activities of your organisation stay with the organisation.',
    backupsTitle: 'Backups',
    backups:
      'The database can be restored to any minute of the last 30 days (Cloudflare D1 Time Travel). After that, a deleted account is gone from those restore points too.',
  },
};

export function PrivacyStatementPage() {
  const t = useTexts(statementTexts);
  const list = (items: readonly string[]) => (
    <ul class="utrecht-unordered-list">
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <h2 class="utrecht-heading-2">{t.whatTitle}</h2>
      {list(t.what)}
      <h2 class="utrecht-heading-2">{t.periodsTitle}</h2>
      {list(t.periods)}
      <h2 class="utrecht-heading-2">{t.rightsTitle}</h2>
      {list(t.rights)}
      <h2 class="utrecht-heading-2">{t.deletionTitle}</h2>
      <p class="utrecht-paragraph">{t.deletion}</p>
      <h2 class="utrecht-heading-2">{t.backupsTitle}</h2>
      <p class="utrecht-paragraph">{t.backups}</p>
    </>
  );
}

export const privacyStatementTitle = { nl: statementTexts.nl.title, en: statementTexts.en.title };
