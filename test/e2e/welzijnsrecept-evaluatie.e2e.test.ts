import type { Page } from 'playwright-core';
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
 * Welzijn op Recept (issue 8), the GP's side and the evaluation, in Chromium with axe on every
 * state: Peter Hendriks (huisarts@demo.example, Huisartsenpraktijk De Linde) writes a
 * welzijnsrecept in the web form — first empty, to see the error summary — and finds it in the
 * practice's list; Eva Meijer (beleid@demo.example) opens the evaluation, where small counts
 * read "minder dan 5", and downloads it as CSV. The whole journey with the coach is in
 * welzijnsrecept.e2e.test.ts.
 */

const LANG = { timeout: 180_000 };

/** A page is there: its h1, its data loaded, and axe finds nothing. */
async function pagina(page: Page, kop: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  await waitForLoaded(page);
  await expectNoAxeViolations(page);
}

describe('Welzijn op Recept: the GP writes a recipe, the gemeente evaluates', () => {
  const kring = useKring();

  /** A referral the GP sends through the API, as the web form would. */
  async function verwijsViaApi(page: Page, voornaam: string): Promise<void> {
    const { ontvangers } = (await (
      await page.request.get('/api/v1/welzijnsrecepten/ontvangers')
    ).json()) as { ontvangers: { id: string }[] };
    const { sessie } = (await (await page.request.get('/api/v1/aanmelding')).json()) as {
      sessie: { csrfToken: string };
    };
    const antwoord = await page.request.post('/api/v1/welzijnsrecepten', {
      headers: { 'X-CSRF-Token': sessie.csrfToken },
      data: {
        persoon: { voornaam, achternaam: 'Voorbeeld' },
        toestemming: true,
        reden: 'Woont alleen sinds kort en komt weinig buiten.',
        contactVoorkeur: 'brief',
        ontvangerId: ontvangers[0]?.id,
      },
    });
    expect(antwoord.status(), await antwoord.text()).toBe(201);
  }

  it(
    'the GP sends the empty form, reads what is missing, fills it in and finds it in the list',
    LANG,
    async () => {
      // The API's answer to the empty form is a 400, which the browser logs.
      const page = await kring.open('/', { expectedConsoleErrors: /status of 400/ });
      await inloggenAls(kring, page.context(), 'huisarts@demo.example');
      await gotoSettled(page, '/werkplek');
      await page.getByRole('link', { name: 'Welzijnsrecept schrijven' }).click();
      await pagina(page, 'Welzijnsrecept schrijven');
      // One organisation to refer to: it is chosen already.
      const ontvanger = page.getByRole('group', {
        name: 'Naar welke organisatie gaat het recept?',
      });
      await expect(ontvanger.getByRole('radio').first().isChecked()).resolves.toBe(true);

      // Empty: the API says what is missing, the summary lists it and takes focus.
      await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
      const samenvatting = page.getByRole('heading', { name: 'Er is een probleem' });
      await samenvatting.waitFor();
      const fouten = page.locator('.kring-error-summary li');
      for (const fout of [
        'Vul de voornaam in.',
        'Vul de achternaam in.',
        'Vraag eerst of de persoon het goed vindt',
        'Schrijf in gewone woorden waarom u verwijst.',
        'Kies hoe de coach contact opneemt.',
      ]) {
        await fouten.filter({ hasText: fout }).waitFor();
      }
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('kring-error-summary'),
        ),
      ).toBe(true);
      // Each field has its error too; the summary's link leads to it.
      await expect(page.getByLabel('Voornaam').getAttribute('aria-describedby')).resolves.toContain(
        'wr-voornaam-fout',
      );
      await fouten.getByRole('link', { name: 'Vul de achternaam in.' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wr-achternaam');
      await expectNoAxeViolations(page);

      // Telephone chosen without a number: that the API asks for too.
      await page.getByLabel('Voornaam').fill('Henk');
      await page.getByLabel('Achternaam').fill('Wevers');
      await page
        .getByLabel('De persoon vindt het goed dat ik deze gegevens deel met de welzijnscoach')
        .check();
      await page
        .getByLabel('Waarom verwijst u deze persoon?')
        .fill('Voelt zich eenzaam sinds zijn vrouw is overleden. Zoekt iets te doen overdag.');
      await page.getByLabel('Wat vindt de persoon belangrijk?').fill('Buiten zijn, met mensen.');
      await page.getByRole('radio', { name: 'Telefoon' }).check();
      await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
      await fouten
        .filter({ hasText: 'Vul een telefoonnummer in, of kies een andere manier van contact.' })
        .waitFor();
      await expect(fouten.count()).resolves.toBe(1);
      await expectNoAxeViolations(page);

      await page.getByLabel('Telefoonnummer').fill('06 12345678');
      await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
      await page.waitForURL('**/werkplek/welzijnsrecept');
      await pagina(page, 'Welzijnsrecepten van de praktijk');
      await page.getByRole('status').getByText('Het welzijnsrecept is verstuurd.').waitFor();
      const rij = page.getByRole('row').filter({ hasText: 'Henk Wevers' });
      await rij.getByRole('cell', { name: 'Verstuurd', exact: true }).waitFor();
      await rij.getByRole('cell', { name: 'Nog geen coach' }).waitFor();
      await rij.getByRole('cell', { name: 'Nog geen bericht' }).waitFor();

      // The referral itself: its status, and withdrawing it needs a reason.
      await rij.getByRole('link', { name: 'Henk Wevers' }).click();
      await pagina(page, 'Welzijnsrecept voor Henk Wevers');
      const main = page.getByRole('main');
      await main
        .getByText('Voelt zich eenzaam sinds zijn vrouw is overleden.', { exact: false })
        .waitFor();
      await main.getByText('De coach heeft nog niets teruggemeld.').waitFor();
      await page.getByRole('button', { name: 'Trek het recept in' }).click();
      await page.locator('.kring-error-summary').getByText('Schrijf een reden.').waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByLabel('Waarom trekt u het recept in?')
        .fill('De persoon heeft zelf al een dagbesteding gevonden.');
      await page.getByRole('button', { name: 'Trek het recept in' }).click();
      await page.getByRole('status').getByText('De status is nu: Ingetrokken.').waitFor();
      await main.getByText('De persoon heeft zelf al een dagbesteding gevonden.').waitFor();
      await expect(page.getByRole('button', { name: 'Trek het recept in' }).count()).resolves.toBe(
        0,
      );
      await expectNoAxeViolations(page);

      // The GP's evaluation is of the own practice only: no practice to choose.
      await page.getByRole('link', { name: 'Evaluatie', exact: true }).click();
      await pagina(page, 'Evaluatie Welzijn op Recept');
      await expect(page.getByLabel('Huisartsenpraktijk').count()).resolves.toBe(0);
      await page.getByRole('link', { name: 'Download als CSV' }).waitFor();
    },
  );

  it('a draft is kept, then sent from its page', LANG, async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'huisarts@demo.example');
    await gotoSettled(page, '/werkplek/welzijnsrecept/nieuw');
    await page.getByLabel('Voornaam').fill('Riet');
    await page.getByLabel('Achternaam').fill('Concept');
    await page
      .getByLabel('De persoon vindt het goed dat ik deze gegevens deel met de welzijnscoach')
      .check();
    await page.getByLabel('Waarom verwijst u deze persoon?').fill('Wil graag weer meedoen.');
    await page.getByRole('radio', { name: 'Via de huisarts' }).check();
    await page.getByRole('button', { name: 'Bewaar als concept' }).click();
    await page.waitForURL('**/werkplek/welzijnsrecept');
    await pagina(page, 'Welzijnsrecepten van de praktijk');
    const rij = page.getByRole('row').filter({ hasText: 'Riet Concept' });
    await rij.getByRole('cell', { name: 'Concept', exact: true }).waitFor();
    await rij.getByRole('link', { name: 'Riet Concept' }).click();
    await pagina(page, 'Welzijnsrecept voor Riet Concept');
    await page.getByRole('button', { name: 'Verstuur het recept' }).click();
    await page.getByRole('status').getByText('Het recept is verstuurd.').waitFor();
    await page.getByRole('main').getByText('Verstuurd', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
  });

  it(
    'the beleidsmedewerker reads the evaluation: small counts as "minder dan 5", and a CSV',
    LANG,
    async () => {
      // A referral this month, so the gemeente has fewer than 5 of something to hide.
      const arts = await kring.open('/');
      await inloggenAls(kring, arts.context(), 'huisarts@demo.example');
      await verwijsViaApi(arts, 'Truus');

      const page = await kring.open('/');
      await inloggenAls(kring, page.context(), 'beleid@demo.example');
      await gotoSettled(page, '/werkplek');
      await page.getByRole('link', { name: 'Evaluatie' }).click();
      await pagina(page, 'Evaluatie Welzijn op Recept');

      // Every suppressed count the API gives (null) reads "minder dan 5" in the month table.
      const evaluatie = (await (
        await page.request.get('/api/v1/welzijnsrecepten/evaluatie')
      ).json()) as { perMaand: { verwijzingen: number | null }[]; totaal: number | null };
      const onderdrukt = evaluatie.perMaand.filter((m) => m.verwijzingen === null).length;
      expect(onderdrukt).toBeGreaterThan(0);
      const maandTabel = page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: 'Maand' }) });
      await expect(
        maandTabel.getByRole('cell', { name: 'minder dan 5', exact: true }).count(),
      ).resolves.toBe(onderdrukt);
      await page.getByText('Kleine aantallen laten we niet zien').waitFor();

      // One practice: the choice is in the address (an id, no person data) and in the CSV link.
      await page
        .getByLabel('Huisartsenpraktijk')
        .selectOption({ label: 'Huisartsenpraktijk De Linde' });
      await page.getByRole('button', { name: 'Tonen' }).click();
      await page.waitForURL(/praktijkId=/);
      await waitForLoaded(page);
      await expectNoAxeViolations(page);
      const link = page.getByRole('link', { name: 'Download als CSV' });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/v1\/welzijnsrecepten\/evaluatie\/export\?praktijkId=/);

      const csv = await page.request.get(href);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      // The browser downloads it (a file, not a page).
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);

      // On a 360 px phone the dashboard fits: the tables scroll inside their own frame.
      await page.setViewportSize(PHONE);
      await expectNoHorizontalScroll(page);
      await gotoSettled(arts, '/werkplek/welzijnsrecept/nieuw');
      await arts.setViewportSize(PHONE);
      await expectNoHorizontalScroll(arts);
    },
  );
});
