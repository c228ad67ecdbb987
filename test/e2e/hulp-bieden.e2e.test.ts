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

// Issue 5, "Done when" (2): a resident signs up as a volunteer with availability, and the
// coordinator approves. Demo gemeente Stein (src/server/demo/seed-demo.ts, loket-demo.ts).
const SMAL = { width: 320, height: 640 } as const;
const LANG = { timeout: 240_000 };

const isGefocust = (doel: Locator) =>
  doel.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `doel` has focus (keyboard only, as a user without a mouse would). */
async function tabNaar(page: Page, doel: Locator, maximaal = 120): Promise<void> {
  for (let i = 0; i < maximaal; i++) {
    if (await isGefocust(doel)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${doel.toString()}`);
}

/** A step page is there: its h1, no horizontal scroll at 320 px, and axe finds nothing. */
async function stap(page: Page, vraag: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: vraag }).waitFor();
  await waitForLoaded(page);
  // Focus moves to the new page's h1 (in an effect, a moment after the page is drawn).
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5_000 })
    .catch(() => undefined);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
}

/** "Verder" by keyboard. */
async function verder(page: Page, knop = 'Verder'): Promise<void> {
  await tabNaar(page, page.getByRole('button', { name: knop }));
  await page.keyboard.press('Enter');
}

/** A JSON call to the API in this browser context's session, with its CSRF token. */
async function api<T>(page: Page, method: string, pad: string, body?: unknown): Promise<T> {
  const aanmelding = await page.request.get('/api/v1/aanmelding');
  const { sessie } = (await aanmelding.json()) as { sessie: { csrfToken: string } | null };
  const antwoord = await page.request.fetch(`/api/v1${pad}`, {
    method,
    headers: sessie ? { 'X-CSRF-Token': sessie.csrfToken } : {},
    ...(body === undefined ? {} : { data: body }),
  });
  expect(antwoord.ok(), `${method} ${pad}: ${antwoord.status()} ${await antwoord.text()}`).toBe(
    true,
  );
  return (await antwoord.json()) as T;
}

interface Aanbod {
  id: string;
  status: string;
  tijdvakken: string[];
  categorieen: string[];
  vogStatus: string;
  vogDatum: string | null;
}

describe('offering help (issue 5, journey 2)', () => {
  const kring = useKring();

  it('logged out, the start page explains and offers an account or login, coming back here', async () => {
    const page = await kring.open('/hulp-bieden');
    await page.getByRole('heading', { level: 1, name: 'Ik wil helpen' }).waitFor();
    await page.getByText('U zegt altijd zelf ja of nee').waitFor();
    const main = page.getByRole('main');
    expect(await main.getByRole('link', { name: 'Account maken' }).getAttribute('href')).toBe(
      '/account-maken?terug=/hulp-bieden',
    );
    expect(await main.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe(
      '/inloggen?terug=/hulp-bieden',
    );
    await expectNoAxeViolations(page);
    // A step opened directly says the same, instead of a form that cannot be sent.
    await gotoSettled(page, '/hulp-bieden/waar');
    await page.getByText('Log eerst in of maak een account.').waitFor();
    await expectNoAxeViolations(page);
  });

  it(
    'a resident signs up by keyboard alone at 320 px, with availability in the grid; the coordinator approves',
    LANG,
    async () => {
      const page = await kring.open('/', { viewport: SMAL });
      await inloggenAls(kring, page.context(), 'inwoner@demo.example');
      await gotoSettled(page, '/');
      await tabNaar(page, page.getByRole('link', { name: 'Ik wil helpen' }));
      await page.keyboard.press('Enter');
      await stap(page, 'Ik wil helpen');
      await page.getByText('U bent ingelogd als Ans Janssen.').waitFor();
      await page.getByText('alleen in dit tabblad van uw browser').waitFor();
      await tabNaar(page, page.getByRole('link', { name: 'Beginnen' }));
      await page.keyboard.press('Enter');

      // 1. What: nothing chosen is named in the summary, which takes focus and links to it.
      await stap(page, 'Wat doet u graag?');
      await page.getByText('Vraag 1 van 9').waitFor();
      await verder(page);
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting.waitFor();
      expect(await samenvatting.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(await page.title()).toMatch(/^Fout: Wat doet u graag\?/);
      await expectNoAxeViolations(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const boodschappen = page.getByRole('checkbox', { name: 'Boodschappen doen' });
      expect(await isGefocust(boodschappen)).toBe(true);
      expect(await boodschappen.getAttribute('aria-invalid')).toBe('true');
      await page.keyboard.press('Space');
      // A category that needs a VOG says so at the choice.
      const bezoek = page.getByRole('checkbox', { name: 'Op bezoek gaan voor een praatje' });
      expect(await bezoek.getAttribute('aria-describedby')).toBeTruthy();
      await tabNaar(page, bezoek);
      await page.keyboard.press('Space');
      await verder(page);

      // 2. Where: postcode and how far (radio buttons: arrow keys choose).
      await stap(page, 'Waar wilt u helpen?');
      await tabNaar(page, page.getByLabel('Uw postcode'));
      await page.keyboard.type('6171 ab');
      await tabNaar(page, page.getByRole('radio', { name: '1 kilometer' }));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: '5 kilometer' }).isChecked()).toBe(true);
      await verder(page);

      // 3. When: the weekly grid, each box named by day and part of the day.
      await stap(page, 'Wanneer kunt u helpen?');
      await page.getByRole('table').getByRole('columnheader', { name: 'middag' }).waitFor();
      for (const vak of ['maandag ochtend', 'maandag middag', 'woensdag avond']) {
        await tabNaar(page, page.getByRole('checkbox', { name: vak, exact: true }));
        await page.keyboard.press('Space');
      }
      expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(3);
      await verder(page);

      // 4. How much time: hours (one person at a time is the default).
      await stap(page, 'Hoeveel tijd hebt u?');
      await tabNaar(page, page.getByLabel('Hoeveel uur per week kunt u helpen?'));
      await page.keyboard.type('3');
      expect(await page.getByRole('radio', { name: '1 persoon' }).isChecked()).toBe(true);
      await verder(page);

      // 5. Languages: Dutch is ticked already; add Limburgish.
      await stap(page, 'Welke talen spreekt u?');
      expect(await page.getByRole('checkbox', { name: 'Nederlands' }).isChecked()).toBe(true);
      await tabNaar(page, page.getByRole('checkbox', { name: 'Limburgs' }));
      await page.keyboard.press('Space');
      await verder(page);

      // 6. Once or more often.
      await stap(page, 'Wilt u één keer helpen of vaker?');
      await tabNaar(page, page.getByRole('radio', { name: 'Eén keer' }));
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Regelmatig' }).isChecked()).toBe(true);
      await verder(page);

      // 7. VOG: explained, with the chosen category that needs one; a VOG with its date.
      await stap(page, 'Verklaring Omtrent het Gedrag (VOG)');
      await page.getByText('Een VOG is een verklaring van de overheid.').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Op bezoek gaan voor een praatje' })
        .waitFor();
      await page.getByText('helpt u om er een aan te vragen').waitFor();
      await tabNaar(page, page.getByRole('radio', { name: 'Nee, ik heb geen VOG' }));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Ja, ik heb een VOG' }).isChecked()).toBe(true);
      await tabNaar(page, page.getByLabel('Dag'));
      await page.keyboard.type('15');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2025');
      await expectNoAxeViolations(page);
      await verder(page);

      // 8. About you: optional, says why it is asked.
      await stap(page, 'Over u');
      await page.getByText('Sommige mensen vragen om hulp van een vrouw of van een man.').waitFor();
      await tabNaar(page, page.getByRole('radio', { name: 'Vrouw' }));
      await page.keyboard.press('Space');
      await tabNaar(page, page.getByLabel('In welk jaar bent u geboren?'));
      await page.keyboard.type('1961');
      await verder(page);

      // 9. Phone: what Kring knows is filled in already; a wrong number is named inline.
      await stap(page, 'Op welk nummer kunnen we u bellen?');
      const telefoon = page.getByLabel('Telefoonnummer');
      await tabNaar(page, telefoon);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('bel mij');
      await verder(page);
      await page.locator('.kring-error-summary').waitFor();
      expect(await telefoon.getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Een telefoonnummer heeft alleen cijfers').first().waitFor();
      await expectNoAxeViolations(page);
      await tabNaar(page, telefoon);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('06 11223344');
      await verder(page);

      // Check your answers, change one through its "Wijzigen" link, give consent, send.
      await stap(page, 'Kloppen uw antwoorden?');
      const antwoorden = page.locator('.kring-hb-antwoorden');
      await antwoorden.getByText('6171 AB').waitFor();
      await antwoorden.getByText('maandag: ochtend, middag').waitFor();
      await antwoorden.getByText('woensdag: avond').waitFor();
      await antwoorden.getByText('Ja, van 15 maart 2025').waitFor();
      await antwoorden.getByText('3 uur per week').waitFor();
      await tabNaar(page, page.getByRole('link', { name: 'Wijzigen Uren per week' }));
      await page.keyboard.press('Enter');
      await stap(page, 'Hoeveel tijd hebt u?');
      const uren = page.getByLabel('Hoeveel uur per week kunt u helpen?');
      expect(await uren.inputValue()).toBe('3');
      await tabNaar(page, uren);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('4');
      await verder(page, 'Opslaan en terug naar het overzicht');
      await stap(page, 'Kloppen uw antwoorden?');
      await antwoorden.getByText('4 uur per week').waitFor();

      // Without consent the summary says so and links to the box on this page.
      await verder(page, 'Aanmelding versturen');
      await page.locator('.kring-error-summary').getByText('Geef toestemming').waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const toestemming = page.getByRole('checkbox', {
        name: /Vrijwilligerscentrale Stein mag mijn aanmelding lezen/,
      });
      expect(await isGefocust(toestemming)).toBe(true);
      await page.keyboard.press('Space');
      await verder(page, 'Aanmelding versturen');

      await stap(page, 'Bedankt voor uw aanmelding!');
      await page
        .getByText(
          /De vrijwilligerscoördinator van Vrijwilligerscentrale Stein belt u binnen \d+ werkdag(en)? voor een kennismaking\./,
        )
        .waitFor();
      // The draft is gone from the tab once sent.
      expect(await page.evaluate(() => sessionStorage.getItem('kring.hulpBieden.concept'))).toBe(
        null,
      );
      const { aanbod } = await api<{ aanbod: Aanbod[] }>(page, 'GET', '/mijn/hulpaanbod');
      expect(aanbod).toHaveLength(1);
      const mijn = aanbod[0]!;
      expect(mijn).toMatchObject({
        status: 'aangemeld',
        categorieen: ['boodschappen', 'gezelschap'],
        vogStatus: 'ontvangen',
        vogDatum: '2025-03-15',
      });
      expect([...mijn.tijdvakken].sort()).toEqual(['MO-middag', 'MO-ochtend', 'WE-avond']);

      // The coordinator opens the new sign-up, records the intake and approves.
      const werk = await kring.open('/');
      await inloggenAls(kring, werk.context(), 'coordinator@demo.example');
      await gotoSettled(werk, '/werkplek/loket/aanmeldingen');
      await werk.getByRole('heading', { level: 1, name: 'Nieuwe vrijwilligers' }).waitFor();
      await expectNoAxeViolations(werk);
      await werk.getByRole('link', { name: 'Ans Janssen' }).click();
      await werk.getByRole('heading', { level: 1, name: 'Aanmelding van Ans Janssen' }).waitFor();
      await waitForLoaded(werk);
      await werk.getByText('Voor deze onderwerpen is een VOG nodig:').waitFor();
      await werk.getByText('De vrijwilliger heeft een geldige VOG.').waitFor();
      await werk.getByText('06 11223344').waitFor();
      await expectNoAxeViolations(werk);
      await werk
        .getByLabel('Notities van het kennismakingsgesprek')
        .fill('Gebeld. Ans wil graag op maandag helpen.');
      await werk.getByRole('radio', { name: 'Goedkeuren', exact: true }).check();
      await werk.getByRole('button', { name: 'Besluit opslaan' }).click();
      await werk
        .getByRole('status')
        .getByText('Ans Janssen is goedgekeurd als vrijwilliger.')
        .waitFor();
      await werk.getByText(/^Goedgekeurd op .* door Marieke Hermans\.$/).waitFor();
      await expectNoAxeViolations(werk);

      // The resident sees it: through the API, and on the page to change the offer.
      const na = await api<{ aanbod: Aanbod[] }>(page, 'GET', '/mijn/hulpaanbod');
      expect(na.aanbod[0]?.status).toBe('goedgekeurd');
      await gotoSettled(page, `/mijn-kring/aanbod/${mijn.id}`);
      await page.getByText('Uw aanmelding: Goedgekeurd.').waitFor();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    },
  );

  it('the volunteer changes the offer later: the grid and the radius (PATCH)', LANG, async () => {
    const page = await kring.open('/', { viewport: SMAL });
    await inloggenAls(kring, page.context(), 'vrijwilliger@demo.example');
    const { aanbod } = await api<{ aanbod: Aanbod[] }>(page, 'GET', '/mijn/hulpaanbod');
    const bram = aanbod[0]!;
    await gotoSettled(page, `/mijn-kring/aanbod/${bram.id}`);
    await page.getByRole('heading', { level: 1, name: 'Uw hulpaanbod veranderen' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'dinsdag ochtend' }).isChecked()).toBe(true);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // An empty grid is named at the grid; then Saturday morning and 10 km are kept.
    for (const vak of bram.tijdvakken) {
      const [dag, deel] = vak.split('-');
      const naam = `${{ MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' }[dag!]} ${deel}`;
      await page.getByRole('checkbox', { name: naam, exact: true }).uncheck();
    }
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const samenvatting = page.locator('.kring-error-summary');
    await samenvatting
      .getByRole('link', { name: 'Kies minstens één dagdeel waarop u kunt.' })
      .click();
    expect(
      await page
        .getByRole('checkbox', { name: 'maandag ochtend', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: 'zaterdag ochtend' }).check();
    await page.getByRole('radio', { name: '10 kilometer' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Uw veranderingen zijn opgeslagen.').waitFor();
    const na = await api<{ aanbod: (Aanbod & { straalKm: number })[] }>(
      page,
      'GET',
      '/mijn/hulpaanbod',
    );
    expect(na.aanbod[0]).toMatchObject({
      tijdvakken: ['SA-ochtend'],
      straalKm: 10,
      status: 'goedgekeurd',
    });
  });

  it(
    'the check page names what is missing, and maps the server’s field errors to their step',
    LANG,
    async () => {
      const page = await kring.open('/', {
        // The faked answer below is a 400: Chromium logs every failed request.
        expectedConsoleErrors: /status of 400/,
      });
      await inloggenAls(kring, page.context(), 'mantelzorger@demo.example');
      await gotoSettled(page, '/hulp-bieden/controleren');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      const samenvatting = page.locator('.kring-error-summary');
      await samenvatting
        .getByRole('link', { name: 'Kies minstens één ding dat u graag doet.' })
        .waitFor();
      await samenvatting.getByRole('link', { name: 'Vul uw postcode in.' }).waitFor();
      await samenvatting.getByRole('link', { name: /Geef toestemming/ }).waitFor();
      await expectNoAxeViolations(page);
      // A link opens its step with the error at the field; saving leads back to the overview.
      await samenvatting.getByRole('link', { name: 'Vul uw postcode in.' }).click();
      await page.getByRole('heading', { level: 1, name: 'Waar wilt u helpen?' }).waitFor();
      expect(await page.getByLabel('Uw postcode').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);

      // A complete draft in this tab, and a server that refuses the postcode and the hours.
      await page.evaluate(() =>
        sessionStorage.setItem(
          'kring.hulpBieden.concept',
          JSON.stringify({
            categorieen: ['wandelen'],
            postcode: '6171 AA',
            straalKm: 3,
            tijdvakken: ['SA-middag'],
            urenPerWeek: '2',
            maxKoppelingen: 1,
            talen: ['nl'],
            soort: 'eenmalig',
            vogStatus: 'geen',
            telefoonnummer: '06 99887766',
            toestemming: true,
          }),
        ),
      );
      await page.route('**/api/v1/mijn/hulpaanbod', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 400,
              contentType: 'application/problem+json',
              body: JSON.stringify({
                status: 400,
                code: 'KRING_VALIDATIE',
                invalidParams: [
                  { name: 'body.urenPerWeek', code: 'too_big', reason: 'Te veel.' },
                  { name: 'body.postcode', code: 'invalid', reason: 'Onbekend.' },
                ],
              }),
            })
          : route.continue(),
      );
      await gotoSettled(page, '/hulp-bieden/controleren');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      const links = samenvatting.getByRole('link');
      await links.first().waitFor();
      // In the form's order, in the page's words (not the server's).
      expect(await links.allTextContents()).toEqual([
        'Een postcode is vier cijfers en twee letters, zoals 6171 AA.',
        'Vul een heel getal in van 1 tot en met 40.',
      ]);
      await samenvatting.getByRole('link', { name: /Vul een heel getal/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Hoeveel tijd hebt u?' }).waitFor();
      const uren = page.getByLabel('Hoeveel uur per week kunt u helpen?');
      expect(await uren.getAttribute('aria-invalid')).toBe('true');
      expect(await uren.inputValue()).toBe('2');
      await page.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kloppen uw antwoorden?' }).waitFor();
    },
  );
});
