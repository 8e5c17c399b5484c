// Operating a form with the keyboard only, as a person without a mouse does: Tab (and Shift+Tab) to move, typing to
// fill in, Space to tick, arrow keys inside a radio group, Enter to submit. Nothing is clicked or filled directly.
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

const describeFocus = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing)';
    return `<${el.tagName.toLowerCase()} name="${el.getAttribute('name') ?? ''}" id="${el.id}">`;
  });

/** Presses Tab until `locator` has focus; fails when it is not reachable (a keyboard trap or a missing control). */
export async function tabTo(page, locator, { maxPresses = 120, backwards = false } = {}) {
  await locator.waitFor({ state: 'attached' });
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(locator)) return;
  throw new Error(
    `Could not reach ${locator} with ${backwards ? 'Shift+' : ''}Tab in ${maxPresses} presses; focus is on ${await describeFocus(page)}`,
  );
}

/** Tab to a text field and type into it (after emptying it with the keyboard). */
export async function typeInto(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

let dateOrder = null;

/**
 * The order in which this browser's date fields take day, month and year: it follows the language of the browser
 * itself (a Dutch Chromium shows dd-mm-jjjj, Debian's default build mm/dd/yyyy), as a person sees in the field.
 */
async function dateFieldOrder(page) {
  if (dateOrder) return dateOrder;
  const probe = await page.context().newPage();
  try {
    await probe.setContent('<input type="date" aria-label="datum">');
    await probe.getByLabel('datum').focus();
    await probe.keyboard.type('01022003');
    const value = await probe.getByLabel('datum').inputValue();
    dateOrder = value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : null;
    if (!dateOrder) throw new Error(`Unknown order of the browser's date fields (typing 01022003 gave "${value}")`);
    return dateOrder;
  } finally {
    await probe.close();
  }
}

/** Tab to a date field and type the date in the order the field shows. */
export async function typeDate(page, field, isoDate) {
  const [year, month, day] = isoDate.split('-');
  const order = await dateFieldOrder(page);
  await tabTo(page, field);
  await page.keyboard.type(order === 'dmy' ? `${day}${month}${year}` : `${month}${day}${year}`);
  const typed = await field.inputValue();
  if (typed !== isoDate) throw new Error(`Typed the date ${isoDate} but the field holds "${typed}"`);
}

/** Tab to a checkbox and tick it with Space. */
export async function tick(page, checkbox) {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
}

/** Tab into a radio group, move to the option with the arrow keys, select it with Space. */
export async function choose(page, group, option) {
  const radios = group.getByRole('radio');
  const count = await radios.count();
  // Tab stops once in a group: on the checked option, or on the first when none is checked.
  for (let i = 0; i < 120; i++) {
    let inGroup = false;
    for (let r = 0; r < count; r++) if (await isFocused(radios.nth(r))) inGroup = true;
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < count && !(await isFocused(option)); i++) await page.keyboard.press('ArrowDown');
  if (!(await isFocused(option))) throw new Error(`Could not reach ${option} with the arrow keys`);
  await page.keyboard.press('Space');
}

/** Tab to a button and press Enter. */
export async function press(page, button) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}
