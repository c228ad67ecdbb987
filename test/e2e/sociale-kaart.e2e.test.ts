import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  useKring,
  waitForLoaded,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * The sociale kaart in Chromium with axe on every page and state:
 * (a) a resident finds the kookclub near 6171 with the keyboard alone, filters on free and
 *     wheelchair access, opens the map and the detail page with the schedule in words;
 * (b) the organisation admin edits an entry, the editor publishes it, the history shows both;
 * (c) a phone at 360 px in English, with map tiles that cannot load.
 */

/** A grey 1×1 PNG standing in for a map tile (the tests run offline). */
const TEGEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN48ODBfwAI2wOdsL5S5wAAAABJRU5ErkJggg==',
  'base64',
);

/** Presses Tab until the element has focus: only the keyboard, as a keyboard user would. */
async function tabNaar(page: Page, doel: Locator, maximaal = 120): Promise<void> {
  for (let i = 0; i < maximaal; i++) {
    if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${doel.toString()}`);
}

async function heeftFocus(doel: Locator): Promise<boolean> {
  return doel.evaluate((el) => el === document.activeElement);
}

/** Long journeys with an axe scan at every step: room for a busy machine. */
const LANG = { timeout: 180_000 };

describe('sociale kaart', () => {
  const kring = useKring();

  it(
    'a resident searches "kookclub" near 6171 with the keyboard alone and sees the schedule in words',
    LANG,
    async () => {
      const tegels: string[] = [];
      const page = await kring.open('/', {
        before: (p) =>
          p.route('https://service.pdok.nl/**', async (route) => {
            tegels.push(route.request().url());
            await route.fulfill({ status: 200, contentType: 'image/png', body: TEGEL });
          }),
      });
      await expectNoAxeViolations(page);

      // From the start page to the search, by keyboard.
      await tabNaar(page, page.getByRole('link', { name: 'Zoek hulp en activiteiten' }));
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Hulp en activiteiten in de buurt' })
        .waitFor();
      await waitForLoaded(page);
      await expectNoAxeViolations(page);

      await tabNaar(page, page.getByLabel('Wat zoekt u?'));
      await page.keyboard.type('kookclub');
      await tabNaar(page, page.getByLabel('Postcode'));
      await page.keyboard.type('6171');
      // The radius is a select: arrow keys change it. 5 km is the default; go to 10 and back.
      await tabNaar(page, page.getByLabel('Hoe ver mag het zijn?'));
      await page.keyboard.press('ArrowDown');
      expect(await page.getByLabel('Hoe ver mag het zijn?').inputValue()).toBe('10');
      await page.keyboard.press('ArrowUp');
      expect(await page.getByLabel('Hoe ver mag het zijn?').inputValue()).toBe('5');
      await tabNaar(page, page.getByRole('button', { name: 'Zoeken', exact: true }));
      await page.keyboard.press('Enter');

      const totaal = page.locator('.kring-sk-totaal');
      await totaal.filter({ hasText: '6 resultaten gevonden binnen 5 km van Stein.' }).waitFor();
      expect(await totaal.getAttribute('role')).toBe('status');
      const treffers = page.locator('.kring-sk-treffer');
      expect(await treffers.count()).toBe(6);
      // Sorted by distance, with distances the Dutch way.
      expect(await treffers.first().textContent()).toContain('200 m · Stein');
      expect(await treffers.nth(1).textContent()).toContain('1,8 km · Elsloo');
      // What the resident typed never goes in the address bar.
      expect(page.url()).not.toContain('kookclub');
      expect(page.url()).not.toContain('6171');
      await expectNoAxeViolations(page);

      // Filters: Tab to a checkbox and press Space.
      const gratis = page.getByRole('checkbox', { name: /^Gratis \(\d+\)$/ });
      await tabNaar(page, gratis);
      await page.keyboard.press('Space');
      await expect.poll(() => gratis.isChecked()).toBe(true);
      await totaal.filter({ hasText: '6 resultaten' }).waitFor();
      const rolstoel = page.getByRole('checkbox', { name: /^Toegankelijk met rolstoel \(4\)$/ });
      await tabNaar(page, rolstoel);
      await page.keyboard.press('Space');
      await totaal.filter({ hasText: '4 resultaten gevonden binnen 5 km van Stein.' }).waitFor();
      expect(await treffers.count()).toBe(4);
      // The filters are not personal: they are in the address, the text and postcode are not.
      const url = new URL(page.url());
      expect(url.searchParams.get('kosten')).toBe('gratis');
      expect(url.searchParams.get('toegankelijkheid')).toBe('rolstoel');
      expect(url.search).not.toContain('kookclub');
      expect(url.search).not.toContain('6171');
      await expectNoAxeViolations(page);

      // The map: opened with Enter, tiles from the configured server (the CSP lets them in;
      // a blocked image would be a console error and fail this test), and no focus trap.
      const kaartKnop = page.getByRole('button', { name: 'Toon op de kaart' });
      await tabNaar(page, kaartKnop);
      await page.keyboard.press('Enter');
      await page.locator('.leaflet-container').waitFor();
      await page.locator('.kring-kaart__punt').first().waitFor();
      expect(await page.locator('.kring-kaart__punt').count()).toBe(4);
      await page.locator('.leaflet-tile-loaded').first().waitFor();
      expect(tegels.length).toBeGreaterThan(0);
      expect(await page.locator('#sk-kaart [aria-hidden="true"] .leaflet-container').count()).toBe(
        1,
      );
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Verberg de kaart' }).waitFor();
      expect(await heeftFocus(page.getByRole('button', { name: 'Verberg de kaart' }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await heeftFocus(page.getByRole('link', { name: 'Kookclub Stein' }))).toBe(true);

      // The detail page, by Enter on the first result.
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Kookclub Stein' }).waitFor();
      await waitForLoaded(page);
      await page.getByRole('listitem').filter({ hasText: 'Elke dinsdag 17:00–19:30' }).waitFor();
      const main = page.locator('main');
      expect(await main.textContent()).toContain('Gratis');
      expect(await main.textContent()).toContain('Toegankelijk met rolstoel');
      expect(await main.textContent()).toContain('U hebt geen verwijzing nodig.');
      expect(await main.textContent()).toContain('Laatst gecontroleerd');
      await page.getByRole('link', { name: 'Plan uw route (OpenStreetMap)' }).waitFor();
      await page.getByRole('link', { name: 'Buurthuis De Steenen Trap' }).waitFor();
      await expectNoAxeViolations(page);

      // Back to the same results (filters from the address, the search from this tab).
      await tabNaar(page, page.getByRole('link', { name: 'Terug naar de resultaten' }));
      await page.keyboard.press('Enter');
      await totaal.filter({ hasText: '4 resultaten gevonden binnen 5 km van Stein.' }).waitFor();
      expect(await page.getByLabel('Wat zoekt u?').inputValue()).toBe('kookclub');

      // The organisation page with its entries and partners.
      await page.goto('/sociale-kaart');
      await page.getByRole('link', { name: 'Kookclub Stein' }).click();
      await page.getByRole('link', { name: 'Kookclub De Pollepel' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Kookclub De Pollepel' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Werkt samen met' }).waitFor();
      await page.getByRole('link', { name: 'Kookclub Elsloo' }).waitFor();
      await expectNoAxeViolations(page);
    },
  );

  it(
    'an organisation admin edits an entry, the editor publishes it, the history shows both',
    LANG,
    async () => {
      const admin = await kring.open('/werkplek/sociale-kaart', {
        before: (p) => inloggenAls(kring, p.context(), 'organisatie@demo.example'),
      });
      await admin.getByRole('heading', { level: 2, name: 'Uw aanbod' }).waitFor();
      await waitForLoaded(admin);
      // The seven kookclubs of Kookclub De Pollepel, the admin's organisation.
      expect(await admin.locator('.kring-sk-kaarten > li').count()).toBe(7);
      await expectNoAxeViolations(admin);

      await admin.getByRole('link', { name: 'Kookclub Stein aanpassen' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Aanbod aanpassen' }).waitFor();
      await admin.getByLabel('Naam', { exact: true }).waitFor();
      await waitForLoaded(admin);
      await expectNoAxeViolations(admin);

      // A mistake first: the error summary takes focus and links to the field.
      await admin.getByLabel('Naam', { exact: true }).fill('');
      await admin.getByLabel('Van', { exact: true }).fill('20:00');
      await admin.getByRole('button', { name: 'Opslaan en naar de redactie sturen' }).click();
      const samenvatting = admin.locator('.kring-error-summary');
      await samenvatting.getByRole('link', { name: 'Vul een naam in.' }).waitFor();
      await samenvatting
        .getByRole('link', { name: 'De eindtijd ligt voor de begintijd.' })
        .waitFor();
      expect(await heeftFocus(samenvatting)).toBe(true);
      await expectNoAxeViolations(admin);

      await admin.getByLabel('Naam', { exact: true }).fill('Kookclub Stein');
      await admin.getByLabel('Dag', { exact: true }).selectOption('WE');
      await admin.getByLabel('Van', { exact: true }).fill('17:30');
      await admin.getByLabel('Tot', { exact: true }).fill('20:00');
      await admin.getByRole('button', { name: 'Opslaan en naar de redactie sturen' }).click();
      await admin
        .getByRole('status')
        .filter({ hasText: 'Uw wijziging is naar de redactie gestuurd.' })
        .waitFor();
      await admin.getByText('Status: Wijziging wacht op de redactie.').waitFor();
      await expectNoAxeViolations(admin);

      // Not public yet.
      const publiek = await kring.open('/sociale-kaart');
      await publiek.getByLabel('Wat zoekt u?').fill('kookclub stein');
      await publiek.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await publiek.getByRole('link', { name: 'Kookclub Stein' }).click();
      await publiek.getByText('Elke dinsdag 17:00–19:30').waitFor();
      const detailUrl = publiek.url();

      // The editor reviews the difference and publishes.
      const redacteur = await kring.open('/werkplek/sociale-kaart/moderatie', {
        before: (p) => inloggenAls(kring, p.context(), 'redacteur@demo.example'),
      });
      await waitForLoaded(redacteur);
      await expectNoAxeViolations(redacteur);
      await redacteur.getByRole('link', { name: 'Wijziging van Kookclub Stein bekijken' }).click();
      await redacteur.getByRole('heading', { level: 1, name: 'Wijziging bekijken' }).waitFor();
      const verschil = redacteur.locator('.kring-sk-verschil');
      await verschil.waitFor();
      expect(await verschil.textContent()).toContain('elke dinsdag 17:00–19:30');
      expect(await verschil.textContent()).toContain('elke woensdag 17:30–20:00');
      await expectNoAxeViolations(redacteur);
      // Returning needs a comment: the error state, checked by axe too.
      await redacteur.getByRole('button', { name: 'Terugsturen' }).click();
      await redacteur
        .locator('.kring-error-summary')
        .getByRole('link', { name: 'Schrijf wat de organisatie moet aanpassen.' })
        .waitFor();
      await expectNoAxeViolations(redacteur);
      await redacteur.getByRole('button', { name: 'Online zetten' }).click();
      await redacteur
        .getByRole('status')
        .filter({ hasText: 'Kookclub Stein staat online met de wijziging.' })
        .waitFor();
      await redacteur.getByText('Er wachten geen wijzigingen.').waitFor();
      await expectNoAxeViolations(redacteur);

      // Public now.
      await gotoSettled(publiek, new URL(detailUrl).pathname);
      await publiek.getByText('Elke woensdag 17:30–20:00').waitFor();

      // The history shows the admin's change and the editor's publication.
      await admin.getByRole('link', { name: 'Terug naar het aanbod van mijn organisatie' }).click();
      await admin.getByRole('link', { name: 'Geschiedenis van Kookclub Stein' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Geschiedenis van het aanbod' }).waitFor();
      const historie = admin.locator('.kring-sk-historie');
      await historie.waitFor();
      const items = (await historie.locator('li').allTextContents()).join('\n');
      expect(items).toMatch(/Online gezetDoor Tom Peters op /);
      expect(items).toMatch(/Naar de redactie gestuurdDoor Karin Willems op /);
      expect(items).toMatch(
        /VeranderdDoor Karin Willems op [^\n]*Tijden: elke dinsdag 17:00–19:30 → elke woensdag 17:30–20:00/,
      );
      await expectNoAxeViolations(admin);
    },
  );

  it('works on a 360 px phone in English, also when the map tiles cannot load', LANG, async () => {
    const page = await kring.open('/sociale-kaart', {
      viewport: PHONE,
      before: async (p) => {
        await p.addInitScript(() => window.localStorage.setItem('kring.taal', 'en'));
        await p.route('https://service.pdok.nl/**', (route) => route.abort());
      },
      expectedConsoleErrors: /net::ERR_FAILED/,
    });
    await page.getByRole('heading', { level: 1, name: 'Help and activities nearby' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await page.getByLabel('What are you looking for?').fill('kookclub');
    await page.getByLabel('Postcode').fill('61');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page
      .locator('.kring-error-summary')
      .getByRole('link', { name: 'Enter a postcode like 6171 or 6171 AB.' })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Postcode').fill('6171');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('6 results found within 5 km of Stein.').waitFor();
    expect(await page.locator('.kring-sk-treffer').first().textContent()).toContain(
      '200 m · Stein',
    );
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // The filters are folded away on a phone; open them.
    await page.locator('.kring-sk-filters > summary').click();
    const gratis = page.getByRole('checkbox', { name: /^Free \(6\)$/ });
    await gratis.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kosten')).toBe('gratis');
    await expect.poll(() => gratis.isChecked()).toBe(true);
    // The theme fills a checked box green, so its white tick is visible.
    expect(await gratis.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(31, 92, 80)',
    );
    await page.getByText('6 results found').waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // Without tiles the map shows its dots on a blank ground, and the list stays.
    await page.getByRole('button', { name: 'Show on the map' }).click();
    await page.locator('.kring-kaart__punt').first().waitFor();
    expect(await page.locator('.kring-sk-treffer').count()).toBe(6);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // In English the result shows the entry's English name (marked lang="en").
    const resultaat = page.getByRole('link', { name: 'Cooking club Stein' });
    expect(await resultaat.getAttribute('lang')).toBe('en');
    await resultaat.click();
    await page.getByRole('heading', { level: 1, name: 'Cooking club Stein' }).waitFor();
    // The schedule in English words (the editing test may have moved it to another day).
    await page.getByText(/^Every \w+day \d\d:\d\d–\d\d:\d\d$/).waitFor();
    await page.getByText('You do not need a referral.').waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  it(
    'searches from the browser location, and a secret address shows only the way to get in touch',
    LANG,
    async () => {
      const page = await kring.open('/sociale-kaart', {
        before: async (p) => {
          await p.context().grantPermissions(['geolocation'], { origin: kring.url });
          // Near Stein centre.
          await p.context().setGeolocation({ latitude: 50.9686, longitude: 5.7676 });
        },
      });
      await page.getByLabel('Wat zoekt u?').fill('opvang huiselijk geweld');
      await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
      await page.getByText('We zoeken nu vanaf uw locatie.').waitFor();
      await page.locator('.kring-sk-totaal').filter({ hasText: 'van uw locatie' }).waitFor();
      // The location never goes in the address bar.
      expect(page.url()).not.toContain('50.96');
      expect(page.url()).not.toContain('lat');
      await expectNoAxeViolations(page);

      // The shelter is found, but without a distance: its address gives no point.
      const opvang = page
        .locator('.kring-sk-treffer')
        .filter({ hasText: 'Opvang bij huiselijk geweld' });
      await opvang.waitFor();
      expect(await opvang.textContent()).not.toMatch(/\d+(,\d)? k?m ·/);
      await opvang.getByRole('link', { name: 'Opvang bij huiselijk geweld' }).click();
      await page.getByRole('heading', { level: 1, name: 'Opvang bij huiselijk geweld' }).waitFor();
      await page
        .getByText('Het adres is geheim, om de mensen daar te beschermen.', { exact: false })
        .waitFor();
      await page.getByText('Bel dag en nacht 0800 2000 (gratis).', { exact: false }).waitFor();
      expect(await page.getByRole('link', { name: /Plan uw route/ }).count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('Opvanghuis');
      await expectNoAxeViolations(page);

      // "Niet meer mijn locatie gebruiken" brings the postcode field back.
      await page.getByRole('link', { name: 'Terug naar de resultaten' }).click();
      await page.getByRole('button', { name: 'Niet meer mijn locatie gebruiken' }).click();
      await page.getByLabel('Postcode').waitFor();
    },
  );
});
