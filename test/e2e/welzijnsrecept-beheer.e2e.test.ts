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
 * Welzijn op Recept (issue 8), the functioneel beheerder's settings, in Chromium with axe on
 * every state: beheer@demo.example opens them from the beheer start page, sees the demo rule
 * (Welzijn Samen Stein, every practice), adds one for Huisartsenpraktijk De Linde and finds it
 * after a reload; takes the wellbeing dimensions below three and reads the error; then adds
 * one of the gemeente's own, moves it up and saves.
 */

const LANG = { timeout: 180_000 };
const PAD = '/beheer/welzijnsrecept';

/** A page is there: its h1, its data loaded, and axe finds nothing. */
async function pagina(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Welzijn op Recept instellen' }).waitFor();
  await waitForLoaded(page);
  await expectNoAxeViolations(page);
}

/** The rules in the list, as "organisation | practice". */
async function regels(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Regels voor verwijzen' })
    .locator('.kring-wrb-regel')
    .evaluateAll((rijen) =>
      rijen.map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' | ')),
    );
}

/** The dimensions in their order, as "name | code" (a code of its own: just the code). */
async function dimensies(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Onderdelen' })
    .locator('.kring-wrb-regel')
    .evaluateAll((rijen) =>
      rijen.map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' | ')),
    );
}

describe('Welzijn op Recept: the functioneel beheerder sets where GPs refer to and what is measured', () => {
  const kring = useKring();

  it('adds a rule for one practice, and keeps it after a reload', LANG, async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'beheer@demo.example');
    await gotoSettled(page, '/beheer');
    await page.getByRole('link', { name: 'Welzijn op Recept instellen' }).click();
    await page.waitForURL(`**${PAD}`);
    await pagina(page);
    expect(await regels(page)).toEqual(['Welzijn Samen Stein | Alle praktijken']);

    // Adding without an organisation: the summary says what to choose.
    await page.getByRole('button', { name: 'Voeg regel toe' }).click();
    const samenvatting = page.locator('.kring-error-summary');
    await samenvatting.getByRole('link', { name: 'Kies een organisatie.' }).click();
    const organisatie = page.getByLabel('Naar welke organisatie?');
    expect(await organisatie.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await organisatie.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await organisatie.selectOption({ label: 'Steunpunt Mantelzorg Westelijke Mijnstreek' });
    await page
      .getByLabel('Voor welke praktijk?')
      .selectOption({ label: 'Huisartsenpraktijk De Linde' });
    await page.getByRole('button', { name: 'Voeg regel toe' }).click();
    await page.getByRole('status').getByText('Dit is nog niet opgeslagen.').waitFor();
    expect(await regels(page)).toEqual([
      'Welzijn Samen Stein | Alle praktijken',
      'Steunpunt Mantelzorg Westelijke Mijnstreek | Huisartsenpraktijk De Linde',
    ]);
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByRole('status').getByText('De regels zijn opgeslagen.').waitFor();
    await expectNoAxeViolations(page);

    // Saved, the rules come back in the server's order: by organisation.
    const opgeslagen = [
      'Steunpunt Mantelzorg Westelijke Mijnstreek | Huisartsenpraktijk De Linde',
      'Welzijn Samen Stein | Alle praktijken',
    ];
    expect(await regels(page)).toEqual(opgeslagen);
    await gotoSettled(page, PAD);
    await pagina(page);
    expect(await regels(page)).toEqual(opgeslagen);

    // The GP of De Linde can now refer to both.
    const api = await page.request.get('/api/v1/welzijnsrecepten/ontvangerregels');
    const body = (await api.json()) as { regels: { praktijk: string | null }[] };
    expect(body.regels.map((r) => r.praktijk)).toEqual(['Huisartsenpraktijk De Linde', null]);

    // Removed again: the focus goes to the next rule's button, and saving keeps one rule.
    await page
      .getByRole('button', {
        name: 'Verwijder de regel: Steunpunt Mantelzorg Westelijke Mijnstreek, Huisartsenpraktijk De Linde',
      })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wrb-regel-0-weg');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByRole('status').getByText('De regels zijn opgeslagen.').waitFor();
    expect(await regels(page)).toEqual(['Welzijn Samen Stein | Alle praktijken']);
    await expectNoAxeViolations(page);

    // On a phone the page fits, without sideways scrolling.
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  it('refuses fewer than three dimensions; saves its own one in a new order', LANG, async () => {
    const page = await kring.open('/');
    await inloggenAls(kring, page.context(), 'beheer@demo.example');
    await gotoSettled(page, PAD);
    await pagina(page);
    expect(await dimensies(page)).toEqual([
      'Lichaam | code: lichaam',
      'Gevoel | code: gevoel',
      'Zingeving | code: zingeving',
      'Kwaliteit van leven | code: levenskwaliteit',
      'Meedoen | code: meedoen',
      'Dagelijks leven | code: dagelijksLeven',
    ]);

    for (const naam of ['Lichaam', 'Gevoel', 'Zingeving', 'Kwaliteit van leven']) {
      await page.getByRole('button', { name: `Verwijder: ${naam}` }).click();
    }
    expect(await dimensies(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Onderdelen opslaan' }).click();
    const fout = 'Kies minstens 3 onderdelen. Voeg een onderdeel toe.';
    const samenvatting = page.locator('.kring-error-summary');
    await samenvatting.getByRole('link', { name: fout }).waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('kring-error-summary')),
    ).toBe(true);
    const nieuw = page.getByLabel('Nieuw onderdeel');
    expect(await nieuw.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#wrb-dim-nieuw-fout').getByText(fout).waitFor();
    await expectNoAxeViolations(page);

    // A code with a space is refused; a good one is added, moved up and saved.
    await nieuw.fill('goed slapen');
    await page.getByRole('button', { name: 'Voeg onderdeel toe' }).click();
    await samenvatting
      .getByText('Gebruik een korte code van één woord, zonder spaties. Begin met een letter.')
      .waitFor();
    await nieuw.fill('slapen');
    await page.getByRole('button', { name: 'Voeg onderdeel toe' }).click();
    await page.getByRole('button', { name: 'Omhoog: slapen' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Omhoog: slapen',
    );
    expect(await dimensies(page)).toEqual([
      'Meedoen | code: meedoen',
      'slapen',
      'Dagelijks leven | code: dagelijksLeven',
    ]);
    await page.getByRole('button', { name: 'Onderdelen opslaan' }).click();
    await page.getByRole('status').getByText('De onderdelen zijn opgeslagen.').waitFor();
    await expect(samenvatting.count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await gotoSettled(page, PAD);
    await pagina(page);
    expect(await dimensies(page)).toEqual([
      'Meedoen | code: meedoen',
      'slapen',
      'Dagelijks leven | code: dagelijksLeven',
    ]);
  });
});
