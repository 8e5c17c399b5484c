// The pages behind the programme team's and the administrator's logins pass the same checks as every other page:
// project management (a project's form, the goals it serves and its budget), the own account page, and user
// management with the audit log.
import { checkPage } from '../support/checks.mjs';
import { expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey('the programme team manages a project: overview, project form, goals and budget', async ({ signedIn, people }) => {
  const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
  await page.goto('/projectbeheer');
  await expectVisible(h1(page, 'Projectbeheer'));
  await checkPage(page, 'projectbeheer', 'projectbeheer');

  await page.getByRole('link', { name: 'Miradorplein Nazareth bewerken' }).click();
  await expectVisible(page.getByLabel('Titel', { exact: true }));
  await checkPage(page, 'project-bewerken', 'projectformulier');

  // The goals of the plans the project serves, chosen by the programme team.
  await page.getByRole('navigation', { name: 'Onderdelen van het project' }).getByRole('link', { name: 'Doelen', exact: true }).click();
  await expectVisible(h1(page, 'Doelen van Miradorplein Nazareth'));
  await expectVisible(page.getByRole('group', { name: 'Draagt bij aan doelen' }).getByRole('checkbox', { checked: true }));
  await checkPage(page, 'project-doelen', 'projectdoelen kiezen');

  await page.goto('/projectbeheer');
  await page.getByRole('link', { name: 'Begroting' }).first().click();
  await expectVisible(h1(page, /Begroting/));
  await checkPage(page, 'begroting-beheren', 'begroting beheren');

  await page.goto('/account');
  await expectVisible(h1(page, 'Mijn account'));
  await checkPage(page, 'account', 'mijn account');
});

journey('the administrator logs in with the second factor and manages users', async ({ openPage, people }) => {
  const { page } = await openPage();
  await logIn(page, people.admin);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expectVisible(h1(page, 'Gebruikers'));
  await expectVisible(page.getByRole('link', { name: 'Tom Trajekt' }));
  await checkPage(page, 'beheer-gebruikers', 'gebruikersbeheer');

  await page.getByRole('link', { name: 'Auditlog' }).click();
  await expectVisible(h1(page, /Auditlog/i));
  await checkPage(page, 'auditlog', 'auditlog');
});
