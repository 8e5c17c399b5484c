// The programme plan: the programme team opens the adopted execution plan of Pottenberg, starts a new concept version,
// adds an ambition and a goal with an indicator, baseline and target (first with a target outside the plan's period,
// read at the field, input kept), adopts it, and the public version history shows version 2 and what changed.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey(
  'the programme team changes the Pottenberg plan in a new version, adopts it, and the version history shows it',
  async ({ signedIn, people }) => {
    const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
    await expectVisible(h1(page, 'Plannen'));
    await checkPage(page, 'plannen', 'plannen: overzicht');

    await page.getByRole('link', { name: /Versie 1: Uitvoeringsplan Pottenberg/ }).click();
    await expectVisible(page.getByText('Deze versie is vastgesteld en ligt vast.'));
    await page.getByRole('button', { name: 'Nieuwe conceptversie' }).click();
    await expectVisible(page.getByText('Er is een nieuwe conceptversie begonnen.'));
    await expectVisible(h1(page, /Versie 2 \(Concept\)/));
    await checkPage(page, 'plan-concept', 'plannen: concept met doelenboom');

    await page.getByRole('link', { name: 'Doel toevoegen', exact: true }).click();
    await page.getByLabel('Titel van het doel').fill('Een schone en veilige wijk');
    await page.getByRole('checkbox', { name: 'Bestaanszekerheid' }).check();
    await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await expectVisible(page.getByText('Opgeslagen.'));

    await page.getByRole('link', { name: 'Subdoel toevoegen' }).last().click();
    await page.getByLabel('Titel van het doel').fill('Minder overlast op straat');
    await page.getByLabel('Indicator uit de monitor').selectOption({ label: 'Overlast en onveiligheid' });
    await page.getByLabel('Nulmeting: meting').selectOption({ label: 'Kaarten 2025' });
    await page.getByLabel('Nulmeting: waarde').fill('6,8');
    await page.getByLabel('Streefwaarden').fill('2029: 5,5');
    await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await expectText(page.getByRole('alert'), '2029 valt buiten de looptijd van het plan (2026–2027).');
    await expectVisible(page.getByLabel('Titel van het doel').and(page.locator('[value="Minder overlast op straat"]')));
    await checkPage(page, 'plan-doel-fout', 'plannen: doel met fout');
    await page.getByLabel('Streefwaarden').fill('2027: 6');
    await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await expectVisible(page.getByText('Opgeslagen.'));
    await expectVisible(page.getByText('Minder overlast op straat'));

    await page.getByLabel('Datum van vaststelling').fill('2026-11-30');
    await page.getByLabel('Vastgesteld door').fill('Stuurgroep Veerkrachtige Wijken');
    await page.getByRole('button', { name: 'Versie vaststellen' }).click();
    await expectVisible(page.getByText('De versie is vastgesteld.'));

    await page.getByRole('link', { name: 'Versies', exact: true }).click();
    await expectVisible(h1(page, /Versies van/));
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Versie 2 · Vastgesteld' }));
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Versie 1 · Vervangen' }));
    await expectText(page.locator('main'), 'Vastgesteld op 30 november 2026 door Stuurgroep Veerkrachtige Wijken.');
    await expectText(page.locator('main'), 'Doel: Minder overlast op straat');
    await checkPage(page, 'plan-versies', 'plannen: versies en wijzigingen');
  },
);

journey('a visitor reads the newly adopted Pottenberg plan with its progress and the new indicator against its target', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto('/wijken/pottenberg/plan');
  await expectVisible(h1(page, /Pottenberg/));
  await expectText(page.getByRole('main'), 'Een schone en veilige wijk');
  await expectText(page.getByRole('main'), 'Minder overlast op straat');
  await expectText(page.getByRole('main'), 'doel 2027: 6');
  await expectVisible(page.locator('progress').first());
  assert.equal(await page.getByText('Concept — nog niet vastgesteld').count(), 0, 'the adopted version is what visitors read');
});
