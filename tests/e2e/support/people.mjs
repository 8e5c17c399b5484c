// What people do again and again in the journeys: logging in (with the second factor where the role needs it),
// reading the development mailbox, logging out.
import { expectVisible } from './expect.mjs';
import { freshTotp } from './totp.mjs';

/** Logs in through the login page; answers the second-factor step with a code computed from the TOTP secret. */
export async function logIn(page, { email, password, totpSecret }) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (totpSecret) {
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }));
    await page.getByLabel('Code').fill(await freshTotp(totpSecret, email));
    await page.getByRole('button', { name: 'Controleren' }).click();
  }
  await expectVisible(page.getByRole('button', { name: 'Uitloggen' }));
}

/**
 * Opens the newest e-mail to `to` whose subject matches, in the development mailbox, and follows the first link in
 * it (verification, invitation, password reset) — exactly what a person does with the e-mail in their inbox.
 */
export async function followMailLink(page, { to, subject }) {
  await page.goto('/ontwikkeling/postvak');
  await page.getByLabel('Alleen e-mails aan').fill(to);
  await page.getByRole('button', { name: 'Filteren' }).click();
  const mail = page.getByRole('article', { name: subject }).first();
  await expectVisible(mail);
  const link = mail.getByRole('link').first();
  const href = await link.getAttribute('href');
  await link.click();
  return href;
}

/** The text of the newest e-mail to `to` whose subject matches. */
export async function readMail(page, { to, subject }) {
  await page.goto('/ontwikkeling/postvak');
  await page.getByLabel('Alleen e-mails aan').fill(to);
  await page.getByRole('button', { name: 'Filteren' }).click();
  const mail = page.getByRole('article', { name: subject }).first();
  await expectVisible(mail);
  return mail.innerText();
}

export async function logOut(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expectVisible(page.getByRole('link', { name: 'Inloggen' }));
}
