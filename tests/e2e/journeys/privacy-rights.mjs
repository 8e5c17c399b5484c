// A person uses their rights under the AVG: they read what the portal keeps about them, download it as JSON, and
// delete their account; afterwards the login no longer works. Runs last: it deletes the demo funder account.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey('the funder downloads their data and deletes their account', async ({ openPage, people }) => {
  const { page } = await openPage();
  await logIn(page, people.funder);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Mijn gegevens bekijken (leesbare pagina)' }).click();
  await expectVisible(h1(page, 'Mijn gegevens'));
  await expectText(page.getByRole('table', { name: 'Account' }), people.funder.email);
  await expectText(page.getByRole('table', { name: 'Logregels over u of door u' }), 'login.success');
  await checkPage(page, 'mijn-gegevens', 'mijn gegevens');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mijn gegevens downloaden (JSON)' }).click()]);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
  assert.equal(data.account.email, people.funder.email);
  assert.ok(data.auditLog.length > 0);

  await page.goto('/account');
  await page.getByRole('link', { name: 'Account verwijderen' }).click();
  await expectVisible(h1(page, 'Account verwijderen'));
  await checkPage(page, 'account-verwijderen', 'account verwijderen');
  await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('VERWIJDEREN');
  await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
  await expectVisible(page.getByText('Uw account is verwijderd.'));

  await page.goto('/privacy');
  await expectVisible(h1(page, 'Privacyverklaring'));
  await checkPage(page, 'privacy', 'privacyverklaring');

  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(people.funder.email);
  await page.getByLabel('Wachtwoord').fill(people.funder.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectVisible(page.getByText(/klopt niet|onjuist|niet gevonden/i));
});
