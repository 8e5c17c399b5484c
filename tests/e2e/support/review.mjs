// The programme team's side of the review workflow, shared by the journeys that need a decision.
import { checkPage } from './checks.mjs';
import { expectVisible } from './expect.mjs';
import { logIn } from './people.mjs';

let reviewQueueChecked = false;

/**
 * The programme team member (logged in once with the second factor, and staying logged in for later reviews) opens
 * the review queue from the main menu and follows the item named exactly `itemName` in the section `sectionName`.
 * The first visit of the run also checks the queue page itself. Returns the reviewer's page.
 */
export async function openFromReviewQueue({ signedIn, people }, sectionName, itemName) {
  const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Beoordelen' }));
  if (!reviewQueueChecked) {
    await checkPage(page, 'beoordelen', 'beoordelingswachtrij');
    reviewQueueChecked = true;
  }
  await page.getByRole('region', { name: sectionName }).getByRole('link', { name: itemName, exact: true }).click();
  return page;
}
