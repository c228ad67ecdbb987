import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp, tokenUit } from '../helpers/smtp.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
} from './harness.ts';

// Demo accounts of src/server/demo/seed-demo.ts; staff set up their app at first login.
const WACHTWOORD = 'kring-demo-2026';
const h1 = (page: Page) => page.locator('main h1');

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.close());

async function vulWachtwoordIn(page: Page, email: string, wachtwoord: string) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

const codeOp = (sleutel: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(sleutel.replace(/\s/g, '')) }).generate({ timestamp: ms });

describe('logging in', () => {
  const kring = useKring({ config: () => ({ smtpUrl: smtp.url }) });

  it('a staff member sets up TOTP at first login, logs out, and logs in with password and code', async () => {
    const page = await kring.open('/inloggen');
    await h1(page).getByText('Inloggen').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page);

    // Submitting empty: the error summary takes focus and links to the fields.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.locator('.kring-error-summary');
    await summary.getByText('Er is een probleem').waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wachtwoord');
    await expectNoAxeViolations(page);

    await vulWachtwoordIn(page, 'wijkteam@demo.example', WACHTWOORD);
    await h1(page).getByText('Stel de app voor inloggen in').waitFor();
    const sleutel = (await page.getByTestId('totp-sleutel').textContent()) ?? '';
    expect(sleutel).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    await page.getByRole('img', { name: /QR-code/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Code uit de app').fill(codeOp(sleutel, Date.now()));
    await page.getByRole('button', { name: 'App instellen' }).click();
    await h1(page).getByText('Bewaar uw herstelcodes').waitFor();
    expect(
      await page.getByRole('list', { name: 'Uw herstelcodes' }).getByRole('listitem').count(),
    ).toBe(10);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();

    await h1(page).getByText('Mijn account').waitFor();
    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: 'Sanne Bakker' }).waitFor();
    await page.getByText('Aan. U hebt nog 10 herstelcodes.').waitFor();
    await page.getByText('Deze sessie (hier bent u nu).').waitFor();
    await page.getByText(/app instellen \(gelukt\)/).waitFor();
    await expectNoAxeViolations(page);

    await banner.getByRole('button', { name: 'Uitloggen' }).click();
    await banner.getByRole('link', { name: 'Inloggen' }).waitFor();
    await h1(page).getByText('Hulp vragen en hulp bieden').waitFor();

    await gotoSettled(page, '/inloggen');
    await vulWachtwoordIn(page, 'wijkteam@demo.example', WACHTWOORD);
    await h1(page).getByText('Vul de code uit uw app in').waitFor();
    await expectNoAxeViolations(page);
    // The enrolment used this time step's code; the next step's code is accepted (one step of drift).
    await page.getByLabel('Code uit de app').fill(codeOp(sleutel, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Verder' }).click();
    await h1(page).getByText('Mijn account').waitFor();
    await banner.getByRole('link', { name: 'Sanne Bakker' }).waitFor();
    await page
      .getByText(/code uit de app \(gelukt\)/)
      .first()
      .waitFor();
  });

  it('a resident logs in and out, also on a phone', async () => {
    const page = await kring.open('/inloggen', { viewport: PHONE });
    await vulWachtwoordIn(page, 'inwoner@demo.example', WACHTWOORD);
    await h1(page).getByText('Mijn account').waitFor();
    await page.getByText('inwoner@demo.example').waitFor();
    await page.getByText('Uit', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
    await gotoSettled(page, '/account');
    await page.getByText('Log eerst in om uw account te zien.').waitFor();
  });

  it('resets a password through the mail from a real SMTP server', async () => {
    const page = await kring.open('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await h1(page).getByText('Wachtwoord vergeten').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('E-mailadres').fill('mantelzorger@demo.example');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByText('Hebben wij een account met dit e-mailadres?').waitFor();
    await expectNoAxeViolations(page);

    const mail = await smtp.wachtOpMail('mantelzorger@demo.example');
    const token = tokenUit(mail, '/wachtwoord-herstellen');
    expect(mail.tekst).toContain(`${kring.url}/wachtwoord-herstellen#token=${token}`);

    await gotoSettled(page, `/wachtwoord-herstellen#token=${token}`);
    // The token leaves the address bar at once.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('Nieuw wachtwoord').fill('zomeravond aan de maas');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('zomeravond aan de mas');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page
      .locator('.kring-error-summary')
      .getByText('De twee wachtwoorden zijn niet hetzelfde.')
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('zomeravond aan de maas');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Uw wachtwoord is veranderd.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await vulWachtwoordIn(page, 'mantelzorger@demo.example', 'zomeravond aan de maas');
    await h1(page).getByText('Mijn account').waitFor();
    await page.getByText('Fatma Yilmaz', { exact: true }).first().waitFor();
  });

  it('shows the pages in English', async () => {
    const page = await kring.open('/wachtwoord-vergeten', {
      before: (p) => p.addInitScript(() => window.localStorage.setItem('kring.taal', 'en')),
    });
    await h1(page).getByText('Forgot password').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
