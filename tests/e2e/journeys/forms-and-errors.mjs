// Mistakes people make: a wrong password, and a form sent with errors. Both must explain in Dutch what is wrong,
// keep what was typed, put the keyboard focus where the explanation starts, and pass axe.
import { checkPage } from '../support/checks.mjs';
import { assert, expectFocused, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

/** What a screen reader announces with a field: the texts its aria-describedby points to. */
const descriptionOf = (field) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

journey('a wrong password gets a clear Dutch message and no session', async ({ openPage, people }) => {
  const { page } = await openPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Inloggen' }).click();
  await expectVisible(h1(page, 'Inloggen'));
  await checkPage(page, 'inloggen', 'inloggen');

  await page.getByLabel('E-mailadres').fill(people.partner.email);
  await page.getByLabel('Wachtwoord').fill('dit-is-niet-mijn-wachtwoord');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/inloggen'),
    page.getByRole('button', { name: 'Inloggen' }).click(),
  ]);
  assert.ok(response.status() >= 400 && response.status() < 500, `a failed login answers 4xx, not ${response.status()}`);
  await expectText(page.getByRole('main'), 'Het e-mailadres of het wachtwoord klopt niet');
  assert.equal(await page.getByLabel('E-mailadres').inputValue(), people.partner.email, 'the e-mail address is kept');
  assert.equal(await page.getByLabel('Wachtwoord').inputValue(), '', 'the password is never sent back');
  assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0, 'not logged in');
  await checkPage(page, 'inloggen-fout', 'inloggen mislukt');

  await page.goto('/portaal');
  await page.waitForURL((url) => url.pathname === '/inloggen', { timeout: 10_000 });
});

journey(
  'an activity form with errors explains each one in Dutch next to its field, keeps the input and focuses the summary',
  async ({ openPage, people }) => {
    const { page } = await openPage();
    await logIn(page, people.partner);
    await page.goto('/portaal');
    await page.getByRole('link', { name: 'Nieuwe activiteit' }).first().click();
    await expectVisible(h1(page, 'Nieuwe activiteit'));

    const typed = {
      title: 'Koffie-ochtend in de buurtkamer',
      location: 'Trefpunt',
      street: 'Mgr. Nolenslaan 1',
      postcode: '1234',
    };
    await page.getByLabel('Titel').fill(typed.title);
    // No summary and no pillar; a postcode without letters; the end before the start.
    await page.getByRole('group', { name: 'Wijken', exact: true }).getByRole('checkbox', { name: 'Nazareth' }).check();
    await page.getByLabel('Naam van de locatie').fill(typed.location);
    await page.getByLabel('Straat en huisnummer').fill(typed.street);
    await page.getByLabel('Postcode').fill(typed.postcode);
    await page.getByLabel('Datum', { exact: true }).fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Begintijd', { exact: true }).fill('11:00');
    await page.getByLabel('Eindtijd', { exact: true }).fill('10:00');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document'),
      page.getByRole('button', { name: 'Opslaan en indienen' }).click(),
    ]);
    assert.equal(response.status(), 422);

    const summary = page.getByRole('alert', { name: 'Controleer de volgende velden' });
    await expectVisible(summary);
    await expectFocused(summary, 'the error summary to have focus');
    for (const message of [
      'Vul een korte samenvatting in.',
      'Kies minstens één pijler.',
      'Nederlandse postcode',
      'De eindtijd ligt vóór of op de begintijd',
    ]) {
      await expectText(summary, message);
    }

    // Each message also sits with its own field, announced with it, and the field is marked invalid.
    const postcode = page.getByLabel('Postcode');
    assert.match(await descriptionOf(postcode), /Vul een Nederlandse postcode in/);
    assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
    assert.match(await descriptionOf(page.getByLabel('Korte samenvatting')), /Vul een korte samenvatting in/);
    assert.match(await descriptionOf(page.getByLabel('Eindtijd', { exact: true })), /De eindtijd ligt vóór of op de begintijd/);

    // Everything typed is still there.
    assert.equal(await page.getByLabel('Titel').inputValue(), typed.title);
    assert.equal(await page.getByLabel('Naam van de locatie').inputValue(), typed.location);
    assert.equal(await page.getByLabel('Straat en huisnummer').inputValue(), typed.street);
    assert.equal(await postcode.inputValue(), typed.postcode);
    assert.equal(await page.getByLabel('Begintijd', { exact: true }).inputValue(), '11:00');
    assert.equal(await page.getByRole('group', { name: 'Wijken', exact: true }).getByRole('checkbox', { name: 'Nazareth' }).isChecked(), true);

    // A link in the summary takes the focus to the field.
    await summary.getByRole('link', { name: /Postcode/ }).click();
    await expectFocused(postcode, 'the postcode field to have focus');
    await checkPage(page, 'activiteit-formulier-fouten', 'activiteitformulier met fouten');
  },
);
