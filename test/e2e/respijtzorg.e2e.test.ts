import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, gotoSettled, paginaKlaar, useKring } from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * Respijtzorg (issue 9) in Chromium, with axe on every page state. Fatma Yilmaz
 * (mantelzorger@demo.example) asks for a short stay at Logeerhuis De Linde — first with
 * nothing filled in (the error summary), then in full with her yes to share. Noor Hermans
 * (logeerhuis@demo.example, staff of De Linde) opens the request, tries no without a reason
 * (the error summary) and says yes with a note; Fatma reads "Toegezegd".
 */
const LANG = { timeout: 240_000 };
const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('Even vrij van zorg: a short stay at a provider', () => {
  const kring = useKring();

  it('the carer asks, the provider says yes, the carer sees it', LANG, async () => {
    const zorger = await kring.open('/');
    await inloggenAls(kring, zorger.context(), 'mantelzorger@demo.example');
    await gotoSettled(zorger, '/mijn-kring/respijtzorg');
    await paginaKlaar(zorger, 'Even vrij van zorg');

    await zorger.getByRole('button', { name: 'Vraag versturen' }).click();
    const overzicht = zorger.locator('.kring-error-summary');
    await overzicht.waitFor();
    expect(await overzicht.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(zorger);

    await zorger.getByLabel(/^Logeren:/).check();
    await zorger.getByLabel('Voor wie zorgt u?').fill('Marie Yilmaz');
    await zorger.getByLabel(/Wie is dit voor u/).fill('mijn moeder');
    await zorger.getByLabel('Op welke dag?').fill(dag(21));
    await zorger.getByLabel('Dag en nacht').check();
    await zorger.getByLabel('Elke maand').check();
    await zorger.getByLabel(/^Logeerhuis De Linde/).check();
    await zorger.getByLabel(/Ja, deel mijn naam/).check();
    await expectNoAxeViolations(zorger);
    await zorger.getByRole('button', { name: 'Vraag versturen' }).click();
    await zorger.getByText('Uw vraag is verstuurd.').waitFor();
    await zorger.getByText('Verstuurd. De aanbieder kijkt naar uw vraag.').waitFor();
    await expectNoAxeViolations(zorger);

    // ---- Staff of Logeerhuis De Linde ----
    const linde = await kring.open('/');
    await inloggenAls(kring, linde.context(), 'logeerhuis@demo.example');
    await gotoSettled(linde, '/werkplek/respijtzorg');
    await paginaKlaar(linde, 'Vragen om respijtzorg');
    await linde.getByRole('link', { name: 'Bekijk de vraag van Fatma Yilmaz' }).first().click();
    await paginaKlaar(linde, 'Vraag van Fatma Yilmaz');
    expect(linde.url()).not.toContain('Fatma');
    await linde.getByText('Marie Yilmaz (mijn moeder)').waitFor();

    await linde.getByLabel('Nee, dit kan niet').check();
    await linde.getByRole('button', { name: 'Antwoord versturen' }).click();
    await linde.locator('.kring-error-summary').waitFor();
    await expectNoAxeViolations(linde);

    await linde.getByLabel('Ja, dit kan').check();
    await linde.getByLabel('Toelichting voor de mantelzorger').fill('Welkom vrijdag om 16.00 uur.');
    await linde.getByRole('button', { name: 'Antwoord versturen' }).click();
    await linde.getByText('Uw antwoord is verstuurd.').waitFor();
    await linde.getByText('Deze vraag is al beantwoord.').waitFor();
    await expectNoAxeViolations(linde);

    // ---- The carer reads the answer ----
    await gotoSettled(zorger, '/mijn-kring/respijtzorg');
    await paginaKlaar(zorger, 'Even vrij van zorg');
    await zorger.getByText('Toegezegd: het kan.').first().waitFor();
    await zorger.getByText('Antwoord: Welkom vrijdag om 16.00 uur.').first().waitFor();
  });
});
