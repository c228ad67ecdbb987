import { describe, expect, it } from 'vitest';
import { STANDAARD_VRAGEN } from '../../src/server/modules/draaglast/instrument.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  gotoSettled,
  PHONE,
  paginaKlaar,
  useKring,
} from './harness.ts';
import { inloggenAls } from './inloggen-als.ts';

/**
 * "Hoe gaat het met u?" (issue 9) in Chromium, with axe on every page state. Fatma Yilmaz
 * (mantelzorger@demo.example) answers the questions — first nothing (the error summary),
 * then heavy answers and yes to sharing — and sees the band in plain words, the help there
 * is and the trend. Lotte Smeets (mantelzorgconsulent@demo.example, Steunpunt Mantelzorg)
 * sees the task at /werkplek/draaglast, opens Fatma's results and marks the task done.
 */
const LANG = { timeout: 240_000 };

describe('Hoe gaat het met u: the carer’s check and the consulent’s task', () => {
  const kring = useKring();

  it('a heavy, shared check makes a task the consulent finishes', LANG, async () => {
    // ---- The carer, on a phone ----
    const zorger = await kring.open('/', { viewport: PHONE });
    await inloggenAls(kring, zorger.context(), 'mantelzorger@demo.example');
    await gotoSettled(zorger, '/mijn-kring/draaglast');
    await paginaKlaar(zorger, 'Hoe gaat het met u?');
    expect(await zorger.locator('main').innerText()).not.toMatch(/draaglast/i);
    await zorger.getByRole('link', { name: /Vragen (opnieuw )?invullen/ }).click();
    await paginaKlaar(zorger, 'Vragen: hoe gaat het met u?');
    await expectNoHorizontalScroll(zorger);

    // Nothing answered: the error summary names every question and the choice to share.
    await zorger.getByRole('button', { name: 'Uitslag bekijken' }).click();
    const overzicht = zorger.locator('.kring-error-summary');
    await overzicht.waitFor();
    expect(await overzicht.getByRole('link').count()).toBe(STANDAARD_VRAGEN.length + 1);
    await expectNoAxeViolations(zorger);

    for (const v of STANDAARD_VRAGEN) {
      await zorger
        .getByRole('group', { name: v.tekst })
        .getByLabel(v.deel === 'last' ? 'Bijna altijd' : 'Nooit', { exact: true })
        .check();
    }
    await zorger.getByLabel('Ja, het steunpunt mag mijn uitslag zien').check();
    await expectNoAxeViolations(zorger);
    await zorger.getByRole('button', { name: 'Uitslag bekijken' }).click();

    await paginaKlaar(zorger, 'Uw uitslag: Het is te zwaar');
    await zorger.getByText(/Een mantelzorgconsulent van .* neemt contact met u op/).waitFor();
    expect(
      await zorger.getByRole('link', { name: 'Zoek hulp bij u in de buurt' }).getAttribute('href'),
    ).toBe('/sociale-kaart');
    await zorger.getByRole('img', { name: /Uw uitslagen door de tijd/ }).waitFor();
    await expectNoHorizontalScroll(zorger);

    await zorger.getByRole('link', { name: 'Naar al uw uitslagen' }).click();
    await paginaKlaar(zorger, 'Hoe gaat het met u?');
    const rij = zorger.getByRole('table').getByRole('row').nth(1);
    await rij.getByText('Het is te zwaar').waitFor();

    // ---- The consulent ----
    const consulent = await kring.open('/');
    await inloggenAls(kring, consulent.context(), 'mantelzorgconsulent@demo.example');
    await gotoSettled(consulent, '/werkplek/draaglast');
    await paginaKlaar(consulent, 'Mantelzorgers die het zwaar hebben');
    const open = consulent.locator('section', {
      has: consulent.getByRole('heading', { name: 'Open taken' }),
    });
    await open.getByRole('rowheader', { name: 'Fatma Yilmaz' }).first().waitFor();
    expect(await open.innerText()).not.toContain(STANDAARD_VRAGEN[0]!.tekst);

    await open.getByRole('link', { name: 'Uitslagen van Fatma Yilmaz' }).first().click();
    await paginaKlaar(consulent, 'Uitslagen van Fatma Yilmaz');
    await consulent.getByRole('rowheader', { name: STANDAARD_VRAGEN[0]!.tekst }).waitFor();
    await consulent.getByRole('link', { name: 'Terug naar de taken' }).click();

    await paginaKlaar(consulent, 'Mantelzorgers die het zwaar hebben');
    const voor = await open.getByRole('link', { name: 'Afronden van Fatma Yilmaz' }).count();
    await open.getByRole('link', { name: 'Afronden van Fatma Yilmaz' }).first().click();
    await paginaKlaar(consulent, 'Taak afronden: Fatma Yilmaz');
    await consulent.getByRole('button', { name: 'Taak afronden' }).click();
    await consulent.locator('.kring-error-summary').waitFor();
    await expectNoAxeViolations(consulent);
    await consulent.getByLabel('Wat heeft u gedaan?').fill('Gebeld; logeerhuis besproken.');
    await consulent.getByRole('button', { name: 'Taak afronden' }).click();

    await paginaKlaar(consulent, 'Mantelzorgers die het zwaar hebben');
    await consulent
      .getByRole('status')
      .getByText('De taak van Fatma Yilmaz is afgerond.', { exact: true })
      .waitFor();
    expect(await open.getByRole('link', { name: 'Afronden van Fatma Yilmaz' }).count()).toBe(
      voor - 1,
    );
    const klaar = consulent.locator('section', {
      has: consulent.getByRole('heading', { name: 'Afgeronde taken' }),
    });
    await klaar.getByText('Gebeld; logeerhuis besproken.').first().waitFor();
    await expectNoAxeViolations(consulent);
  });

  it('the functioneel beheerder sets the questions and thresholds, validated', LANG, async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'beheer@demo.example');
    await gotoSettled(page, '/werkplek/draaglast/instrument');
    await paginaKlaar(page, 'Vragen en grenzen van ‘Hoe gaat het met u?’');
    const zwaar = page.getByLabel('‘Het is te zwaar’ vanaf score');
    await zwaar.fill('30');
    await page.getByLabel('Vraag 1', { exact: true }).fill('Moe');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const overzicht = page.locator('.kring-error-summary');
    await overzicht.waitFor();
    expect(await overzicht.getByRole('link').count()).toBe(2);
    await expectNoAxeViolations(page);
    await page.getByLabel('Vraag 1', { exact: true }).fill(STANDAARD_VRAGEN[0]!.tekst);
    await zwaar.fill('65');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('status')
      .getByText('De vragen en grenzen zijn opgeslagen.', { exact: true })
      .waitFor();
    await expectNoAxeViolations(page);
  });
});
