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
 * The editor's import page in Chromium, with axe in every state:
 * (a) bad input (no file, wrong type, empty, too large) gives the error summary;
 * (b) a CSV with one bad row: the dry run shows the row error and imports nothing; only the
 *     good row is imported after the editor asks for it, and it is on the public map at once
 *     (imports are published, not moderated); the corrected file updates instead of
 *     duplicating;
 * (c) the page at 360 px;
 * (d) an organisation admin and a resident see "no access", and no menu link.
 */

const KOP =
  'aanbod_id,naam,soort,beschrijving,organisatie_id,organisatie_naam,locatie_id,locatie_naam,adres,postcode,plaats,lat,lon';
const GOED =
  'e2e-ruil,Ruilwinkel De Wissel,activiteit,Ruil kleding en speelgoed.,e2e-org,Stichting De Wissel,e2e-loc1,Buurthuis Urmond,Markt 1,6129 AA,Urmond,50.99,5.77';
const FOUT =
  'e2e-taal,Taalcafé Op de Berg,groep,Oefen samen Nederlands.,e2e-org,Stichting De Wissel,e2e-loc2,Bibliotheek Berg,Dorpsstraat 2,ABCD,Berg,50.98,5.78';
const csv = (...regels: string[]) => Buffer.from(`${[KOP, ...regels].join('\n')}\n`, 'utf8');

const LANG = { timeout: 180_000 };

/** Published entries whose name is exactly this, via the public search API. */
async function gevonden(page: Page, tekst: string, naam: string): Promise<number> {
  const antwoord = await page.request.get(`/api/v1/aanbod?tekst=${encodeURIComponent(tekst)}`);
  expect(antwoord.status()).toBe(200);
  const body = (await antwoord.json()) as { treffers: { naam: string }[] };
  return body.treffers.filter((t) => t.naam === naam).length;
}

async function heeftFocus(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => el === document.activeElement);
}

describe('sociale kaart import page', () => {
  const kring = useKring();

  it(
    'the editor checks a CSV with a bad row, imports only the good row, finds it, and re-imports without duplicates',
    LANG,
    async () => {
      const page = await kring.open('/werkplek/sociale-kaart', {
        before: (p) => inloggenAls(kring, p.context(), 'redacteur@demo.example'),
      });
      await page.getByRole('link', { name: 'Aanbod importeren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanbod importeren' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Stap 1: bestand controleren' }).waitFor();
      await page.getByText('Controleer eerst het bestand. Daarna kunt u het importeren.').waitFor();
      expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
      await expectNoAxeViolations(page);

      // Bad input: each gives the error summary (with focus) and the message at the field.
      const samenvatting = page.locator('.kring-error-summary');
      const bestand = page.getByLabel('Kies een bestand');
      const controleren = page.getByRole('button', { name: 'Controleren' });
      await controleren.click();
      await samenvatting.getByRole('link', { name: 'Kies een bestand.' }).waitFor();
      expect(await heeftFocus(page, '.kring-error-summary')).toBe(true);
      expect(await bestand.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);

      await bestand.setInputFiles({
        name: 'aanbod.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('PK'),
      });
      await controleren.click();
      await samenvatting.getByRole('link', { name: 'Kies een .csv- of .json-bestand.' }).waitFor();
      await expectNoAxeViolations(page);

      await bestand.setInputFiles({
        name: 'leeg.csv',
        mimeType: 'text/csv',
        buffer: Buffer.alloc(0),
      });
      await controleren.click();
      await samenvatting
        .getByRole('link', { name: 'Het bestand is leeg. Kies een ander bestand.' })
        .waitFor();

      await bestand.setInputFiles({
        name: 'spaties.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(' \n\n '),
      });
      await controleren.click();
      await samenvatting
        .getByRole('link', { name: 'Het bestand is leeg. Kies een ander bestand.' })
        .waitFor();

      await bestand.setInputFiles({
        name: 'groot.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(8_000_001, 0x20),
      });
      await controleren.click();
      await samenvatting
        .getByRole('link', {
          name: 'Het bestand is groter dan 8 MB. Verdeel het aanbod over meer bestanden.',
        })
        .waitFor();
      await expectNoAxeViolations(page);
      // The link in the summary takes the keyboard to the field.
      await samenvatting.getByRole('link').first().click();
      expect(await heeftFocus(page, '#import-bestand')).toBe(true);

      // Step 1: a CSV with one good and one bad row (a postcode that is not one).
      await bestand.setInputFiles({
        name: 'aanbod.csv',
        mimeType: 'text/csv',
        buffer: csv(GOED, FOUT),
      });
      await controleren.click();
      const uitslagKop = page.getByRole('heading', { level: 2, name: 'Uitslag van de controle' });
      await uitslagKop.waitFor();
      expect(await samenvatting.count()).toBe(0);
      // Focus on the result heading, which is described by the summary sentence.
      expect(await uitslagKop.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await uitslagKop.getAttribute('aria-describedby')).toBe(
        'import-controle-samenvatting',
      );
      await page
        .getByText(
          'Er is 1 fout gevonden. Er wordt niets geïmporteerd, tenzij u kiest voor alleen de goede rijen.',
        )
        .waitFor();
      const controle = page.locator('section[aria-labelledby="import-controle"]');
      const getallen = (await controle.locator('.utrecht-data-list').first().innerText()).replace(
        /\s+/g,
        ' ',
      );
      expect(getallen).toContain('Rijen in het bestand 2');
      expect(getallen).toContain('Goede rijen 1');
      expect(getallen).toContain('Rijen met fouten 1');
      const fouten = page.getByRole('region', { name: '1 fout' });
      const regels = fouten.locator('tbody tr');
      expect(await regels.count()).toBe(1);
      const cellen = await regels.first().locator('th, td').allInnerTexts();
      expect(cellen[0]).toBe('3');
      expect(cellen[1]).toBe('postcode');
      expect(cellen[2]?.length).toBeGreaterThan(0);
      // The value itself is never repeated back.
      expect(cellen[2]).not.toContain('ABCD');
      await expectNoAxeViolations(page);
      // A dry run writes nothing.
      expect(await gevonden(page, 'Ruilwinkel De Wissel', 'Ruilwinkel De Wissel')).toBe(0);

      // Step 2 without the choice: nothing happens, the summary says why.
      await page
        .getByText('Let op: de rijen met fouten komen niet op de kaart.', { exact: false })
        .waitFor();
      await page.getByRole('button', { name: 'Importeren' }).click();
      await samenvatting
        .getByRole('link', {
          name: 'Er zijn fouten in het bestand. Verbeter het bestand en controleer het opnieuw. Of kies ‘Importeer alleen de goede rijen’.',
        })
        .waitFor();
      expect(await heeftFocus(page, '.kring-error-summary')).toBe(true);
      const gedeeltelijk = page.getByRole('checkbox', { name: 'Importeer alleen de goede rijen' });
      expect(await gedeeltelijk.getAttribute('aria-describedby')).toBe('import-gedeeltelijk-fout');
      await expectNoAxeViolations(page);
      expect(await gevonden(page, 'Ruilwinkel De Wissel', 'Ruilwinkel De Wissel')).toBe(0);

      // With the keyboard: Space ticks the box, Enter on the button imports.
      await gedeeltelijk.focus();
      await page.keyboard.press('Space');
      expect(await gedeeltelijk.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Importeren' }).focus();
      await page.keyboard.press('Enter');
      const importKop = page.getByRole('heading', { level: 2, name: 'Uitslag van de import' });
      await importKop.waitFor();
      expect(await importKop.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByText('Het bestand is geïmporteerd. Het aanbod staat nu online.').waitFor();
      const uitslag = page.locator('section[aria-labelledby="import-uitslag"]');
      const aantallen = (await uitslag.locator('.utrecht-data-list').innerText()).replace(
        /\s+/g,
        ' ',
      );
      expect(aantallen).toContain('Aanbod 1');
      expect(aantallen).toContain('Organisaties 1');
      expect(aantallen).toContain('Locaties 1');
      expect(aantallen).toContain('Rijen niet geïmporteerd 1');
      expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
      await expectNoAxeViolations(page);

      // Imports are published at once: the resident's search finds the good row, not the bad.
      await page.getByRole('link', { name: 'Zoek het aanbod op de sociale kaart' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Hulp en activiteiten in de buurt' })
        .waitFor();
      await page.getByLabel('Wat zoekt u?').fill('Ruilwinkel De Wissel');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('link', { name: 'Ruilwinkel De Wissel' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ruilwinkel De Wissel' }).waitFor();
      await waitForLoaded(page);
      await page.getByText('Ruil kleding en speelgoed.').waitFor();
      await expectNoAxeViolations(page);
      expect(await gevonden(page, 'Taalcafé Op de Berg', 'Taalcafé Op de Berg')).toBe(0);

      // The corrected file: no errors, both rows; the first one is updated, not doubled.
      await gotoSettled(page, '/werkplek/sociale-kaart/import');
      await page.getByLabel('Kies een bestand').setInputFiles({
        name: 'aanbod.csv',
        mimeType: 'text/csv',
        buffer: csv(GOED, FOUT.replace('ABCD', '6191 AA')),
      });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page
        .getByText('Er zijn geen fouten gevonden. U kunt het bestand nu importeren.')
        .waitFor();
      expect(await page.getByRole('checkbox').count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Importeren' }).click();
      await page.getByText('Het bestand is geïmporteerd. Het aanbod staat nu online.').waitFor();
      expect(
        (
          await page
            .locator('section[aria-labelledby="import-uitslag"] .utrecht-data-list')
            .innerText()
        ).replace(/\s+/g, ' '),
      ).toContain('Aanbod 2');
      await expectNoAxeViolations(page);
      expect(await gevonden(page, 'Ruilwinkel De Wissel', 'Ruilwinkel De Wissel')).toBe(1);
      expect(await gevonden(page, 'Taalcafé Op de Berg', 'Taalcafé Op de Berg')).toBe(1);
    },
  );

  it('works on a 360 px phone: the error table scrolls in its own region', LANG, async () => {
    const page = await kring.open('/werkplek/sociale-kaart/import', {
      viewport: PHONE,
      before: (p) => inloggenAls(kring, p.context(), 'redacteur@demo.example'),
    });
    await page.getByRole('heading', { level: 1, name: 'Aanbod importeren' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByLabel('Kies een bestand').setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: csv(FOUT.replace('Taalcafé Op de Berg', '')),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page
      .getByText('Geen enkele rij is goed. Verbeter het bestand en controleer het opnieuw.')
      .waitFor();
    const regels = page.getByRole('region', { name: '2 fouten' }).locator('tbody tr');
    const kolommen = await regels.evaluateAll((rijen) =>
      rijen.map((r) => r.children[1]?.textContent),
    );
    expect(kolommen.sort()).toEqual(['naam', 'postcode']);
    // No good rows: nothing to import.
    expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  it('an organisation admin and a resident see that the page is not for them', LANG, async () => {
    const admin = await kring.open('/werkplek/sociale-kaart', {
      before: (p) => inloggenAls(kring, p.context(), 'organisatie@demo.example'),
    });
    await admin.getByRole('heading', { level: 2, name: 'Uw aanbod' }).waitFor();
    expect(await admin.getByRole('link', { name: 'Aanbod importeren' }).count()).toBe(0);
    await gotoSettled(admin, '/werkplek/sociale-kaart/import');
    await admin.getByRole('heading', { level: 1, name: 'Aanbod importeren' }).waitFor();
    await admin
      .getByText('Deze pagina is voor beheerders van een organisatie', { exact: false })
      .waitFor();
    expect(await admin.getByLabel('Kies een bestand').count()).toBe(0);
    await expectNoAxeViolations(admin);

    const inwoner = await kring.open('/werkplek/sociale-kaart/import', {
      before: (p) => inloggenAls(kring, p.context(), 'inwoner@demo.example'),
    });
    await inwoner
      .getByText('Deze pagina is voor beheerders van een organisatie', { exact: false })
      .waitFor();
    expect(await inwoner.getByLabel('Kies een bestand').count()).toBe(0);
    await inwoner.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    await expectNoAxeViolations(inwoner);
  });
});
