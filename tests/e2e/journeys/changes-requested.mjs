// The review loop from the partner's side: the programme team sends a new activity back with a comment, the partner
// reads the comment in the workspace (and the e-mail), fixes the activity and submits it again; only the approved,
// fixed version reaches visitors. Then an edit of the published activity stays off the public pages until approved.
// Uses the demo partner (Tom of Trajekt), so this file does not depend on the other journeys.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn, readMail } from '../support/people.mjs';
import { openFromReviewQueue } from '../support/review.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

const ORGANISATION = 'Trajekt';
const ACTIVITY = {
  title: 'Fietsles',
  fixedTitle: 'Fietsles voor volwassenen in Nazareth',
  // A word that occurs only in the revised title, to search the public list for it.
  revisionWord: 'fietsreparatie',
  revisedTitle: 'Fietsles en fietsreparatie voor volwassenen in Nazareth',
  summary: 'Nooit leren fietsen? Op een rustig plein oefent u met een begeleider, op een fiets die wij meebrengen.',
  comment: 'Maak de titel duidelijker: zet erin voor wie de fietsles is en in welke wijk zij plaatsvindt.',
  location: 'Miradorplein',
  street: 'Mgr. Nolenslaan 1',
  postcode: '6218 AA',
  date: new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10),
};

/** The partner's table of activities with one status in the workspace (its caption is the status). */
const statusTable = (page, status) => page.getByRole('region', { name: ORGANISATION }).getByRole('table', { name: status, exact: true });
const rowOf = (table, title) => table.getByRole('row').filter({ has: table.page().getByRole('link', { name: title, exact: true }) });

/** Searches the public list of activities by word, as a visitor does; returns the results region. */
async function searchPublicList(page, words) {
  await page.goto('/activiteiten');
  await page.getByLabel('Zoek op woord', { exact: true }).fill(words);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click(); // the search field's own button (issue 17)
  // The address carries the search once the results are in (a page load, or htmx pushing the address after the swap).
  await page.waitForURL((url) => url.searchParams.get('zoek') === words);
  return page.getByRole('region', { name: 'Resultaten' });
}

/** The reviewer chooses a decision, writes the comment (if any) and saves it. */
async function decide(review, decision, comment) {
  await review.getByRole('group', { name: 'Besluit' }).getByRole('radio', { name: decision }).check();
  if (comment !== undefined) await review.getByLabel('Opmerking voor de partner').fill(comment);
  await review.getByRole('button', { name: 'Besluit opslaan' }).click();
}

journey(
  'the programme team requests changes with a comment; the partner reads it in the workspace, fixes the activity and resubmits; visitors see only the approved fix',
  async (run) => {
    const { openPage, people, state } = run;
    const { page } = await openPage();
    await logIn(page, people.partner);
    await page.goto('/portaal');
    await page.getByRole('region', { name: ORGANISATION }).getByRole('link', { name: 'Nieuwe activiteit' }).click();
    await expectVisible(h1(page, 'Nieuwe activiteit'));
    await page.getByLabel('Titel').fill(ACTIVITY.title);
    await page.getByLabel('Korte samenvatting').fill(ACTIVITY.summary);
    await page
      .getByRole('textbox', { name: /^Beschrijving \(niet verplicht\)/ })
      .fill('Wij brengen fietsen en helmen mee.\n\nVoor beginners en voor wie het lang niet meer deed.');
    await page.getByRole('group', { name: 'Pijlers' }).getByRole('checkbox', { name: 'Bestaanszekerheid' }).check();
    await page.getByRole('group', { name: 'Wijken', exact: true }).getByRole('checkbox', { name: 'Nazareth' }).check();
    await page
      .getByRole('group', { name: /Voor wie/ })
      .getByRole('checkbox', { name: 'Nieuwkomers' })
      .check();
    // The programme plan: the goals of Nazareth's plan in the pillar chosen are offered (updated by htmx on change).
    const goal = page.getByRole('group', { name: 'Draagt bij aan doelen' }).getByRole('checkbox').first();
    await expectVisible(goal);
    await goal.check();
    const goalId = await goal.getAttribute('value');
    await page.getByLabel('Naam van de locatie').fill(ACTIVITY.location);
    await page.getByLabel('Straat en huisnummer').fill(ACTIVITY.street);
    await page.getByLabel('Postcode').fill(ACTIVITY.postcode);
    await page.getByLabel('Datum', { exact: true }).fill(ACTIVITY.date);
    await page.getByLabel('Begintijd', { exact: true }).fill('10:00');
    await page.getByLabel('Eindtijd', { exact: true }).fill('11:30');
    await page.getByRole('button', { name: 'Opslaan en indienen' }).click();
    await expectVisible(h1(page, ACTIVITY.title));
    await expectVisible(page.getByRole('status').filter({ hasText: 'De activiteit is ingediend' }));
    await expectText(page.getByRole('main'), 'Ingediend, wacht op beoordeling');
    const partnerActivityUrl = page.url();

    // The programme team sends it back. A comment is required: without one nothing is saved.
    const review = await openFromReviewQueue(run, /Nieuwe activiteiten/, ACTIVITY.title);
    await expectVisible(h1(review, `Activiteit beoordelen: ${ACTIVITY.title}`));
    await decide(review, 'Wijzigingen vragen');
    const errors = review.getByRole('alert', { name: 'Controleer de volgende velden' });
    await expectText(errors, 'Schrijf een opmerking');
    await decide(review, 'Wijzigingen vragen', ACTIVITY.comment);
    await expectVisible(review.getByRole('status').filter({ hasText: 'Uw besluit is opgeslagen' }));
    await expectText(review.getByRole('main'), 'Wijzigingen gevraagd');

    // Still nothing public.
    const visitor = (await openPage()).page;
    await searchPublicList(visitor, 'Fietsles');
    await expectText(visitor.getByRole('status'), 'Geen activiteiten gevonden');

    // The partner sees the outcome and the comment in the workspace: among what needs attention and in its table.
    await page.goto('/portaal');
    const attention = page.getByRole('region', { name: 'Wat vraagt uw aandacht' });
    const attentionItem = attention.getByRole('listitem').filter({ has: page.getByRole('link', { name: ACTIVITY.title, exact: true }) });
    await expectText(attentionItem, 'Het programmateam vraagt om aanpassingen.');
    await expectText(attentionItem, ACTIVITY.comment);
    const sentBack = rowOf(statusTable(page, 'Wijzigingen gevraagd'), ACTIVITY.title);
    await expectText(sentBack, ACTIVITY.comment);
    await checkPage(page, 'portaal-aanpassingen-gevraagd', 'partnerwerkplek met gevraagde aanpassingen');

    // The organisation's own list opens on its first status group with activities: here the one sent back.
    await page.getByRole('region', { name: ORGANISATION }).getByRole('link', { name: 'Alle activiteiten' }).click();
    await expectVisible(h1(page, `Activiteiten van ${ORGANISATION}`));
    await expectVisible(
      page.getByRole('table', { name: 'Wijzigingen gevraagd', exact: true }).getByRole('link', { name: ACTIVITY.title, exact: true }),
    );
    await checkPage(page, 'organisatie-activiteiten', 'alle activiteiten van een organisatie');
    await page.goto('/portaal');

    await sentBack.getByRole('link', { name: ACTIVITY.title, exact: true }).click();
    await expectVisible(h1(page, ACTIVITY.title));
    await expectText(page.getByRole('main'), 'Wijzigingen gevraagd');
    await expectText(page.getByRole('alert'), `Opmerking van het programmateam: ${ACTIVITY.comment}`);
    await checkPage(page, 'activiteit-partner', 'activiteit in het portaal (aanpassingen gevraagd)');

    // So does the e-mail.
    assert.match(
      await readMail(page, { to: people.partner.email, subject: `Aanpassingen gevraagd voor "${ACTIVITY.title}"` }),
      new RegExp(ACTIVITY.comment),
    );

    // The partner fixes the title and submits again.
    await page.goto(partnerActivityUrl);
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await expectVisible(h1(page, `Activiteit bewerken: ${ACTIVITY.title}`));
    assert.equal(await page.getByLabel('Korte samenvatting').inputValue(), ACTIVITY.summary, 'the form holds what was submitted');
    await page.getByLabel('Titel').fill(ACTIVITY.fixedTitle);
    await page.getByRole('button', { name: 'Opslaan en indienen' }).click();
    await expectVisible(h1(page, ACTIVITY.fixedTitle));
    await expectVisible(page.getByRole('status').filter({ hasText: 'De activiteit is ingediend' }));
    await expectText(page.getByRole('main'), 'Ingediend, wacht op beoordeling');
    assert.equal(await page.getByText(ACTIVITY.comment).count(), 0, 'the old comment is no longer shown as open');

    await page.goto('/portaal');
    await expectText(rowOf(statusTable(page, 'Ingediend, wacht op beoordeling'), ACTIVITY.fixedTitle), 'Wacht op beoordeling.');
    assert.equal(
      await statusTable(page, 'Wijzigingen gevraagd').getByRole('link', { name: ACTIVITY.fixedTitle }).count(),
      0,
      'no longer listed as sent back',
    );
    assert.equal(
      await page.getByRole('region', { name: 'Wat vraagt uw aandacht' }).getByRole('link', { name: ACTIVITY.fixedTitle }).count(),
      0,
      'a resubmitted activity needs no action from the partner',
    );

    // Before the approval the goal's page does not count the activity yet.
    const goalCount = async () => {
      await visitor.goto(`/programma/doelen/${goalId}`);
      const heading = await visitor.getByRole('heading', { level: 2, name: /^Activiteiten die bijdragen \(\d+\)$/ }).innerText();
      return Number(heading.match(/\((\d+)\)/)[1]);
    };
    const countBefore = await goalCount();
    assert.equal(await visitor.getByRole('link', { name: ACTIVITY.fixedTitle }).count(), 0, 'not on the goal page before the approval');

    // The programme team sees the fixed version and approves it.
    const again = await openFromReviewQueue(run, /Nieuwe activiteiten/, ACTIVITY.fixedTitle);
    await expectVisible(h1(again, `Activiteit beoordelen: ${ACTIVITY.fixedTitle}`));
    await decide(again, 'Goedkeuren en publiceren');
    await expectVisible(again.getByRole('status').filter({ hasText: 'Uw besluit is opgeslagen' }));
    await expectText(again.getByRole('main'), 'Gepubliceerd');

    // Visitors find the fixed title on /activiteiten; the first title never went public.
    const results = await searchPublicList(visitor, 'Fietsles');
    await expectText(visitor.getByRole('status'), '1 activiteit gevonden');
    assert.equal(await results.getByRole('link', { name: ACTIVITY.title, exact: true }).count(), 0, 'the sent-back title is not public');
    await results.getByRole('link', { name: ACTIVITY.fixedTitle, exact: true }).click();
    await expectVisible(h1(visitor, ACTIVITY.fixedTitle));
    await expectText(visitor.getByRole('main'), ACTIVITY.summary);
    await expectText(visitor.getByRole('main'), ORGANISATION);

    // "Draagt bij aan" on the activity page, and the goal's page counts the activity once it is published.
    await expectVisible(visitor.getByRole('heading', { level: 2, name: 'Draagt bij aan' }));
    const publicUrl = visitor.url();
    assert.equal(await goalCount(), countBefore + 1, 'the goal page counts the approved activity');
    await expectVisible(visitor.getByRole('link', { name: ACTIVITY.fixedTitle }).first());

    await page.goto(partnerActivityUrl);
    await expectText(page.getByRole('main'), 'Gepubliceerd');
    state.sentBackActivity = { partnerActivityUrl, publicUrl };
  },
);

journey('a new title in an edit of the published activity stays off the public pages until the programme team approves it', async (run) => {
  const { openPage, people, state } = run;
  assert.ok(state.sentBackActivity, 'needs the activity published in the previous journey');
  const { page } = await openPage();
  await logIn(page, people.partner);
  await page.goto(state.sentBackActivity.partnerActivityUrl);
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expectVisible(h1(page, `Activiteit bewerken: ${ACTIVITY.fixedTitle}`));
  await page.getByLabel('Titel').fill(ACTIVITY.revisedTitle);
  await page.getByRole('button', { name: 'Wijziging indienen' }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: 'Uw wijziging is ingediend' }));
  await expectText(page.getByRole('main'), 'Wijziging ingediend, wacht op beoordeling');

  // Visitors keep the published version: on the activity's page and in the list.
  const visitor = (await openPage()).page;
  await visitor.goto(state.sentBackActivity.publicUrl);
  await expectVisible(h1(visitor, ACTIVITY.fixedTitle));
  assert.equal(await visitor.getByText(ACTIVITY.revisedTitle).count(), 0, 'the revised title is not on the public page yet');
  await searchPublicList(visitor, ACTIVITY.revisionWord);
  await expectText(visitor.getByRole('status'), 'Geen activiteiten gevonden');
  let results = await searchPublicList(visitor, 'Fietsles');
  await expectVisible(results.getByRole('link', { name: ACTIVITY.fixedTitle, exact: true }));
  assert.equal(await results.getByRole('link', { name: ACTIVITY.revisedTitle }).count(), 0, 'the revised title is not in the list yet');

  const review = await openFromReviewQueue(run, /Wijzigingen van gepubliceerde activiteiten/, ACTIVITY.fixedTitle);
  await expectVisible(h1(review, `Wijziging beoordelen: ${ACTIVITY.fixedTitle}`));
  await expectText(review.getByRole('main'), ACTIVITY.revisedTitle);
  await decide(review, 'Goedkeuren en publiceren');
  await expectVisible(review.getByRole('status').filter({ hasText: 'Uw besluit is opgeslagen' }));

  await visitor.goto(state.sentBackActivity.publicUrl);
  await expectVisible(h1(visitor, ACTIVITY.revisedTitle));
  results = await searchPublicList(visitor, ACTIVITY.revisionWord);
  await expectText(visitor.getByRole('status'), '1 activiteit gevonden');
  await expectVisible(results.getByRole('link', { name: ACTIVITY.revisedTitle, exact: true }));
  assert.equal(await results.getByRole('link', { name: ACTIVITY.fixedTitle, exact: true }).count(), 0, 'the old title is replaced');
});
