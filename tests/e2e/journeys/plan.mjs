// The programme plan: the programme team opens the adopted execution plan of Pottenberg, starts a new concept version,
// adds an ambition (under a goal of the strategic agenda) and a goal with an indicator, baseline and target (first
// with a target outside the plan's period, read at the field, input kept), adds a sub-goal by CSV import (first a file
// with an error, read by line), adopts it, reports progress, and the public version history shows version 2 and what
// changed. A visitor then reads the adopted plan with its progress and indicator values, and finds the new ambition
// from /programma under its agenda goal.
import { readFile } from 'node:fs/promises';
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
/** A goal's card in a plan: the article named by its title heading (the innermost one, not its parent's). */
const goalCard = (page, title) => page.getByRole('article', { name: title, exact: true });
/** The goal of the strategic agenda the new Pottenberg ambition serves. */
const AGENDA_GOAL = 'Elk huishouden komt rond en heeft perspectief';

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
    await expectVisible(h1(page, 'Nieuw doel'));
    await checkPage(page, 'plan-doel', 'plannen: doelformulier');
    await page.getByLabel('Titel van het doel').fill('Een schone en veilige wijk');
    await page.getByRole('checkbox', { name: 'Bestaanszekerheid' }).check();
    await page.getByLabel('Draagt bij aan (doel van de strategische agenda)').selectOption({ label: AGENDA_GOAL });
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

    // A sub-goal by CSV: the export of the concept with one row added; first with a parent that is not in the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Doelen exporteren (CSV)' }).click()]);
    const exported = (await readFile(await download.path(), 'utf8')).replace(/\r\n$/, '');
    const ambitionRef = exported
      .split('\r\n')
      .find((line) => line.includes('Een schone en veilige wijk'))
      ?.split(';')[0];
    assert.ok(ambitionRef, `the export holds the new ambition:\n${exported}`);
    // Errors name the file's physical line (line breaks inside quoted cells count): the added row is the last line.
    const addedLine = exported.split('\n').length + 1;
    const withRow = (parent) => ({
      name: 'doelen-pottenberg.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${exported}\r\nnieuw-1;${parent};doel;Schone straten en pleinen;;Bestaanszekerheid;;;;;;;;\r\n`),
    });
    await page.getByLabel('CSV-bestand').setInputFiles(withRow('onbekend'));
    await page.getByRole('button', { name: 'Doelen importeren' }).click();
    await expectVisible(h1(page, 'Het bestand is niet geïmporteerd'));
    await expectText(page.getByRole('alert'), `Regel ${addedLine}: Er is geen doel met referentie "onbekend" in het bestand.`);
    await checkPage(page, 'plan-import-fout', 'plannen: import met fout');
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page.getByLabel('CSV-bestand').setInputFiles(withRow(ambitionRef));
    await page.getByRole('button', { name: 'Doelen importeren' }).click();
    await expectVisible(h1(page, 'Controleer de import'));
    await expectText(page.getByRole('table', { name: 'Controleer de import' }), 'Schone straten en pleinen');
    await checkPage(page, 'plan-import-voorbeeld', 'plannen: import voorbeeld');
    await page.getByRole('button', { name: 'Import bevestigen' }).click();
    await expectVisible(page.getByText('De doelen zijn geïmporteerd.'));
    await expectVisible(page.getByText('Schone straten en pleinen'));
    await expectVisible(page.getByText('Minder overlast op straat'));

    await page.getByLabel('Datum van vaststelling').fill('2026-11-30');
    await page.getByLabel('Vastgesteld door').fill('Stuurgroep Veerkrachtige Wijken');
    await page.getByRole('button', { name: 'Versie vaststellen' }).click();
    await expectVisible(page.getByText('De versie is vastgesteld.'));

    // Progress is execution, not a change of the plan: reported on the adopted version.
    await page.locator('li', { hasText: 'Minder overlast op straat' }).last().getByRole('link', { name: 'Voortgang melden' }).click();
    await expectVisible(h1(page, 'Voortgang: Minder overlast op straat'));
    await checkPage(page, 'plan-voortgang', 'plannen: voortgang melden');
    await page.getByLabel('Status').selectOption({ label: 'Op koers' });
    await page.getByLabel('Voortgang (procent)').fill('40');
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expectVisible(page.getByText('Opgeslagen.'));
    await expectText(page.locator('li', { hasText: 'Minder overlast op straat' }).last(), 'Op koers · 40%');

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

  // The goal with the indicator: its reported progress, and the target against the latest value of the demo monitor
  // (Overlast en onveiligheid in Pottenberg, Kaarten 2025: 7,4).
  const goal = goalCard(page, 'Minder overlast op straat');
  await expectText(goal, 'Op koers 40% gerealiseerd');
  await expectText(goal, 'Indicator Overlast en onveiligheid: doel 2027: 6,0 · nu 7,4 (2025)');
  assert.equal(await goal.locator('progress').getAttribute('value'), '40');
  // The ambition rolls up from its two sub-goals (40% and the imported one, not started), equal weights.
  const ambition = goalCard(page, 'Een schone en veilige wijk');
  await expectText(ambition, '20% gerealiseerd (berekend uit de subdoelen)');
  await expectText(goalCard(page, 'Schone straten en pleinen'), 'Nog niet begonnen 0% gerealiseerd');

  // On /programma the strategic agenda; the new ambition is listed under the agenda goal it serves.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Programma' }).click();
  await expectVisible(h1(page, 'Strategische agenda Veerkrachtige Wijken 2026–2030'));
  await expectVisible(goalCard(page, AGENDA_GOAL).locator('progress'));
  await page.getByRole('link', { name: AGENDA_GOAL, exact: true }).click();
  await expectVisible(h1(page, AGENDA_GOAL));
  const underAgenda = page.getByRole('region', { name: 'Doelen in de uitvoeringsplannen' });
  await expectText(underAgenda, 'Een schone en veilige wijk (Pottenberg, Nog niet begonnen)');
  await underAgenda.getByRole('link', { name: 'Een schone en veilige wijk', exact: true }).click();
  await expectVisible(h1(page, 'Een schone en veilige wijk'));
  await expectText(page.getByRole('main'), 'Draagt bij aan agendadoel');
  await expectVisible(page.getByRole('link', { name: AGENDA_GOAL, exact: true }));
  await expectText(page.getByRole('region', { name: 'Subdoelen' }), 'Indicator Overlast en onveiligheid: doel 2027: 6,0 · nu 7,4 (2025)');
});
