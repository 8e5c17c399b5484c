// From a new partner organisation to a published activity, the way the people involved do it: the partner registers
// (keyboard only) and confirms the e-mail address from the mailbox, the programme team logs in with the second factor
// and approves; the owner invites a colleague; the partner enters an activity (keyboard only) and submits it; the
// programme team publishes it; a visitor finds it. Then the partner edits it: visitors keep seeing the published text
// until the revision is approved.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { choose, press, tabTo, tick, typeDate, typeInto } from '../support/keyboard.mjs';
import { followMailLink, logIn, readMail } from '../support/people.mjs';
import { openFromReviewQueue } from '../support/review.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

const NEW_PARTNER = {
  organisation: 'Buurtkoor Pottenberg',
  name: 'Karin Koor',
  email: 'karin@buurtkoor.example',
  password: 'zingen-in-de-wijk-maakt-blij',
};

/** A calendar date `days` from today in Maastricht, as YYYY-MM-DD. */
const dateFromToday = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

const ACTIVITY = {
  title: 'Zingen voor je gezondheid',
  summary: 'Samen zingen is goed voor lijf en leden: een open zangmiddag voor alle buurtgenoten.',
  revisedSummary: 'Samen zingen is goed voor lijf en leden: nu ook met een pianist, voor alle buurtgenoten.',
  location: 'Gemeenschapshuis Pottenberg',
  street: 'Pottenberg 12',
  postcode: '6216 AB',
  date: dateFromToday(10),
};

/** The programme team member opens the item from the review queue and decides on it. */
async function approveAsProgrammeTeam(run, sectionName, linkName, decide) {
  const page = await openFromReviewQueue(run, sectionName, linkName);
  await decide(page);
  return page;
}

journey('a new partner registers by keyboard alone; the programme team approves the organisation with its second factor', async (run) => {
  const { openPage, people, state } = run;
  const { page } = await openPage();
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Organisatie aanmelden' }).click();
  await expectVisible(h1(page, 'Organisatie aanmelden'));
  await checkPage(page, 'registreren', 'registratieformulier');

  // Keyboard only from here, starting where the page starts.
  await typeInto(page, page.getByLabel('Naam van de organisatie'), NEW_PARTNER.organisation);
  await choose(page, page.getByRole('group', { name: 'Soort partner' }), page.getByRole('radio', { name: 'Wijkpartner' }));
  await typeInto(
    page,
    page.getByLabel('Wat doet uw organisatie?'),
    'Een koor van en voor buurtbewoners. Iedereen mag meezingen, ook zonder ervaring.',
  );
  await tick(page, page.getByRole('group', { name: 'In welke wijken bent u actief?' }).getByRole('checkbox', { name: 'Pottenberg' }));
  await typeInto(page, page.getByLabel('Openbaar e-mailadres'), 'info@buurtkoor.example');
  await typeInto(page, page.getByLabel('Uw naam'), NEW_PARTNER.name);
  await typeInto(page, page.getByLabel('E-mailadres', { exact: true }), NEW_PARTNER.email);
  await typeInto(page, page.getByLabel('Wachtwoord', { exact: true }), NEW_PARTNER.password);
  await press(page, page.getByRole('button', { name: 'Aanmelding versturen' }));

  await expectVisible(h1(page, `Aanmelding van ${NEW_PARTNER.organisation}`));
  await expectText(page.getByRole('main'), 'wacht op goedkeuring');
  await checkPage(page, 'aanmelding-wacht', 'aanmelding (wacht op goedkeuring)');

  // Nothing of a pending application is public.
  const visitor = (await openPage()).page;
  await visitor.goto('/partners');
  assert.equal(await visitor.getByRole('link', { name: NEW_PARTNER.organisation }).count(), 0, 'a pending organisation is not in the directory');

  // The e-mail address is confirmed with the link from the mailbox.
  await followMailLink(page, { to: NEW_PARTNER.email, subject: /Bevestig uw e-mailadres/ });
  await page.getByRole('button', { name: 'Bevestig mijn e-mailadres' }).click();
  await expectVisible(h1(page, 'E-mailadres bevestigd'));

  await approveAsProgrammeTeam(run, /Organisaties die wachten op goedkeuring/, NEW_PARTNER.organisation, async (review) => {
    await expectVisible(h1(review, `Aanmelding van ${NEW_PARTNER.organisation} beoordelen`));
    await checkPage(review, 'organisatie-beoordelen', 'aanmelding beoordelen');
    await review.getByRole('button', { name: 'Goedkeuren' }).click();
    await expectVisible(review.getByRole('status').filter({ hasText: /goedgekeurd/i }));
  });

  assert.match(await readMail(page, { to: NEW_PARTNER.email, subject: /goedgekeurd/i }), new RegExp(NEW_PARTNER.organisation));
  await visitor.goto('/partners');
  await visitor.getByRole('link', { name: NEW_PARTNER.organisation }).click();
  await expectVisible(h1(visitor, NEW_PARTNER.organisation));
  state.newPartner = NEW_PARTNER;
});

journey('the owner invites a colleague, who chooses a password from the e-mail and logs in', async ({ openPage, state }) => {
  assert.ok(state.newPartner, 'needs the organisation approved in the previous journey');
  const colleague = { name: 'Sem Stem', email: 'sem@buurtkoor.example', password: 'altijd-de-tweede-stem-zingen' };
  const { page } = await openPage();
  await logIn(page, state.newPartner);
  await page.goto('/portaal');
  await page.getByRole('region', { name: NEW_PARTNER.organisation }).getByRole('link', { name: 'Leden' }).click();
  await expectVisible(h1(page, `Leden van ${NEW_PARTNER.organisation}`));
  await checkPage(page, 'leden', 'leden van een organisatie');
  await page.getByLabel('Naam', { exact: true }).fill(colleague.name);
  await page.getByLabel('E-mailadres', { exact: true }).fill(colleague.email);
  await page.getByRole('group', { name: 'Rol' }).getByRole('radio', { name: 'Redacteur' }).check();
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expectText(page.getByRole('main'), colleague.email);

  const invited = (await openPage()).page;
  await followMailLink(invited, { to: colleague.email, subject: 'Uitnodiging voor het partnerportaal Veerkrachtige Wijken' });
  await expectVisible(h1(invited, 'Welkom bij het partnerportaal'));
  await expectText(invited.getByRole('main'), NEW_PARTNER.organisation);
  await checkPage(invited, 'uitnodiging', 'uitnodiging: wachtwoord kiezen');
  await invited.getByLabel(/wachtwoord/i).fill(colleague.password);
  await invited.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expectText(invited.getByRole('main'), 'Uw wachtwoord is ingesteld');
  await logIn(invited, colleague);
  await invited.goto('/portaal');
  await expectVisible(invited.getByRole('region', { name: NEW_PARTNER.organisation }));
});

journey('the new partner enters an activity by keyboard alone and submits it; once approved, visitors find it', async (run) => {
  const { openPage, state } = run;
  assert.ok(state.newPartner, 'needs the organisation approved in the previous journey');
  const { page } = await openPage();
  await logIn(page, state.newPartner);
  await page.goto('/portaal');
  await expectVisible(h1(page, 'Mijn portaal'));
  await checkPage(page, 'portaal', 'partnerwerkplek');

  await page.getByRole('region', { name: NEW_PARTNER.organisation }).getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expectVisible(h1(page, 'Nieuwe activiteit'));
  await checkPage(page, 'activiteit-formulier', 'activiteitformulier');

  await typeInto(page, page.getByLabel('Titel'), ACTIVITY.title);
  await typeInto(page, page.getByLabel('Korte samenvatting'), ACTIVITY.summary);
  await typeInto(
    page,
    page.getByRole('textbox', { name: /^Beschrijving \(niet verplicht\)/ }),
    'Elke maand zingen we bekende liedjes.\n\nKoffie en thee staan klaar.',
  );
  await tick(page, page.getByRole('group', { name: 'Pijlers' }).getByRole('checkbox', { name: 'Positieve gezondheid' }));
  await tick(page, page.getByRole('group', { name: 'Wijken', exact: true }).getByRole('checkbox', { name: 'Pottenberg' }));
  await tick(page, page.getByRole('group', { name: /Voor wie/ }).getByRole('checkbox', { name: 'Ouderen' }));
  await typeInto(page, page.getByLabel('Naam van de locatie'), ACTIVITY.location);
  await typeInto(page, page.getByLabel('Straat en huisnummer'), ACTIVITY.street);
  await typeInto(page, page.getByLabel('Postcode'), ACTIVITY.postcode);
  await typeDate(page, page.getByLabel('Datum', { exact: true }), ACTIVITY.date);
  await tabTo(page, page.getByLabel('Begintijd', { exact: true }));
  await page.keyboard.type('1400');
  await tabTo(page, page.getByLabel('Eindtijd', { exact: true }));
  await page.keyboard.type('1600');
  await press(page, page.getByRole('button', { name: 'Opslaan en indienen' }));

  await expectVisible(h1(page, ACTIVITY.title));
  await expectVisible(page.getByRole('status').filter({ hasText: 'De activiteit is ingediend' }));
  await expectText(page.getByRole('main'), 'Ingediend, wacht op beoordeling');

  // Not public before the programme team decides.
  const visitor = (await openPage()).page;
  await visitor.goto('/activiteiten');
  await visitor.getByLabel('Zoek op woord', { exact: true }).fill(ACTIVITY.title);
  await visitor.getByRole('button', { name: 'Zoeken', exact: true }).click(); // the search field's own button (issue 17)
  await expectText(visitor.getByRole('status'), 'Geen activiteiten gevonden');

  await approveAsProgrammeTeam(run, /Nieuwe activiteiten/, ACTIVITY.title, async (review) => {
    await expectVisible(h1(review, `Activiteit beoordelen: ${ACTIVITY.title}`));
    await checkPage(review, 'activiteit-beoordelen', 'activiteit beoordelen');
    await review.getByRole('radio', { name: 'Goedkeuren en publiceren' }).check();
    await review.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expectText(review.getByRole('main'), /gepubliceerd/i);
  });

  await visitor.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await visitor.getByLabel('Zoek op woord', { exact: true }).fill('zingen gezondheid');
  await visitor.getByRole('button', { name: 'Zoeken', exact: true }).click(); // the search field's own button (issue 17)
  await expectText(visitor.getByRole('status'), /\d+ activiteit(en)? gevonden/);
  await visitor.getByRole('region', { name: 'Resultaten' }).getByRole('link', { name: ACTIVITY.title }).click();
  await expectVisible(h1(visitor, ACTIVITY.title));
  await expectText(visitor.getByRole('main'), ACTIVITY.summary);
  await expectText(visitor.getByRole('main'), NEW_PARTNER.organisation);
  state.activity = { ...ACTIVITY, publicUrl: visitor.url() };
});

journey('an edit of a published activity stays invisible to visitors until the programme team approves it', async (run) => {
  const { openPage, state } = run;
  assert.ok(state.activity, 'needs the activity published in the previous journey');
  const { page } = await openPage();
  await logIn(page, state.newPartner);
  await page.goto('/portaal');
  await page.getByRole('link', { name: ACTIVITY.title }).click();
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expectVisible(h1(page, `Activiteit bewerken: ${ACTIVITY.title}`));
  await expectText(page.getByRole('main'), 'tot die tijd blijft de huidige versie zichtbaar');
  await page.getByLabel('Korte samenvatting').fill(ACTIVITY.revisedSummary);
  await page.getByRole('button', { name: 'Wijziging indienen' }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: 'Uw wijziging is ingediend' }));

  const visitor = (await openPage()).page;
  await visitor.goto(state.activity.publicUrl);
  await expectText(visitor.getByRole('main'), ACTIVITY.summary);
  assert.equal(await visitor.getByText(ACTIVITY.revisedSummary).count(), 0, 'the revision is not public yet');

  await approveAsProgrammeTeam(run, /Wijzigingen van gepubliceerde activiteiten/, ACTIVITY.title, async (review) => {
    // The reviewer sees what changes, field by field.
    await expectText(review.getByRole('main'), ACTIVITY.summary);
    await expectText(review.getByRole('main'), ACTIVITY.revisedSummary);
    await checkPage(review, 'wijziging-beoordelen', 'wijziging beoordelen (vergelijking)');
    await review.getByRole('radio', { name: /Goedkeuren/ }).check();
    await review.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expectText(review.getByRole('main'), /gepubliceerd|goedgekeurd/i);
  });

  await visitor.reload();
  await expectText(visitor.getByRole('main'), ACTIVITY.revisedSummary);
  assert.equal(await visitor.getByText(ACTIVITY.summary).count(), 0, 'the old text is replaced');
});
