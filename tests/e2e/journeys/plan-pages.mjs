// The programme plan as a visitor reads it: /programma from the main menu, a neighbourhood's execution plan from its
// page, a goal page and the print view; the programme team opens the gap view from its menu. Every page type passes
// axe, reflow and the screenshots. The demo data holds a concept strategic agenda and adopted execution plans.
import { checkPage } from '../support/checks.mjs';
import { expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey('a visitor reads the strategic agenda, a goal, the Pottenberg execution plan and its print view', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Programma' }).click();
  await page.waitForURL(/\/programma$/);
  await expectVisible(page.getByRole('heading', { level: 1 }));
  await checkPage(page, 'programma', 'programma: strategische agenda');

  await expectText(page.getByRole('main'), 'Concept');
  await page.locator('a[href^="/programma/doelen/"]').first().click();
  await expectVisible(page.getByRole('navigation', { name: 'U bent hier' }));
  await checkPage(page, 'programma-doel', 'programma: doelpagina');
  await page.goto('/programma/afdrukken');
  await expectVisible(page.getByRole('heading', { level: 2, name: 'Inhoud' }));
  await checkPage(page, 'programma-afdrukken', 'programma: afdrukversie');

  await page.goto('/wijken/pottenberg');
  await page.getByRole('link', { name: /uitvoeringsplan van Pottenberg/ }).click();
  await page.waitForURL(/\/wijken\/pottenberg\/plan$/);
  await expectVisible(page.getByRole('heading', { level: 1 }));
  // Progress and an indicator against its target, as the plan reports them.
  await expectVisible(page.locator('progress').first());
  await expectText(page.getByRole('main'), /doel 20\d\d: /);
  await checkPage(page, 'wijk-plan', 'uitvoeringsplan van een wijk');
});

journey('the programme team opens the gap view from its menu', async ({ signedIn, people }) => {
  const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
  await page.goto('/beoordelen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hiaten in het plan' }).click();
  await expectVisible(h1(page, 'Hiaten in het programmaplan'));
  await expectVisible(page.getByRole('heading', { level: 2, name: /Pijler × wijk zonder doel/ }));
  // The demo activities left unlinked on purpose are listed as serving no goal.
  await expectText(page.getByRole('main'), 'Repair Café Nazareth');
  await expectText(page.getByRole('main'), 'Buurtbrunch Nazareth');
  await checkPage(page, 'programma-hiaten', 'programma: hiaten');
});
