import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

// The demo gemeente Stein and its front door (src/server/demo/seed-demo.ts).
const TELEFOON = '046 123 45 67';
const SMAL = { width: 320, height: 640 } as const;
const LANG = { timeout: 180_000 };

async function tabNaar(page: Page, doel: Locator, maximaal = 80): Promise<void> {
  for (let i = 0; i < maximaal; i++) {
    if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${doel.toString()}`);
}

/** The sociale kaart's search page, done loading, with at least one result. */
async function zoekpaginaMetResultaten(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: 'Hulp en activiteiten in de buurt' }).waitFor();
  await waitForLoaded(page);
  await page.locator('.kring-sk-treffer').first().waitFor();
  return page.locator('.kring-sk-treffer h3').allTextContents();
}

const inEnglish = (page: Page) =>
  page.addInitScript(() => window.localStorage.setItem('kring.taal', 'en'));

describe('the front door for residents', () => {
  const kring = useKring();

  it("starts from the resident's questions and shows how to call or visit", async () => {
    const page = await kring.open('/');
    const main = page.getByRole('main');
    const vragen = page.getByRole('navigation', { name: 'Waarmee kunnen we u helpen?' });
    const links = {
      'Ik zoek hulp': '/hulp-vragen',
      'Ik wil helpen': '/hulp-bieden',
      'Ik zorg voor iemand': '/sociale-kaart?doelgroep=mantelzorgers',
      'Wat is er te doen in mijn buurt?': '/sociale-kaart?hulpvorm=activiteit',
    };
    for (const [naam, href] of Object.entries(links)) {
      expect(await vragen.getByRole('link', { name: naam }).getAttribute('href')).toBe(href);
    }

    // "Liever bellen of langskomen?": one tap to call, the address and walk-in hours in words.
    await main.getByRole('heading', { level: 2, name: 'Liever bellen of langskomen?' }).waitFor();
    const bel = main.getByRole('link', { name: TELEFOON });
    expect(await bel.getAttribute('href')).toBe('tel:0461234567');
    await main.getByText('Raadhuisplein 1, 6171 AA Stein').waitFor();
    await main.getByText('Maandag tot en met vrijdag: 9.00 tot 12.30 uur').waitFor();
    await main.getByText('Donderdag: 18.00 tot 20.00 uur').waitFor();
    await main.getByText('Het Sociaal Loket helpt bij vragen').waitFor();
    await main.getByRole('link', { name: 'Inloggen' }).waitFor();
    expect(await main.getByRole('link', { name: 'Naar Mijn Kring' }).getAttribute('href')).toBe(
      '/mijn-kring',
    );

    // In the footer of every page too, with the accessibility statement.
    const footer = page.getByRole('contentinfo');
    expect(await footer.getByRole('link', { name: TELEFOON }).getAttribute('href')).toBe(
      'tel:0461234567',
    );
    expect(await footer.getByRole('link', { name: 'Toegankelijkheid' }).getAttribute('href')).toBe(
      '/toegankelijkheid',
    );
    await expectNoAxeViolations(page);
  });

  it(
    '"Wat is er te doen in mijn buurt?" by keyboard lands on activities near you',
    LANG,
    async () => {
      const page = await kring.open('/');
      await tabNaar(page, page.getByRole('link', { name: 'Wat is er te doen in mijn buurt?' }));
      await page.keyboard.press('Enter');
      const namen = await zoekpaginaMetResultaten(page);
      expect(new URL(page.url()).search).toBe('?hulpvorm=activiteit');
      // Focus on the new page's h1, as after a page load; the filter is shown as chosen.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(namen.length).toBeGreaterThan(0);
      expect(await page.getByLabel(/^Activiteit of club/).isChecked()).toBe(true);
      await expectNoAxeViolations(page);
    },
  );

  it('"Ik zorg voor iemand" finds carer support', LANG, async () => {
    const page = await kring.open('/');
    await page.getByRole('link', { name: 'Ik zorg voor iemand' }).click();
    const namen = await zoekpaginaMetResultaten(page);
    expect(namen).toContain('Mantelzorgconsulent');
    expect(namen.some((n) => n.startsWith('Mantelzorgcafé'))).toBe(true);
    await expectNoAxeViolations(page);
  });

  it(
    'search from the start page by keyboard, the text stays out of the address',
    LANG,
    async () => {
      const page = await kring.open('/');
      const zoekvak = page.getByLabel('Waar zoekt u hulp bij?');
      await tabNaar(page, zoekvak);
      await page.keyboard.type('kookclub');
      await page.keyboard.press('Enter');

      const namen = await zoekpaginaMetResultaten(page);
      expect(namen.every((n) => n.startsWith('Kookclub'))).toBe(true);
      expect(page.url()).not.toContain('kookclub');
      expect(await page.getByLabel('Wat zoekt u?').inputValue()).toBe('kookclub');
      await expectNoAxeViolations(page);
    },
  );

  it('the accessibility statement: standard, tests, known limits and whom to tell', async () => {
    const page = await kring.open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    expect(await page.title()).toBe('Toegankelijkheid – Kring Stein');
    const main = page.getByRole('main');
    await main.getByText('WCAG 2.1 op niveau AA').waitFor();
    await main.getByText('het programma axe').waitFor();
    await main.getByText('De kaart in de sociale kaart is een extra').waitFor();
    await main.getByRole('heading', { name: 'Werkt iets niet goed?' }).waitFor();
    await main.getByRole('link', { name: TELEFOON }).waitFor();
    await main.getByRole('link', { name: 'loket@stein.example' }).waitFor();
    await expectNoAxeViolations(page);
  });

  for (const taal of ['nl', 'en'] as const) {
    it(`fits a 320 px screen without sideways scrolling (${taal})`, LANG, async () => {
      const page = await kring.open('/', {
        viewport: SMAL,
        before: taal === 'en' ? inEnglish : undefined,
      });
      for (const pad of ['/', '/toegankelijkheid']) {
        await gotoSettled(page, pad);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      }
      if (taal === 'en') {
        await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
      }
    });
  }

  it(
    'the functioneel beheerder changes the front door; errors are named, then residents see it',
    LANG,
    async () => {
      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'beheer@demo.example');
      await gotoSettled(page, '/beheer/loket');
      await page
        .getByRole('heading', { level: 1, name: 'Contactgegevens van het loket' })
        .waitFor();
      const telefoon = page.getByLabel('Telefoonnummer');
      expect(await telefoon.inputValue()).toBe(TELEFOON);
      await expectNoAxeViolations(page);

      // Two mistakes: both in the summary (which takes focus) and at the fields themselves.
      await telefoon.fill('bel ons');
      await page.getByLabel('Tot (uu:mm)').first().fill('08:00');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting.waitFor();
      expect(await samenvatting.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await samenvatting.getByRole('link', { name: /Vul een telefoonnummer in/ }).waitFor();
      await samenvatting
        .getByRole('link', { name: 'De eindtijd moet na de begintijd liggen.' })
        .waitFor();
      expect(await telefoon.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);

      await samenvatting.getByRole('link', { name: /Vul een telefoonnummer in/ }).click();
      expect(await telefoon.evaluate((el) => el === document.activeElement)).toBe(true);
      await telefoon.fill('046 765 43 21');
      await page.getByLabel('Tot (uu:mm)').first().fill('12:30');
      await page.getByRole('button', { name: 'Nog een dag of tijd toevoegen' }).click();
      await page.getByLabel('Dag').last().selectOption('SA');
      await page.getByLabel('Van (uu:mm)').last().fill('10:00');
      await page.getByLabel('Tot (uu:mm)').last().fill('12:00');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'De contactgegevens zijn opgeslagen.' })
        .waitFor();
      await expectNoAxeViolations(page);

      await page.goto('/');
      const main = page.getByRole('main');
      await main.getByRole('link', { name: '046 765 43 21' }).waitFor();
      await main.getByText('Zaterdag: 10.00 tot 12.00 uur').waitFor();
    },
  );
});
